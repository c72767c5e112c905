import { z } from 'zod';
import { keyedObject } from './keyed-object.js';
import {
  BUILDS,
  PRACTICE_IDS,
  type PracticeId,
  ROLE_IDS,
  type RoleId,
  STAGE_IDS,
  URGENCIES,
} from './playbook/ids.js';
import {
  BIDI_CONTROLS,
  INVISIBLE,
  INVISIBLE_MESSAGE,
  LINE_BREAK_MESSAGE,
  LINE_BREAKING,
} from './team-name.js';

export const MAX_ROLE_COUNT = 500;
export const MAX_TEAM_NAME_LENGTH = 80;

const personCount = z.int().min(0).max(MAX_ROLE_COUNT);

/**
 * YAML 1.2 reads `headingToNext: yes` as the text "yes", and people writing a profile by hand write yes and no
 * as often as true and false: all of them mean the boolean.
 */
const YES_OR_NO: Record<string, boolean> = {
  yes: true,
  no: false,
  true: true,
  false: false,
  y: true,
  n: false,
};
const yesOrNo = z.preprocess(
  (value) => (typeof value === 'string' ? (YES_OR_NO[value.trim().toLowerCase()] ?? value) : value),
  z.boolean(),
);

export const roleCountSchema = z.strictObject({
  /** Employees in the seat. */
  inHouse: personCount.default(0),
  /** Contractors or agency people in the seat. */
  augmented: personCount.default(0),
});

export const teamProfileSchema = z.strictObject({
  name: z
    .string()
    .transform((name) => name.replace(BIDI_CONTROLS, '').trim())
    .pipe(
      z
        .string()
        .max(MAX_TEAM_NAME_LENGTH)
        .refine((name) => !LINE_BREAKING.test(name), LINE_BREAK_MESSAGE)
        .refine((name) => name === '' || !INVISIBLE.test(name), INVISIBLE_MESSAGE),
    )
    .transform((name) => (name === '' ? undefined : name))
    .optional(),
  stage: z.enum(STAGE_IDS),
  builds: z.enum(BUILDS),
  /** Every role, in-house and augmented; a role left out counts as nobody. */
  roles: keyedObject(ROLE_IDS, roleCountSchema.prefault({})).prefault({}),
  /** The team expects to move to the next stage soon. */
  headingToNext: yesOrNo.default(false),
  /** The practices in place; order and repeats do not matter. */
  practices: z
    .array(z.enum(PRACTICE_IDS))
    .default([])
    .transform((ids) => PRACTICE_IDS.filter((id) => ids.includes(id))),
  urgency: z.enum(URGENCIES),
});

export type TeamProfile = z.output<typeof teamProfileSchema>;
/** A profile as a person or a file writes it, before defaults. */
export type TeamProfileInput = z.input<typeof teamProfileSchema>;
export type RoleCount = z.output<typeof roleCountSchema>;

export function headcountOf(count: RoleCount): number {
  return count.inHouse + count.augmented;
}

export function hasPractice(profile: TeamProfile, practice: PracticeId): boolean {
  return profile.practices.includes(practice);
}

export function countOf(profile: TeamProfile, role: RoleId): number {
  return headcountOf(profile.roles[role]);
}
