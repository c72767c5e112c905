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

export const MAX_ROLE_COUNT = 500;
export const MAX_TEAM_NAME_LENGTH = 80;

const personCount = z.int().min(0).max(MAX_ROLE_COUNT);

export const roleCountSchema = z.strictObject({
  /** Employees in the seat. */
  inHouse: personCount.default(0),
  /** Contractors or agency people in the seat. */
  augmented: personCount.default(0),
});

export const teamProfileSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .max(MAX_TEAM_NAME_LENGTH)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters or line breaks')
    .transform((name) => (name === '' ? undefined : name))
    .optional(),
  stage: z.enum(STAGE_IDS),
  builds: z.enum(BUILDS),
  /** Every role, in-house and augmented; a role left out counts as nobody. */
  roles: keyedObject(ROLE_IDS, roleCountSchema.prefault({})).prefault({}),
  /** The team expects to move to the next stage soon. */
  headingToNext: z.boolean().default(false),
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
