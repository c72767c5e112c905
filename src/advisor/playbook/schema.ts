import { z } from 'zod';
import { keyedObject } from '../keyed-object.js';
import {
  CONDITIONS,
  FIGURE_IDS,
  NEEDS,
  PRACTICE_IDS,
  ROLE_IDS,
  type RoleId,
  STAGE_IDS,
  type StageId,
} from './ids.js';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const levelId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a lower-case id of letters, digits and underscores');

export const seatLevelSchema = z
  .strictObject({
    /** Exactly as the playbook's table prints it, e.g. "Core, do not delay". */
    label: text(60),
    need: z.enum(NEEDS),
    /** For core and conditional seats: how many people the stage expects at least. */
    minCount: z.int().min(1).max(500).optional(),
    /** The playbook stresses this seat must not be late ("do not delay"). */
    urgent: z.boolean().default(false),
    /** The seat should be someone's whole job, not a hat worn part-time. */
    dedicated: z.boolean().default(false),
    /** For shared seats: the role that normally covers the work. */
    sharedWith: z.enum(ROLE_IDS).optional(),
    /** For conditional seats: when the seat becomes core. */
    condition: z.enum(CONDITIONS).optional(),
    /**
     * The seat can serve several teams at once: a `platform` other teams build on, or a `function` the company
     * runs once (the hiring plan suggests one of these across teams instead of a hire in each).
     */
    servesTeams: z.enum(['platform', 'function']).optional(),
    /** What the level means, in plain words, for people reading the grid. */
    meaning: text(200),
  })
  .superRefine((level, ctx) => {
    if (level.need === 'conditional' && !level.condition) {
      ctx.addIssue({ code: 'custom', path: ['condition'], message: 'a conditional level needs a condition' });
    }
    if (level.need !== 'conditional' && level.condition) {
      ctx.addIssue({
        code: 'custom',
        path: ['condition'],
        message: 'only a conditional level takes a condition',
      });
    }
    if (level.sharedWith && level.need !== 'shared') {
      ctx.addIssue({
        code: 'custom',
        path: ['sharedWith'],
        message: 'only a shared level names who shares it',
      });
    }
    if (level.minCount !== undefined && level.need !== 'core' && level.need !== 'conditional') {
      ctx.addIssue({
        code: 'custom',
        path: ['minCount'],
        message: 'only core and conditional levels set a minimum count',
      });
    }
  });

export const stageSchema = z
  .strictObject({
    name: text(40),
    headcount: z.strictObject({
      min: z.int().min(0).max(10_000),
      max: z.int().min(1).max(10_000),
      /** "30+": the band's top is a guide, not a ceiling. */
      openEnded: z.boolean().default(false),
    }),
    /** What a team at this stage is trying to reach. */
    goal: text(300),
    /**
     * Seats a team fills the moment it heads for this stage, not on arrival (the playbook: MLOps, governed
     * data and security "the moment a pilot heads for production").
     */
    fillOnceHeading: z.array(z.enum(ROLE_IDS)).max(ROLE_IDS.length).default([]),
  })
  .superRefine((stage, ctx) => {
    if (stage.headcount.max < stage.headcount.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['headcount', 'max'],
        message: `must be at least min (${stage.headcount.min})`,
      });
    }
  });

/**
 * How the playbook's build / hire / augment heuristic treats a role:
 * - `anchor_leader`: one of the one or two leadership seats worth a full-time hire.
 * - `durable_core`: lasting capability best built by upskilling people already here.
 * - `specialist`: scarce expertise best brought in (augmented) when the gap opens.
 */
export const SOURCING = ['anchor_leader', 'durable_core', 'specialist'] as const;
export type Sourcing = (typeof SOURCING)[number];

export const roleSchema = z.strictObject({
  /** The role's name as the playbook's table prints it. */
  name: text(80),
  /** A short name for tight spaces (chat, terminal columns). */
  shortName: text(40),
  /** What the seat owns, in our words. */
  owns: text(600),
  sourcing: z.enum(SOURCING),
  seats: keyedObject(STAGE_IDS, levelId),
  /**
   * Who can do this seat's work part-time where the stage lets the seat be shared, in order of preference
   * (at a pilot a backend engineer can carry data work and the reverse). A level's `sharedWith` comes first.
   */
  carriedBy: z.array(z.enum(ROLE_IDS)).max(ROLE_IDS.length).default([]),
  /**
   * Work increasingly folded into another seat: where the stage asks for this seat but not as a dedicated job,
   * the other seat carries it when the team has named the practice's owner (eval work and the AI engineer).
   */
  foldsInto: z.strictObject({ role: z.enum(ROLE_IDS), practice: z.enum(PRACTICE_IDS) }).optional(),
  /** Seats whose holders need this one beside them at every stage (data scientists need a data engineer). */
  neededBy: z
    .array(z.enum(ROLE_IDS))
    .max(ROLE_IDS.length)
    .default(
      [],
    ) /** A condition that makes the seat needed at every stage, whatever the grid says (custom models). */,
  requiredWhen: z.enum(CONDITIONS).optional(),
  /**
   * The seat exists only for this work, at every stage: the ML engineer "comes later when a custom-trained
   * model is on the table", so a team on hosted models needs none, even where the grid says "Core".
   */
  onlyFor: z.enum(CONDITIONS).optional(),
  /** The seat needs AI skills, which the skills-shortage figures are about (not backend or design). */
  aiSkill: z.boolean().default(false),
  /** The seat builds the product people use (features, interface, service, roadmap). */
  productLayer: z.boolean().default(false),
  /**
   * The seat trains models or studies data (ML engineers, data scientists). Its people are never moved onto the
   * product layer: asking a model trainer to own a streaming chat UI is a mistake the playbook names.
   */
  trainsModels: z.boolean().default(false),
  /**
   * Why people already in this seat stay even where the stage says to wait for it: the playbook names filling
   * it late as a mistake (MLOps "until deployment day", security "only after an incident"), so the advice
   * never makes room by moving them out.
   */
  keptOnceHeld: text(200).optional(),
});

