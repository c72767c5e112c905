import { z } from 'zod';
import { ACTIONS, SEAT_STATUSES, SEVERITIES, STALL_IDS } from './assessment.js';
import { keyedObject } from './keyed-object.js';
import { BUILDS, FIGURE_IDS, NEEDS, PRACTICE_IDS, ROLE_IDS, STAGE_IDS, URGENCIES } from './playbook/ids.js';

/**
 * The shape of an assessment as the CLI's `--format json` prints it, for people who script against it.
 * docs/assessment.schema.json is generated from this (`npm run schema`), and tests check that every
 * assessment matches it and that the file is current. Fields may be added; none is renamed or removed
 * without a new major version.
 */
const stage = z.enum(STAGE_IDS);
const role = z.enum(ROLE_IDS);
const count = z.int().min(0);

/** The profile as assessed: after defaults and cleaning, every role present. */
const profile = z.strictObject({
  name: z.string().optional(),
  stage,
  builds: z.enum(BUILDS),
  roles: keyedObject(ROLE_IDS, z.strictObject({ inHouse: count, augmented: count })),
  headingToNext: z.boolean(),
  practices: z.array(z.enum(PRACTICE_IDS)),
  urgency: z.enum(URGENCIES),
});

const band = z.strictObject({
  min: count,
  max: count,
  openEnded: z.boolean(),
  label: z.string().describe('As the playbook prints it, e.g. "12 to 30+".'),
});

const stageSummary = z.strictObject({ id: stage, name: z.string(), band, goal: z.string() });

const evidence = z.strictObject({
  figure: z.enum(FIGURE_IDS),
  source: z.string().describe('The source id in the playbook data: a16z, mckinsey, idc, gartner.'),
  claim: z.string().describe('What the figure says, in our words.'),
  quote: z
    .string()
    .optional()
    .describe("The source's own words, exactly as the playbook quotes them; printed in quotation marks."),
  cite: z.string().describe('How the citation names the source, e.g. "McKinsey, 2025".'),
});

const seatLevel = z.strictObject({
  id: z.string(),
  label: z.string(),
  need: z.enum(NEEDS),
  minCount: count.describe(
    'People the seat needs at that stage, given what the team builds (0: not needed).',
  ),
  urgent: z.boolean(),
  dedicated: z.boolean(),
  meaning: z.string(),
});

const gridRow = z.strictObject({
  role,
  name: z.string(),
  shortName: z.string(),
  now: seatLevel,
  next: seatLevel.nullable(),
  inHouse: count,
  augmented: count,
  total: count,
  status: z.enum(SEAT_STATUSES).describe('The seat verdict; docs/advice.md says what each means.'),
  carriedBy: role.nullable().describe('For `carried`: the seat whose holder does this work.'),
  toFill: z.strictObject({
    now: count.describe('People to add for the current stage.'),
    beforeNext: count.describe('People to add on top before the stage the team is heading to.'),
  }),
  fillVia: role.nullable().describe('Filled by filling this other seat (one person covers both).'),
  note: z.string().nullable(),
});

const stallPoint = z.strictObject({
  id: z.enum(STALL_IDS),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  what: z.string(),
  why: z.string(),
  fix: z.string(),
  evidence: z.array(evidence),
  seatsToFill: z.array(role),
});

const suggestion = z.strictObject({
  role,
  roleName: z.string(),
  action: z.enum(ACTIONS),
  timing: z.enum(['now', 'before_next_stage']),
  people: count.describe('People to add, or for `convert` the augmented people to bring in-house.'),
  upskillFrom: role
    .optional()
    .describe(
      'For `build`: the seat whose spare people are upskilled (ahead of the stage or beyond its need first).',
    ),
  why: z.string(),
  evidence: z.array(evidence),
});

const readinessItem = z.strictObject({
  kind: z.enum(['role', 'practice', 'headcount']),
  id: z.union([role, z.enum(PRACTICE_IDS), z.literal('headcount')]),
  name: z.string(),
  text: z.string(),
  met: z.boolean(),
  carriedBy: role.optional().describe("A seat in place only because this seat's holder does its work."),
});

export const assessmentSchema = z
  .strictObject({
    profile,
    stage: stageSummary,
    nextStage: stageSummary.nullable(),
    headcount: z.strictObject({
      total: count,
      inHouse: count,
      augmented: count,
      judgedAgainst: stage.describe('The stage whose band the team is read against.'),
      band,
      position: z.enum(['below', 'within', 'above']),
      stageHint: z
        .strictObject({
          looksLike: stage,
          looksLikeName: z.string(),
          fitsBand: z.boolean(),
          reasons: z.array(z.string()),
        })
        .nullable(),
    }),
    grid: z.array(gridRow).describe('Every role, in the playbook order.'),
    stallPoints: z.array(stallPoint).describe('Most severe first.'),
    suggestions: z.array(suggestion),
    plan: z.strictObject({
      projectedHeadcount: count,
      pastBand: z.boolean(),
      makeRoom: z
        .array(
          z.strictObject({
            role,
            people: count,
            reason: z.enum(['ahead_of_stage', 'not_needed', 'over', 'beyond_need']),
          }),
        )
        .describe(
          "Where a team past its band makes room, first to last: seats ahead of the stage, then over it, then people beyond a seat's need. Never the AI engineer.",
        ),
      note: z.string().nullable(),
    }),
    readiness: z.strictObject({
      nextStage: z.strictObject({ id: stage, name: z.string() }).nullable(),
      items: z.array(readinessItem),
      ready: z.boolean(),
    }),
    lead: z.string().describe("The answer's first line."),
  })
  .describe('AI Team Advisor: the assessment of one team (ai-team-advisor advise --format json).');

/** The JSON Schema (draft 2020-12) of the CLI's JSON output. */
export function assessmentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(assessmentSchema, { io: 'output' }) as Record<string, unknown>;
}