/**
 * The kinds of claim a cited figure can stand beside. A figure declares the ones it supports, and the advice
 * cites it only beside those:
 * - `production_seat`: a seat production value depends on (MLOps, governed data, security), for a pilot
 *   moving to production: McKinsey's adoption-to-value gap.
 * - `augment_ai_seat`: bringing in outside people for a seat that needs AI skills: IDC's skills shortage.
 * - `keep_ai_talent`: upskilling people already on the team into an AI seat: Gartner.
 * - `ai_engineer_seat`: the AI engineer as a seat of its own, apart from the ML engineer: a16z.
 */
export const CLAIM_KINDS = [
  'production_seat',
  'augment_ai_seat',
  'keep_ai_talent',
  'ai_engineer_seat',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const sourceSchema = z.strictObject({
  /** How a citation names it: "McKinsey, 2025". */
  short: text(60),
  /** The full reference, as the playbook's source list gives it. */
  title: text(300),
  /**
   * The source's own words, exactly as the playbook quotes them. Only these may appear in quotation marks;
   * everything else the advice says about a source is our paraphrase, never quoted.
   */
  quotes: z.array(text(300)).max(20).default([]),
});

export const figureSchema = z.strictObject({
  source: sourceIdSchema(),
  /** What the figure says, in our words (never in quotation marks). */
  claim: text(300),
  /** Optionally, the source's own words to quote after the claim; must be one of the source's `quotes`. */
  quote: text(300).optional(),
  /** The claims this figure may stand beside; anywhere else it is not cited. */
  supports: z.array(z.enum(CLAIM_KINDS)).min(1).max(CLAIM_KINDS.length),
});

function sourceIdSchema() {
  return z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a lower-case source id');
}

/**
 * Numbers the advice uses that the playbook does not give: our rules of thumb. Every sentence that uses one
 * says it is a rule of thumb; docs/advice.md lists them, and a playbook file can set them.
 */
export const rulesOfThumbSchema = z.strictObject({
  /** A seat holding more than this share of the judged band's top is more than the stage needs. */
  overStaffedShareOfBand: z.number().gt(0).max(1).default(0.5),
  /** Hiring plan: a new platform or function shared by several teams starts with at least this many people. */
  newSharedSeatPeople: z.int().min(1).max(50).default(2),
});

export const practiceSchema = z.strictObject({
  name: text(80),
  /** The first stage at which the playbook expects the practice in place. */
  expectedFrom: z.enum(STAGE_IDS),
});

export const playbookSchema = z
  .strictObject({
    version: z.literal(1),
    title: text(120),
    levels: z.record(levelId, seatLevelSchema).refine((levels) => Object.keys(levels).length > 0, {
      message: 'must define at least one level',
    }),
    stages: keyedObject(STAGE_IDS, stageSchema),
    roles: keyedObject(ROLE_IDS, roleSchema),
    practices: keyedObject(PRACTICE_IDS, practiceSchema),
    sources: z.record(sourceIdSchema(), sourceSchema),
    figures: keyedObject(FIGURE_IDS, figureSchema),
    rulesOfThumb: rulesOfThumbSchema.default({ overStaffedShareOfBand: 0.5, newSharedSeatPeople: 2 }),
  })
  .superRefine((playbook, ctx) => {
    for (const figureId of FIGURE_IDS) {
      const figure = playbook.figures[figureId];
      const source = playbook.sources[figure.source];
      if (!source) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', figureId, 'source'],
          message: `unknown source "${figure.source}"; defined sources: ${Object.keys(playbook.sources).join(', ')}`,
        });
      } else if (figure.quote !== undefined && !source.quotes.includes(figure.quote)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', figureId, 'quote'],
          message: "must be one of its source's quotes, word for word",
        });
      }
    }
    for (const roleId of ROLE_IDS) {
      const role = playbook.roles[roleId];
      role.carriedBy.forEach((carrier, index) => {
        if (carrier === roleId) {
          ctx.addIssue({
            code: 'custom',
            path: ['roles', roleId, 'carriedBy', index],
            message: 'a seat cannot carry itself',
          });
        }
      });
      if (role.foldsInto?.role === roleId) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles', roleId, 'foldsInto', 'role'],
          message: 'a seat cannot fold into itself',
        });
      }
      for (const stageId of STAGE_IDS) {
        const id = playbook.roles[roleId].seats[stageId];
        if (!(id in playbook.levels)) {
          ctx.addIssue({
            code: 'custom',
            path: ['roles', roleId, 'seats', stageId],
            message: `unknown level "${id}"; defined levels: ${Object.keys(playbook.levels).join(', ')}`,
          });
        }
      }
    }
  });

export type SeatLevel = z.output<typeof seatLevelSchema>;
export type StageDefinition = z.output<typeof stageSchema>;
export type RoleDefinition = z.output<typeof roleSchema>;
export type PracticeDefinition = z.output<typeof practiceSchema>;
export type Playbook = z.output<typeof playbookSchema>;
export type SourceDefinition = z.output<typeof sourceSchema>;
export type FigureDefinition = z.output<typeof figureSchema>;
export type RulesOfThumb = z.output<typeof rulesOfThumbSchema>;
/** A playbook as written in a file, before defaults are applied. */
export type PlaybookInput = z.input<typeof playbookSchema>;

export type { RoleId, StageId };
