/**
 * Team profiles a head of AI would actually describe, each with the advice the playbook
 * (docs/advice.md, and "AI engineering team structure" behind it) calls for, written down before the
 * advisor was rewritten to give it. Expectations name only what matters for the team: what must be said, and
 * what must not.
 *
 * Most cases come in pairs that differ in exactly one questionnaire answer, so every answer is shown to
 * change the advice (team-profiles.test.ts checks that such a pair exists for every answer).
 */
import type { PracticeId, RoleId } from '../../src/advisor/index.js';
import { HEALTHY, type TeamSketch } from '../helpers/teams.js';

export type SuggestedAction = 'build' | 'hire' | 'augment' | 'convert';
export type SuggestionTiming = 'now' | 'before_next_stage';

export interface TeamCase {
  name: string;
  /** What the playbook says about this team: the reasoning behind the expectations. */
  why: string;
  profile: TeamSketch;
  expect: {
    /** grid[].status per role, only the ones that matter. */
    statuses?: Partial<Record<RoleId, string>>;
    /** For 'carried' seats, who carries them. */
    carriedBy?: Partial<Record<RoleId, RoleId>>;
    /** Stall point ids that must appear. */
    stall?: string[];
    /** Stall point ids that must not appear. */
    noStall?: string[];
    /** The stall point that must lead (most severe first). */
    firstStall?: string;
    /** The answer must have no stall points at all. */
    noStallPoints?: true;
    suggest?: { role: RoleId; action?: SuggestedAction; timing?: SuggestionTiming }[];
    /** The role the first suggestion must be about (what to do first). */
    firstSuggest?: RoleId;
    /** Roles that must not be suggested. */
    noSuggest?: RoleId[];
    readinessHeadcountMet?: boolean;
    /** Readiness item ids (roles or practices) that must be ticked. */
    readinessMet?: (RoleId | PracticeId)[];
    /** Readiness item ids (roles or practices) that must be present and not ticked. */
    readinessUnmet?: (RoleId | PracticeId)[];
    /** plan.pastBand */
    pastBand?: boolean;
    /** Fragments the CLI text must contain (case-insensitive). Use sparingly. */
    textIncludes?: string[];
    /** Fragments (case-insensitive) or patterns the CLI text must not contain. */
    textExcludes?: (string | RegExp)[];
  };
}

type Stage = keyof typeof HEALTHY;

/**
 * A team staffed the way its stage calls for (test/helpers/teams.ts), with some changes: `roles` override
 * counts, `without` drops practices, everything else overrides the profile.
 */
function from(stage: Stage, changes: TeamSketch & { without?: PracticeId[] } = {}): TeamSketch {
  const { without = [], roles = {}, ...rest } = changes;
  const base = HEALTHY[stage];
  return {
    stage: base.stage,
    builds: 'builds' in base ? base.builds : 'foundation_apis',
    practices: base.practices.filter((practice) => !without.includes(practice)),
    ...rest,
    roles: { ...base.roles, ...roles },
  };
}

const EVALS: PracticeId[] = ['eval_set', 'eval_owner'];
const ALL_PRACTICES: PracticeId[] = [
  'eval_set',
  'eval_owner',
  'monitoring',
  'governed_data',
  'security_review',
];

/** The a16z "engineers, not researchers" line: about ML researchers, not about app engineers. */
const RESEARCHERS_LINE = ['rather than researchers', 'not researchers'];

/** A pilot that added the seats the playbook says to add "the moment a pilot heads for production". */
const PILOT_WITH_PRODUCTION_SEATS: TeamSketch = {
  stage: 'pilot',
  roles: { ai_engineer: 2, ai_pm: 1, backend: 1, data_engineer: 1, mlops: 1, security: 1 },
  practices: ['eval_set', 'eval_owner', 'governed_data'],
};

/** A pilot with every production seat and practice in place except the one each case takes away. */
const PILOT_READY_TO_SHIP: TeamSketch = {
  stage: 'pilot',
  headingToNext: true,
  roles: {
    ai_engineer: 2,
    ai_pm: 1,
    backend: 1,
    data_engineer: 1,
    mlops: 1,
    security: 1,
    frontend_design: 1,
  },
};

/** The pilot that the playbook's pilot row describes, at its smallest: AI engineer, backend, product owner. */
const MINIMUM_PILOT: TeamSketch = {
  stage: 'pilot',
  roles: { ai_engineer: 1, ai_pm: 1, backend: 1 },
  practices: EVALS,
};

const ML_PILOT: TeamSketch = {
  stage: 'pilot',
  roles: { ai_engineer: 1, ai_pm: 1, backend: 1, ml_engineer: 2 },
  practices: EVALS,
};

const APP_TEAM: TeamSketch = {
  stage: 'pilot',
  roles: { backend: 2, frontend_design: 1, ai_pm: 1 },
  practices: ['eval_set'],
};

const OVERSTAFFED_PILOT: TeamSketch = {
  stage: 'pilot',
  roles: { ai_engineer: 6, ai_pm: 1, backend: 2 },
  practices: EVALS,
};

/** The "Scale" regression: a scale team must not be addressed as if it were at production. */
const SAYS_IN_PRODUCTION = /(?:^|[.:!?]\s+)In production\b/m;

export const TEAM_PROFILES: TeamCase[] = [
  // ---------------------------------------------------------------- healthy teams, one per stage
  {
    name: 'healthy pilot: two AI engineers, a PM and a backend engineer, with an owned eval set',
    why:
      'Exactly the pilot row: AI engineer, backend, product owner, eval shared with the AI engineer. The backend ' +
      'engineer covers data work at a pilot, and the AI engineer carries eval. Nothing to warn about.',
    profile: from('pilot'),
    expect: {
      noStallPoints: true,
      statuses: { ai_engineer: 'covered', eval_specialist: 'carried', mlops: 'not_yet', security: 'not_yet' },
      carriedBy: { eval_specialist: 'ai_engineer', data_engineer: 'backend' },
      textExcludes: ['ahead of the stage'],
    },
  },
  {
    name: 'healthy production team with every seat and practice in place',
    why: 'Every production seat is held once and monitoring, governed data and a security review are in place.',
    profile: from('production'),
    expect: {
      noStallPoints: true,
      statuses: {
        mlops: 'covered',
        security: 'covered', // The ML engineer comes "when a custom-trained model is on the table"; data science is "As needed".
        ml_engineer: 'not_needed',
        data_scientist: 'optional',
      },
      noSuggest: ['mlops', 'security', 'ml_engineer', 'data_scientist'],
    },
  },
  {
    name: 'healthy scale team building on APIs and its own models',
    why: 'Platform MLOps and data, a dedicated governance function, ML engineers and data scientists: the scale column.',
    profile: from('scale'),
    expect: {
      noStallPoints: true,
      statuses: { security: 'covered', mlops: 'covered', ml_engineer: 'covered', data_scientist: 'covered' },
      textExcludes: [SAYS_IN_PRODUCTION],
    },
  },
  {
    name: 'a three-person pilot: one AI engineer, one PM, one backend engineer',
    why: 'The minimum pilot the playbook names ("an AI engineer, a backend or data engineer, and a product owner").',
    profile: MINIMUM_PILOT,
    expect: {
      noStallPoints: true,
      statuses: { ml_engineer: 'not_needed' },
      noSuggest: ['ml_engineer'],
    },
  },

  // ---------------------------------------------------------------- pilot heading to production
  {
    name: 'pilot heading to production that already added MLOps, a data engineer and a security seat',
    why:
      'The playbook says to add MLOps, governed data and a security seat "the moment a pilot heads for production". ' +
      'Doing so is on time: those seats are early, not ahead of the stage, and 7 people fits the production band.',
    profile: { ...PILOT_WITH_PRODUCTION_SEATS, headingToNext: true },
    expect: {
      statuses: { mlops: 'early', security: 'early' },
      noStall: ['headcount_outside_band', 'mlops_missing', 'no_security_seat', 'no_governed_data'],
      noSuggest: ['mlops', 'security'],
      readinessMet: ['mlops', 'security'],
      readinessHeadcountMet: true,
      textExcludes: ['ahead of the stage', 'larger than a pilot'],
    },
  },
  {
    name: 'the same seven-person pilot with MLOps and security, not heading anywhere',
    why:
      'Without a move to production the MLOps and security seats are ahead of what a pilot needs ("Wait"), ' +
      'and seven people is above the pilot band of 2 to 5.',
    profile: PILOT_WITH_PRODUCTION_SEATS,
    expect: {
      statuses: { mlops: 'premature', security: 'premature' },
      stall: ['headcount_outside_band'],
      noSuggest: ['mlops', 'security'],
    },
  },
  {
    name: 'healthy pilot heading to production that has added nothing yet',
    why:
      'The step the playbook says most teams stall on: MLOps ("do not delay"), governed data and a security seat ' +
      'are added "the moment a pilot heads for production", MLOps first: seats to fill now, not on arrival. ' +
      'Filling them as augmented surge keeps the team inside the production band.',
    profile: from('pilot', { headingToNext: true }),
    expect: {
      statuses: { mlops: 'gap', security: 'gap' },
      stall: ['mlops_missing', 'no_security_seat', 'no_governed_data'],
      firstStall: 'mlops_missing',
      suggest: [
        { role: 'mlops', action: 'augment', timing: 'now' },
        { role: 'security', timing: 'now' },
      ],
      readinessUnmet: ['mlops', 'security', 'governed_data'],
      readinessHeadcountMet: false,
      pastBand: false,
    },
  },
  {
    name: 'pilot heading to production with every seat in place but no governed data',
    why:
      'The seats are right, but governed data pipelines are one of the three things production adds; a data ' +
      'engineer is already there, so the fix is the practice, not another hire.',
    profile: {
      ...PILOT_READY_TO_SHIP,
      practices: ['eval_set', 'eval_owner', 'monitoring', 'security_review'],
    },
    expect: {
      stall: ['no_governed_data'],
      noStall: [
        'mlops_missing',
        'no_security_seat',
        'no_monitoring',
        'no_security_review',
        'headcount_outside_band',
      ],
      noSuggest: ['data_engineer', 'mlops', 'security'],
      readinessUnmet: ['governed_data'],
      readinessMet: ['mlops', 'security', 'data_engineer'],
      readinessHeadcountMet: true,
    },
  },
  {
    name: 'pilot heading to production with every seat and practice in place',
    why:
      'MLOps, data and security seats added before the move, practices running, eight people inside the ' +
      'production band, eval owned by the AI engineers: ready, nothing to warn about.',
    profile: { ...PILOT_READY_TO_SHIP, practices: ALL_PRACTICES },
    expect: {
      noStallPoints: true,
      statuses: { mlops: 'early', security: 'early' },
      readinessHeadcountMet: true,
      readinessMet: ['mlops', 'security', 'governed_data', 'monitoring'],
      textExcludes: ['ahead of the stage'],
    },
  },
  {
    name: 'pilot of 14 heading to production',
    why:
      'Read against the production band it is moving into, 14 is above 6 to 12: readiness must not tick the ' +
      'headcount, and adding the missing MLOps and security seats takes it further past the band. Every seat ' +
      'it holds is core at production and none is past the rule of thumb, so nobody is spare: the headcount ' +
      'line says the size, and no stall point tells it to shrink.',
    profile: {
      stage: 'pilot',
      headingToNext: true,
      roles: { ai_engineer: 6, backend: 4, ai_pm: 1, data_engineer: 2, frontend_design: 1 },
      practices: ['eval_set', 'eval_owner', 'governed_data'],
    },
    expect: {
      stall: ['mlops_missing'],
      statuses: { mlops: 'gap', security: 'gap' },
      readinessHeadcountMet: false,
      pastBand: true,
    },
  },
  {
    name: 'pilot of nine with six AI engineers, not heading anywhere',
    why:
      'The playbook: a pilot is 2 to 5 people, "not 15", and its constraint is product judgment, not hands. ' +
      'Six people in the AI engineer seat is more than half the whole pilot band.',
    profile: OVERSTAFFED_PILOT,
    expect: {
      stall: ['headcount_outside_band'],
      statuses: { ai_engineer: 'over' },
      noSuggest: ['ai_engineer'],
    },
  },
  {
    name: 'the same nine-person pilot, heading to production',
    why:
      'Heading to production it is read against the production band (6 to 12), which nine fits; what is ' +
      'missing is the production seats, MLOps first, not fewer people.',
    profile: { ...OVERSTAFFED_PILOT, headingToNext: true },
    expect: {
      stall: ['mlops_missing'],
      noStall: ['headcount_outside_band'],
      firstStall: 'mlops_missing',
      readinessHeadcountMet: true,
      noSuggest: ['ai_engineer'],
    },
  },

  // ---------------------------------------------------------------- production practices
  {
    name: 'production team fully staffed but no monitoring or drift checks',
    why:
      'The MLOps seat is held, but the lifecycle work it exists for is not running: "a pilot that demos ' +
      'beautifully dies in production because no one staffed MLOps to monitor it". The fix is the practice.',
    profile: from('production', { without: ['monitoring'] }),
    expect: {
      stall: ['no_monitoring'],
      noStall: ['mlops_missing'],
      noSuggest: ['mlops'],
    },
  },
  {
    name: 'production team fully staffed but no governed data pipelines',
    why: 'Production adds "governed data engineering"; a data engineer without governed pipelines is not it.',
    profile: from('production', { without: ['governed_data'] }),
    expect: {
      stall: ['no_governed_data'],
      noSuggest: ['data_engineer'],
    },
  },
  {
    name: 'production team with a security seat but no security review',
    why:
      'The seat exists, but nobody has reviewed data access and prompt-injection defence: the playbook wants ' +
      'the seat to cover that before an incident forces it.',
    profile: from('production', { without: ['security_review'] }),
    expect: {
      stall: ['no_security_review'],
      noStall: ['no_security_seat'],
      noSuggest: ['security'],
    },
  },
  {
    name: 'production team with no security or governance seat',
    why:
      'Security is "Add" at production; teams that wait "add a security or governance seat only after an ' +
      'incident forces it". A review done once is no substitute for the seat.',
    profile: from('production', { roles: { security: 0 } }),
    expect: {
      statuses: { security: 'gap' },
      stall: ['no_security_seat'],
      noStall: ['no_security_review'],
      suggest: [{ role: 'security', timing: 'now' }],
    },
  },
  {
    name: 'production team with no MLOps engineer',
    why:
      '"The seat hired too late is almost always MLOps": core, do not delay, at production. It leads the answer, ' +
      'and a specialist gap like this one is what augmentation is for.',
    profile: from('production', { roles: { mlops: 0 } }),
    expect: {
      statuses: { mlops: 'gap' },
      firstStall: 'mlops_missing',
      noStall: ['no_monitoring'],
      suggest: [{ role: 'mlops', action: 'augment', timing: 'now' }],
    },
  },
  {
    name: 'production team with no data engineer',
    why: 'Data engineer is core at production; governed data needs someone to run the pipelines.',
    profile: from('production', { roles: { data_engineer: 0 } }),
    expect: {
      statuses: { data_engineer: 'gap' },
      stall: ['no_governed_data'],
      suggest: [{ role: 'data_engineer', timing: 'now' }],
    },
  },
  {
    name: 'production team led by backend engineers, with no AI engineer',
    why:
      'The AI engineer is core at every stage and the first specialist hire; a production team without one ' +
      'leads with that, whoever else is there.',
    profile: from('production', { roles: { ai_engineer: 0 } }),
    expect: {
      statuses: { ai_engineer: 'gap' },
      firstStall: 'no_ai_engineer',
      suggest: [{ role: 'ai_engineer', timing: 'now' }],
    },
  },
  {
    name: 'production team where the AI engineers own eval quality, no eval specialist',
    why:
      'The playbook: eval work "is increasingly folded into the AI engineer role". With a named owner of eval ' +
      'quality the AI engineers carry the eval seat; it is not a gap and nothing needs hiring.',
    profile: from('production', { roles: { eval_specialist: 0 } }),
    expect: {
      statuses: { eval_specialist: 'carried' },
      carriedBy: { eval_specialist: 'ai_engineer' },
      noStallPoints: true,
      noSuggest: ['eval_specialist'],
    },
  },
  {
    name: 'production team with an eval set, no eval specialist and nobody named as owner of quality',
    why:
      'Without a named owner nobody answers for eval quality ("quality regresses silently"), but eval work is ' +
      'increasingly folded into the AI engineer role: the fix is to name an AI engineer as owner, not a new hire ' +
      'that would push a full production team past its band.',
    profile: from('production', { roles: { eval_specialist: 0 }, without: ['eval_owner'] }),
    expect: {
      statuses: { eval_specialist: 'unowned' },
      stall: ['no_eval_owner'],
      noSuggest: ['eval_specialist'],
    },
  },
  {
    name: 'pilot with an eval set but no named owner of quality',
    why: '"Without an evaluation set and a named owner of quality, you cannot tell whether a change helped."',
    profile: from('pilot', { without: ['eval_owner'] }),
    expect: { stall: ['no_eval_owner'] },
  },
  {
    name: 'pilot with a named eval owner who tests by eyeballing, with no eval set',
    why: 'A pilot\'s goal is "a working demo and a real eval set"; an owner with nothing to guard is not enough.',
    profile: from('pilot', { without: ['eval_set'] }),
    expect: { stall: ['no_eval_owner'] },
  },

  // ---------------------------------------------------------------- the pilot's own seats
  {
    name: 'team of one: a single AI engineer running a pilot',
    why:
      'The AI engineer can carry eval, but nobody is there to carry backend or data work or product ownership: ' +
      'those seats are gaps, never "covered part-time". Below the band with seats to fill is not a size problem.',
    profile: { stage: 'pilot', roles: { ai_engineer: 1 }, practices: EVALS },
    expect: {
      statuses: { ai_engineer: 'covered', ai_pm: 'gap', backend: 'gap', eval_specialist: 'carried' },
      carriedBy: { eval_specialist: 'ai_engineer' },
      stall: ['no_product_owner', 'no_backend_or_data_engineer'],
      noStall: ['no_ai_engineer', 'headcount_outside_band'],
      suggest: [{ role: 'ai_pm' }],
      pastBand: false,
    },
  },
  {
    name: 'pilot of two AI engineers and a PM, nobody on backend or data',
    why: 'The pilot needs "a backend or data engineer"; without one the AI engineers do the plumbing.',
    profile: from('pilot', { roles: { backend: 0 } }),
    expect: {
      statuses: { backend: 'gap' },
      stall: ['no_backend_or_data_engineer'],
    },
  },
  {
    name: 'pilot of engineers with no AI product manager',
    why: 'The product owner is core at a pilot and one of the two anchor roles the playbook says to hire full-time.',
    profile: from('pilot', { roles: { ai_pm: 0 } }),
    expect: {
      statuses: { ai_pm: 'gap' },
      stall: ['no_product_owner'],
      suggest: [{ role: 'ai_pm', action: 'hire', timing: 'now' }],
    },
  },
  {
    name: 'pilot of three data scientists',
    why:
      'Two playbook mistakes at once: no AI engineer to lead the pilot, and data scientists with no data ' +
      'infrastructure. The answer leads with the AI engineer, and filling the pilot seats takes it past the band.',
    profile: { stage: 'pilot', roles: { data_scientist: 3 } },
    expect: {
      firstStall: 'no_ai_engineer',
      stall: ['data_scientists_without_data_engineering'],
      suggest: [{ role: 'ai_engineer' }],
      firstSuggest: 'ai_engineer',
      noSuggest: ['data_scientist'],
      pastBand: true,
    },
  },
  {
    name: 'healthy pilot that also hired a data scientist, with no data engineer',
    why:
      'Data scientist is "Wait" at a pilot, and "a data scientist with no data engineer or pipeline spends ' +
      'most of the week on plumbing and ships nothing".',
    profile: from('pilot', { roles: { data_scientist: 1 } }),
    expect: {
      statuses: { data_scientist: 'premature' },
      stall: ['data_scientists_without_data_engineering'],
      noSuggest: ['data_scientist'],
    },
  },
  {
    name: 'app team of backend and frontend engineers adding AI within weeks, no AI engineer',
    why:
      'AI bolted onto an app team: the missing seat is the AI engineer, needed within weeks, so augment one now. ' +
      'These are engineers already, so the a16z "engineers, not researchers" line does not apply.',
    profile: { ...APP_TEAM, urgency: 'weeks' },
    expect: {
      firstStall: 'no_ai_engineer',
      statuses: { ai_engineer: 'gap' },
      suggest: [{ role: 'ai_engineer', action: 'augment', timing: 'now' }],
      textExcludes: RESEARCHERS_LINE,
    },
  },
  {
    name: 'the same app team with no rush',
    why:
      'With time to search, the lead AI engineer is one of the one or two anchor seats the playbook says to ' +
      'hire full-time.',
    profile: { ...APP_TEAM, urgency: 'no_rush' },
    expect: {
      firstStall: 'no_ai_engineer',
      suggest: [{ role: 'ai_engineer', action: 'hire', timing: 'now' }],
      textExcludes: RESEARCHERS_LINE,
    },
  },
  {
    name: 'foundation-API pilot that hired two ML engineers beside its AI engineer',
    why:
      '"When it comes to shipping AI products, you want engineers, not researchers": the ML engineer seat is ' +
      '"only if custom model" at a pilot, and this team trains nothing.',
    profile: ML_PILOT,
    expect: {
      stall: ['researchers_not_shippers'],
      noStall: ['no_ai_engineer'],
      statuses: { ml_engineer: 'premature' },
      noSuggest: ['ml_engineer'],
    },
  },
  {
    name: 'the same pilot, fine-tuning its own model',
    why: 'With a custom model the ML engineer seat is real at a pilot: the ML engineers are exactly right.',
    profile: { ...ML_PILOT, builds: 'custom_models' },
    expect: {
      noStall: ['researchers_not_shippers'],
      statuses: { ml_engineer: 'covered' },
      noSuggest: ['ml_engineer'],
    },
  },
  {
    name: 'pilot of ML engineers and a PM on foundation APIs, no AI engineer',
    why:
      'Researchers where the product needs shippers, and nobody at the application layer: the AI engineer comes ' +
      'first, and the advice leads with that.',
    profile: { stage: 'pilot', roles: { ml_engineer: 3, ai_pm: 1 }, practices: ['eval_set'] },
    expect: {
      firstStall: 'no_ai_engineer',
      // Said once, in the no-AI-engineer stall point: who is missing, and where the trainers go.
      noStall: ['researchers_not_shippers'],
      textIncludes: ['Move the ML engineers to a team that trains its own models'],
      suggest: [{ role: 'ai_engineer' }],
      firstSuggest: 'ai_engineer',
    },
  },
  {
    name: 'three-person pilot training a custom model, with no ML engineer',
    why: 'The pilot column: ML engineer "only if custom model". This team has one on the table, so the seat is a gap.',
    profile: { ...MINIMUM_PILOT, builds: 'custom_models' },
    expect: {
      statuses: { ml_engineer: 'gap' },
      suggest: [{ role: 'ml_engineer', timing: 'now' }],
    },
  },

  // ---------------------------------------------------------------- what the team builds, at production
  {
    name: 'production team building custom models, with no ML engineer or data scientist',
    why:
      'A production team training its own models needs the people who train them: "as needed" has arrived ' +
      'for the ML engineer, as a custom-model pilot is told. Data scientists stay "as needed" until scale, ' +
      'where the playbook brings them in "for proprietary models".',
    profile: from('production', { builds: 'custom_models' }),
    expect: {
      statuses: { ml_engineer: 'gap', data_scientist: 'optional' },
      suggest: [{ role: 'ml_engineer', timing: 'now' }],
    },
  },
  {
    name: 'healthy production team fine-tuning its own models with an ML engineer and a data scientist',
    why: 'Twelve people, every production seat plus the custom-model seats: nothing to warn about.',
    profile: from('production', { builds: 'both', roles: { ml_engineer: 1, data_scientist: 1 } }),
    expect: {
      noStallPoints: true,
      statuses: { ml_engineer: 'covered', data_scientist: 'covered' },
      noSuggest: ['ml_engineer', 'data_scientist'],
    },
  },

  // ---------------------------------------------------------------- stage against the same roster
  {
    name: 'pilot-sized team that launched and now calls itself production',
    why:
      "The playbook's most common stall: the demo shipped but the MLOps, governed data and security seats never " +
      'were. Four people is below the band, but the answer is the seats to fill, MLOps first.',
    profile: from('pilot', { stage: 'production' }),
    expect: {
      statuses: { mlops: 'gap', security: 'gap', data_engineer: 'gap' },
      firstStall: 'mlops_missing',
      stall: ['no_security_seat', 'no_governed_data'],
      noStall: ['headcount_outside_band'],
      suggest: [{ role: 'mlops', timing: 'now' }],
    },
  },
  {
    name: 'undersized production team: AI engineer, backend, PM and one MLOps engineer',
    why:
      'MLOps is in place and monitoring runs, but production also needs governed data, a security seat and ' +
      'frontend; filling them brings it into the 6 to 12 band, not past it.',
    profile: {
      stage: 'production',
      roles: { ai_engineer: 1, backend: 1, ai_pm: 1, mlops: 1 },
      practices: ['eval_set', 'eval_owner', 'monitoring'],
    },
    expect: {
      statuses: {
        data_engineer: 'gap',
        security: 'gap',
        frontend_design: 'gap',
        eval_specialist: 'carried',
      },
      carriedBy: { eval_specialist: 'ai_engineer' },
      stall: ['no_governed_data', 'no_security_seat'],
      noStall: ['mlops_missing', 'no_monitoring', 'headcount_outside_band'],
      suggest: [{ role: 'data_engineer' }, { role: 'security' }],
      pastBand: false,
    },
  },
  {
    name: 'production-sized team that calls itself scale',
    why:
      'The ML engineer "comes later when a custom-trained model is on the table": a team on hosted models does ' +
      'not need one, even at scale; data scientists come in at scale "for proprietary models", so this team ' +
      'takes them as needed. Platform seats and a governance function ' +
      'have no size in the playbook, so one person in each is not short, and no number is invented for them.',
    profile: from('production', { stage: 'scale' }),
    expect: {
      statuses: {
        ml_engineer: 'not_needed',
        data_scientist: 'optional',
        security: 'covered',
        mlops: 'covered',
        ai_pm: 'short',
      },
      noStall: ['no_security_seat', 'headcount_outside_band'],
      noSuggest: ['ml_engineer', 'security', 'mlops', 'data_scientist'],
      textExcludes: [SAYS_IN_PRODUCTION, /needs at least 2/i, /needs 2/i],
    },
  },

  // ---------------------------------------------------------------- production heading to scale
  {
    name: 'healthy production team heading to scale',
    why:
      'Before the move the scale seats are due: more than one product manager ("Core, multiple"). The ML ' +
      'engineer "comes later when a custom-trained model is on the table", and scale brings data scientists in ' +
      '"for proprietary models", neither of which this team on hosted models builds; ten people is below the ' +
      'scale band it is moving into.',
    profile: from('production', { headingToNext: true }),
    expect: {
      statuses: { ml_engineer: 'not_needed', data_scientist: 'optional', ai_pm: 'covered' },
      noStall: ['headcount_outside_band'],
      suggest: [{ role: 'ai_pm', timing: 'before_next_stage' }],
      noSuggest: ['ml_engineer', 'data_scientist'],
      readinessUnmet: ['ai_pm'],
      readinessHeadcountMet: false,
      pastBand: false,
      // The band in the lead is read as a guide, not a requirement (review 8).
      textIncludes: ['about 12 to 30+ people, as a guide'],
      textExcludes: ['ahead of the stage', 'a team of 12 to 30+'],
    },
  },

  // ---------------------------------------------------------------- scale
  {
    name: 'scale team with one person on security and governance',
    why:
      'Scale calls for a "Dedicated function" and gives it no size: one full-time person doing the job is a ' +
      'dedicated seat, not a stall point, and the answer invents no headcount for it.',
    profile: from('scale', { roles: { security: 1 } }),
    expect: {
      statuses: { security: 'covered' },
      noStall: ['no_security_seat'],
      noSuggest: ['security'],
      textExcludes: [/at least 2/i, /needs 2/i],
    },
  },
  {
    name: 'scale team with nobody on security and governance',
    why:
      'Nobody at all is the more severe pattern; the function is built with full-time hires at scale. The ' +
      'wording must fit a scale team, not talk about being in production.',
    profile: from('scale', { roles: { security: 0 } }),
    expect: {
      statuses: { security: 'gap' },
      stall: ['no_security_seat'],
      suggest: [{ role: 'security', action: 'hire', timing: 'now' }],
      textExcludes: [SAYS_IN_PRODUCTION],
    },
  },
  {
    name: 'scale team whose MLOps platform, data platform and governance are all contractors',
    why:
      'Augmentation is the bridge: "convert to a dedicated team as you scale". Platform seats and a dedicated ' +
      'function held only by augmented people should be made permanent, not rented forever.',
    profile: from('scale', { roles: { mlops: [0, 2], data_engineer: [0, 2], security: [0, 2] } }),
    expect: {
      statuses: { mlops: 'covered', security: 'covered' },
      suggest: [
        { role: 'mlops', action: 'convert' },
        { role: 'security', action: 'convert' },
        { role: 'data_engineer', action: 'convert' },
      ],
      textExcludes: [SAYS_IN_PRODUCTION],
    },
  },
  {
    name: 'a 45-person scale organisation',
    why: 'The scale band is "12 to 30+": open-ended, so a large, well-shaped organisation is not over the band.',
    profile: {
      stage: 'scale',
      builds: 'both',
      roles: {
        ai_engineer: 12,
        ai_pm: 4,
        backend: 8,
        data_engineer: 4,
        mlops: 4,
        eval_specialist: 2,
        ml_engineer: 4,
        data_scientist: 3,
        frontend_design: 2,
        security: 2,
      },
      practices: ALL_PRACTICES,
    },
    expect: {
      noStallPoints: true,
      statuses: { ai_engineer: 'covered' },
      pastBand: false,
    },
  },

  // ---------------------------------------------------------------- build, hire, augment
  {
    name: 'production team whose AI engineers are all contractors',
    why:
      'A lead AI engineer is one of the anchor roles to hire full-time; augmented people holding it alone should ' +
      'be converted once the product is live.',
    profile: from('production', { roles: { ai_engineer: [0, 2] } }),
    expect: {
      statuses: { ai_engineer: 'covered' },
      suggest: [{ role: 'ai_engineer', action: 'convert' }],
    },
  },
  {
    name: 'production team whose AI product manager left, needed back within weeks',
    why: 'An anchor seat, but needed within weeks: augment an interim PM now rather than wait out a search.',
    profile: from('production', { roles: { ai_pm: 0 }, urgency: 'weeks' }),
    expect: {
      stall: ['no_product_owner'],
      suggest: [{ role: 'ai_pm', action: 'augment', timing: 'now' }],
    },
  },
  {
    name: 'production team whose AI product manager left, no rush',
    why: 'With time to search, the AI PM is an anchor leader: hire full-time.',
    profile: from('production', { roles: { ai_pm: 0 }, urgency: 'no_rush' }),
    expect: {
      stall: ['no_product_owner'],
      suggest: [{ role: 'ai_pm', action: 'hire', timing: 'now' }],
    },
  },
  {
    name: 'production team with no frontend or design seat',
    why: 'Frontend and design are core at production: streaming, feedback and error recovery need an owner.',
    profile: from('production', { roles: { frontend_design: 0 } }),
    expect: {
      statuses: { frontend_design: 'gap' },
      suggest: [{ role: 'frontend_design', timing: 'now' }],
    },
  },
  {
    name: 'production team with no frontend or design seat, needed within weeks',
    why: 'A durable core seat, but needed within weeks: augment, since upskilling takes longer than that.',
    profile: from('production', { roles: { frontend_design: 0 }, urgency: 'weeks' }),
    expect: {
      suggest: [{ role: 'frontend_design', action: 'augment', timing: 'now' }],
    },
  },
  {
    name: 'production team with no frontend or design seat, no rush',
    why:
      'A durable core seat with time to grow it: build, upskilling someone already on the team. Judgment call: ' +
      'the playbook says "build for the durable core"; with ten people in-house there is someone to upskill.',
    profile: from('production', { roles: { frontend_design: 0 }, urgency: 'no_rush' }),
    expect: {
      suggest: [{ role: 'frontend_design', action: 'build', timing: 'now' }],
    },
  },
  // ---------------------------------------------------------------- blind review, first round
  // Teams a reviewer invented from the playbook alone, with what they wrote down before reading any answer.
  {
    name: 'review: a "production" team of three',
    why: 'Three people is pilot-sized; the production seats are missing and must be named, none deferred.',
    profile: {
      stage: 'production',
      roles: { ai_engineer: 2, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      stall: ['mlops_missing', 'no_governed_data', 'no_security_seat'],
      suggest: [
        { role: 'mlops', timing: 'now' },
        { role: 'security', timing: 'now' },
      ],
      noSuggest: ['ml_engineer', 'data_scientist'],
      textIncludes: ['looks more like a pilot team'],
      textExcludes: [/real users and real data already/i],
    },
  },
  {
    name: 'review: a "pilot" of fourteen with data scientists',
    why: 'Far above the pilot band; the data scientists are ahead of the stage and are the first to move; no hires.',
    profile: {
      stage: 'pilot',
      urgency: 'no_rush',
      roles: {
        ai_engineer: 3,
        backend: 3,
        ai_pm: 2,
        data_engineer: 2,
        frontend_design: 2,
        data_scientist: 2,
      },
      practices: ['eval_set'],
    },
    expect: {
      statuses: { data_scientist: 'premature' },
      stall: ['headcount_outside_band', 'no_eval_owner'],
      noSuggest: ['mlops', 'security', 'data_scientist', 'ai_engineer'],
      textIncludes: ['the 2 data scientists (ahead of the pilot stage)'],
    },
  },
  {
    name: 'review: an all-augmented pilot with no practices',
    why: 'Nobody in-house holds the anchor seats: convert or hire the lead AI engineer and the AI product manager.',
    profile: {
      stage: 'pilot',
      roles: { ai_engineer: [0, 2], backend: [0, 1], ai_pm: [0, 1], frontend_design: [0, 1] },
      practices: [],
    },
    expect: {
      stall: ['no_eval_owner'],
      suggest: [
        { role: 'ai_engineer', action: 'convert', timing: 'now' },
        { role: 'ai_pm', action: 'convert', timing: 'now' },
      ],
      noSuggest: ['mlops', 'security', 'data_scientist'],
    },
  },
  {
    name: 'review: a production team with nobody in-house',
    why: 'Anchors converted; security added now, not after an incident; eval needs its named owner.',
    profile: {
      stage: 'production',
      roles: {
        ai_engineer: [0, 2],
        backend: [0, 2],
        ai_pm: [0, 1],
        data_engineer: [0, 1],
        mlops: [0, 1],
        frontend_design: [0, 1],
      },
      practices: ['eval_set', 'monitoring'],
    },
    expect: {
      stall: ['no_security_seat', 'no_eval_owner', 'no_governed_data'],
      suggest: [
        { role: 'ai_engineer', action: 'convert' },
        { role: 'ai_pm', action: 'convert' },
        { role: 'security', timing: 'now' },
      ],
    },
  },
  {
    name: 'review: a pilot with nobody on it',
    why: 'The minimum pilot: an AI engineer first, then a backend or data engineer and a product owner.',
    profile: { stage: 'pilot', urgency: 'no_rush', roles: {}, practices: [] },
    expect: {
      firstStall: 'no_ai_engineer',
      suggest: [
        { role: 'ai_engineer', action: 'hire' },
        { role: 'ai_pm', action: 'hire' },
      ],
      noSuggest: ['mlops', 'security', 'data_scientist', 'ml_engineer'],
      textIncludes: ['Nobody on the team yet', "Every seat is empty, the AI engineer's included."],
      textExcludes: [/nobody here/i],
    },
  },
  {
    name: 'review: a one-person pilot',
    why: 'An AI engineer alone, owning eval: a product owner and a backend or data engineer are missing.',
    profile: { stage: 'pilot', roles: { ai_engineer: 1 }, practices: ['eval_set', 'eval_owner'] },
    expect: {
      stall: ['no_product_owner', 'no_backend_or_data_engineer'],
      suggest: [{ role: 'ai_pm' }, { role: 'backend' }],
      noSuggest: ['mlops', 'security'],
    },
  },
  {
    name: 'review: a scale team with one security person, everything else in place',
    why: 'A "Dedicated function" has no size: one full-time person is no stall point.',
    profile: {
      stage: 'scale',
      builds: 'both',
      roles: {
        ai_engineer: 6,
        backend: 4,
        ai_pm: 2,
        data_engineer: 3,
        mlops: 2,
        eval_specialist: 1,
        ml_engineer: 2,
        data_scientist: 1,
        frontend_design: 2,
        security: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { noStallPoints: true, statuses: { security: 'covered' }, noSuggest: ['security'] },
  },
  {
    name: 'review: researchers on hosted model APIs in production',
    why: 'Hiring researchers when the team needs shippers: the AI engineer is missing, the ML engineers are not the fix.',
    profile: {
      stage: 'production',
      roles: { ml_engineer: 3, data_scientist: 2, ai_pm: 1, backend: 1, data_engineer: 1 },
      practices: ['eval_set'],
    },
    expect: {
      statuses: { ml_engineer: 'premature' },
      firstStall: 'no_ai_engineer',
      stall: ['mlops_missing'],
      noStall: ['researchers_not_shippers'],
      textIncludes: ['Move the ML engineers to a team that trains its own models'],
      suggest: [{ role: 'ai_engineer', timing: 'now' }],
      noSuggest: ['ml_engineer'],
      textExcludes: [/application work/i, /In place: ML engineer/],
    },
  },
  {
    name: 'review: a pilot heading to production within weeks',
    why: 'MLOps, governed data and security the moment the pilot heads there, augmented for speed.',
    profile: {
      stage: 'pilot',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: 2, ai_pm: 1, backend: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      stall: ['mlops_missing', 'no_security_seat'],
      suggest: [
        { role: 'mlops', action: 'augment', timing: 'now' },
        { role: 'data_engineer', action: 'augment', timing: 'now' },
        { role: 'security', action: 'augment', timing: 'now' },
      ],
    },
  },
  {
    name: 'review: a pilot training its own models with a data scientist',
    why: 'An ML engineer for the custom model; the data scientist waits at a pilot and is never joined by more.',
    profile: {
      stage: 'pilot',
      builds: 'custom_models',
      roles: { ai_engineer: 1, ml_engineer: 1, data_scientist: 1, ai_pm: 1 },
      practices: [],
    },
    expect: {
      statuses: { data_scientist: 'premature', ml_engineer: 'covered' },
      stall: ['data_scientists_without_data_engineering', 'no_eval_owner'],
      noSuggest: ['data_scientist', 'mlops', 'security'],
    },
  },
  {
    name: 'review: an all-augmented pilot hiring within weeks',
    why: 'Urgency changes when, never whether: the anchors convert before production.',
    profile: {
      stage: 'pilot',
      urgency: 'weeks',
      roles: { ai_engineer: [0, 2], backend: [0, 1], ai_pm: [0, 1] },
      practices: ['eval_set'],
    },
    expect: {
      suggest: [
        { role: 'ai_engineer', action: 'convert', timing: 'before_next_stage' },
        { role: 'ai_pm', action: 'convert', timing: 'before_next_stage' },
      ],
      textExcludes: ['No seats to fill'],
    },
  },
  {
    name: 'review: the same augmented pilot with no rush',
    why: 'The same conversions as the team in a hurry, now.',
    profile: {
      stage: 'pilot',
      urgency: 'no_rush',
      roles: { ai_engineer: [0, 2], backend: [0, 1], ai_pm: [0, 1] },
      practices: ['eval_set'],
    },
    expect: {
      suggest: [
        { role: 'ai_engineer', action: 'convert', timing: 'now' },
        { role: 'ai_pm', action: 'convert', timing: 'now' },
      ],
    },
  },
  {
    name: 'review: a production team with no evaluation set',
    why: 'Running with no owner of eval quality is a named mistake; an AI engineer can hold it.',
    profile: {
      stage: 'production',
      roles: {
        ai_engineer: 3,
        backend: 2,
        ai_pm: 1,
        data_engineer: 1,
        mlops: 1,
        frontend_design: 1,
        security: 1,
      },
      practices: ['monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      stall: ['no_eval_owner'],
      textIncludes: ['Name one of the AI engineers as the owner of eval quality'],
    },
  },
  {
    name: 'review: a well-staffed scale team',
    why: 'Nothing invented: no stall points, nothing to fill.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'no_rush',
      roles: {
        ai_engineer: 6,
        backend: 5,
        ai_pm: 3,
        data_engineer: 4,
        mlops: 3,
        eval_specialist: 2,
        ml_engineer: 4,
        data_scientist: 3,
        frontend_design: 3,
        security: 3,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { noStallPoints: true, noSuggest: ['ai_engineer', 'security', 'mlops'] },
  },
  {
    name: 'review: a pilot with three data scientists and no data engineer, building both',
    why: 'The named mistake, at a pilot: the data scientists wait, and the fix moves their work out.',
    profile: {
      stage: 'pilot',
      builds: 'both',
      roles: { data_scientist: 3, ai_engineer: 1, ai_pm: 1 },
      practices: ['eval_set'],
    },
    expect: {
      statuses: { data_scientist: 'premature' },
      stall: ['data_scientists_without_data_engineering', 'custom_model_without_ml_engineer'],
      noSuggest: ['data_scientist'],
      // Their own stall point moves them out; the plan note says where that leaves the team (review 13).
      textIncludes: ['moving out the seats the stall points above name brings it back to'],
      textExcludes: [/share or trim/i],
    },
  },
  {
    name: 'review: a production team with no MLOps or security, hiring within weeks',
    why: 'Both seats now, augmented for speed; never deferred.',
    profile: {
      stage: 'production',
      urgency: 'weeks',
      roles: {
        ai_engineer: 3,
        backend: 2,
        ai_pm: 1,
        data_engineer: 1,
        eval_specialist: 1,
        frontend_design: 1,
      },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      firstStall: 'mlops_missing',
      stall: ['no_security_seat', 'no_governed_data'],
      suggest: [
        { role: 'mlops', action: 'augment', timing: 'now' },
        { role: 'security', action: 'augment', timing: 'now' },
      ],
    },
  },
  {
    name: 'review: AI bolted onto an app team',
    why: 'App engineers and no AI engineer: add an AI engineer first; never ask the app team to carry it.',
    profile: {
      stage: 'pilot',
      urgency: 'no_rush',
      roles: { backend: 3, frontend_design: 2, data_engineer: 1 },
      practices: [],
    },
    expect: {
      firstStall: 'no_ai_engineer',
      firstSuggest: 'ai_engineer',
      suggest: [{ role: 'ai_engineer', action: 'hire', timing: 'now' }],
    },
  },
  {
    name: 'review: a production team heading to scale within weeks, with augmented MLOps and security',
    why: 'At scale platform seats and functions are permanent: convert the augmented MLOps and security people.',
    profile: {
      stage: 'production',
      builds: 'both',
      urgency: 'weeks',
      headingToNext: true,
      roles: {
        ai_engineer: 3,
        backend: 2,
        ai_pm: 1,
        data_engineer: 2,
        mlops: [0, 1],
        eval_specialist: 1,
        ml_engineer: 1,
        frontend_design: 1,
        security: [0, 1],
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      suggest: [
        { role: 'mlops', action: 'convert' },
        { role: 'security', action: 'convert' },
      ],
      textExcludes: [/needs 2/i, /at least 2/i],
    },
  },
  // Blind review, round 4: the reviewer's own teams, with what it would have corrected kept out.
  {
    name: 'review 4: a lean pilot heading to production',
    why: 'MLOps, data and security the moment it heads there; design is carried, and no reason is invented for augmenting it.',
    profile: {
      stage: 'pilot',
      headingToNext: true,
      roles: { ai_engineer: 1, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      stall: ['mlops_missing', 'no_security_seat'],
      readinessUnmet: ['mlops', 'security', 'data_engineer'],
      textExcludes: ['can be spared to upskill', /A team of 6 to 12 people/],
    },
  },
  {
    name: 'review 4: a 14-person pilot of researchers, MLOps and security on hosted models',
    why: 'Seats with no place at a pilot go first when making room, each named with its noun; the size hint does not argue with itself.',
    profile: {
      stage: 'pilot',
      urgency: 'no_rush',
      roles: {
        ai_engineer: 3,
        ml_engineer: 3,
        data_scientist: 3,
        mlops: 2,
        security: 1,
        backend: 1,
        ai_pm: 1,
      },
      practices: ['eval_set'],
    },
    expect: {
      statuses: { ml_engineer: 'premature', data_scientist: 'premature', mlops: 'premature' },
      textExcludes: [/It is beyond the production band/i, /the security \/ governance \(/],
    },
  },
  {
    name: 'review 4: a production team with no named eval owner',
    why: 'Everything else is in place: the answer names who owns eval quality and nothing more.',
    profile: {
      stage: 'production',
      roles: {
        ai_engineer: 3,
        backend: 2,
        data_engineer: 1,
        mlops: 1,
        ai_pm: 1,
        frontend_design: 1,
        security: 1,
      },
      practices: ['eval_set', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { stall: ['no_eval_owner'], statuses: { eval_specialist: 'unowned' } },
  },
  {
    name: 'review 4: a scale team with no governance seat',
    why: 'Scale asks for a "Dedicated function": the fix names the function, with no size the playbook never gave.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'no_rush',
      roles: {
        ai_engineer: 5,
        ml_engineer: 4,
        data_scientist: 3,
        data_engineer: 3,
        mlops: 2,
        backend: 4,
        ai_pm: 2,
        eval_specialist: 1,
        frontend_design: 2,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: {
      stall: ['no_security_seat'],
      textIncludes: ['dedicated security and governance function'],
      textExcludes: [/needs at least 2/i],
    },
  },
  {
    name: 'review 4: a production team whose product layer is all contractors',
    why: 'The lead AI engineer comes in-house; Gartner backs upskilling, not converting contractors, so it is not cited beside conversions.',
    profile: {
      stage: 'production',
      urgency: 'weeks',
      roles: {
        ai_engineer: [0, 3],
        frontend_design: [0, 2],
        backend: [0, 2],
        ai_pm: 1,
        data_engineer: 1,
        mlops: 1,
        security: 1,
      },
      practices: ['eval_set', 'monitoring', 'governed_data'],
    },
    expect: { suggest: [{ role: 'ai_engineer', action: 'convert' }], textExcludes: ['(Gartner, 2026)'] },
  },
  {
    name: 'review 4: a pilot going live within weeks',
    why: 'The production band is a guide in readiness, not a pass mark.',
    profile: {
      stage: 'pilot',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: 2, backend: 1, ai_pm: 1, frontend_design: 1 },
      practices: ['eval_set'],
    },
    expect: {
      stall: ['mlops_missing', 'no_security_seat', 'no_eval_owner'],
      textExcludes: [/\(\d+ now, below it\)/],
    },
  },
  {
    name: 'review 4: a custom-model pilot with an ML engineer, an AI engineer, a data engineer and a PM',
    why: 'Staffed the way a custom-model pilot calls for.',
    profile: {
      stage: 'pilot',
      builds: 'custom_models',
      roles: { ml_engineer: 1, data_engineer: 1, ai_pm: 1, ai_engineer: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: { noStallPoints: true, textExcludes: ['(a16z, 2023)'] },
  },
  {
    name: 'review 4: a production team of two, building on both, within weeks',
    why: 'The ML engineer is needed for its custom models; a data scientist stays "as needed" in production and is not added.',
    profile: {
      stage: 'production',
      builds: 'both',
      urgency: 'weeks',
      roles: { ai_engineer: 1, backend: 1 },
      practices: [],
    },
    expect: {
      statuses: { ml_engineer: 'gap', data_scientist: 'optional' },
      noSuggest: ['data_scientist'],
      textExcludes: ['typical of a pilot'],
    },
  },
  {
    name: 'review 4: an app team bolting AI onto its product',
    why: 'An AI engineer first; a review done with no security seat says only that, with nothing invented about its findings.',
    profile: {
      stage: 'production',
      urgency: 'no_rush',
      roles: { backend: 4, frontend_design: 3 },
      practices: ['security_review'],
    },
    expect: {
      firstStall: 'no_ai_engineer',
      textExcludes: ['nobody owns what it found'],
    },
  },
  {
    name: 'review 4: a scale team held mostly by contractors',
    why: 'Scale is the last stage: the answer ends with its grid.',
    profile: {
      stage: 'scale',
      builds: 'custom_models',
      headingToNext: true,
      roles: {
        ml_engineer: [0, 4],
        data_scientist: [0, 3],
        mlops: [0, 2],
        data_engineer: [0, 2],
        eval_specialist: [0, 1],
        ai_engineer: 2,
        ai_pm: 1,
        security: 1,
        backend: 2,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      suggest: [{ role: 'ml_engineer', action: 'convert' }],
      textExcludes: ["playbook's last stage"],
    },
  },
  {
    name: 'review 4: a production team heading to scale with no data engineer',
    why: 'The critical data engineer gap leads the lead line; McKinsey (the pilot-to-production gap) is not cited for a team already in production.',
    profile: {
      stage: 'production',
      builds: 'custom_models',
      headingToNext: true,
      roles: { ml_engineer: 2, data_scientist: 3, ai_engineer: 1, ai_pm: 1, mlops: 1, backend: 1 },
      practices: ['eval_set', 'eval_owner', 'monitoring'],
    },
    expect: {
      firstStall: 'data_scientists_without_data_engineering',
      textIncludes: ['Still missing for the move to scale: data engineer'],
      textExcludes: ['(McKinsey, 2025)'],
    },
  },
  {
    name: 'review 4: a pilot of researchers heading to production within weeks',
    why: 'An AI engineer first; the data engineer it adds is for production, not for the data scientist the pilot has no seat for.',
    profile: {
      stage: 'pilot',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ml_engineer: 3, data_scientist: 1 },
      practices: [],
    },
    expect: {
      firstStall: 'no_ai_engineer',
      suggest: [{ role: 'ai_engineer', action: 'augment' }],
      textIncludes: ["The data engineer below is needed anyway, for production's own pipelines"],
    },
  },
  {
    name: 'review 4: a 22-person production team with every practice',
    why: 'Every seat is core at production and none past the rule of thumb: nobody to share or trim, so no size stall point; its habits say it looks like scale.',
    profile: {
      stage: 'production',
      urgency: 'no_rush',
      roles: {
        ai_engineer: 4,
        mlops: 4,
        security: 3,
        eval_specialist: 2,
        backend: 3,
        ai_pm: 2,
        data_engineer: 2,
        frontend_design: 2,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      noStall: ['headcount_outside_band'],
      textIncludes: ['looks more like a scale team'],
      textExcludes: [/sharing \d+ of the \d+ backend engineers/],
    },
  },
  // Blind review, round 5: the reviewer's own teams.
  {
    name: 'review 5: Claims triage pilot (14 people)',
    why: 'An oversized pilot: the answer asks whether it already serves users.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 3,
        backend: 3,
        ai_pm: 2,
        data_engineer: 2,
        frontend_design: 2,
        data_scientist: 2,
      },
      practices: ['eval_set'],
    },
    expect: { textIncludes: ['If the team already serves users'] },
  },
  {
    name: 'review 5: Fraud scoring (own models only)',
    why: 'A team that only trains its own models is led by its ML engineers: no AI engineer is demanded, and eval can fold into an ML engineer.',
    profile: {
      stage: 'production',
      builds: 'custom_models',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ml_engineer: 4, data_engineer: 2, mlops: 1, data_scientist: 2, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: {
      noStall: ['no_ai_engineer'],
      noSuggest: ['ai_engineer'],
      textExcludes: ['turning it into a product'],
    },
  },
  {
    name: 'review 5: Marketing analytics (data scientists only)',
    why: 'Data scientists only: the ML engineer the custom models need is filled first.',
    profile: {
      stage: 'pilot',
      builds: 'custom_models',
      urgency: 'no_rush',
      headingToNext: false,
      roles: { data_scientist: 4 },
      practices: [],
    },
    // The same team as review 4's custom-model pilot of four data scientists, there with no urgency given.
    expect: {
      suggest: [{ role: 'ml_engineer', action: 'hire' }],
      noStall: ['no_ai_engineer'],
      textExcludes: ['(a16z, 2023)', 'AI engineer: hire 1 full-time', 'Frontend / design: augment'],
    },
  },
  {
    name: 'review 5: Retail bank AI platform (one security person)',
    why: 'One security person at scale holds a function with no size in the playbook; the grid says a dedicated function is asked for.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: {
        ai_engineer: 6,
        backend: 4,
        ai_pm: 3,
        data_engineer: 4,
        mlops: 3,
        eval_specialist: 2,
        ml_engineer: 3,
        data_scientist: 2,
        frontend_design: 3,
        security: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { noStall: ['no_security_seat'], textIncludes: ['dedicated function'] },
  },
  {
    name: 'review 5: Site search at scale (no governance)',
    why: 'A scale team on hosted models: data scientists come in at scale for proprietary models, so none is asked for; the governance function is named.',
    profile: {
      stage: 'scale',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 5,
        backend: 4,
        ai_pm: 2,
        data_engineer: 2,
        mlops: 2,
        eval_specialist: 1,
        frontend_design: 2,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: {
      noSuggest: ['data_scientist', 'ml_engineer'],
      stall: ['no_security_seat'],
      textIncludes: ['dedicated security and governance function'],
    },
  },
  {
    name: 'review 5: Support copilot (no eval owner)',
    why: 'A production team with no named eval owner.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ai_engineer: 2, backend: 2, ai_pm: 1, data_engineer: 1, mlops: 1, frontend_design: 1 },
      practices: ['eval_set', 'monitoring', 'governed_data'],
    },
    expect: { stall: ['no_eval_owner'] },
  },
  {
    name: 'review 5: Partner portal assistant (all contractors)',
    why: 'All contractors: the anchor seats come in-house.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ai_engineer: [0, 2], backend: [0, 2], ai_pm: [0, 1], mlops: [0, 1], data_engineer: [0, 1] },
      practices: ['eval_set', 'monitoring'],
    },
    expect: {
      suggest: [
        { role: 'ai_engineer', action: 'convert' },
        { role: 'ai_pm', action: 'convert' },
      ],
    },
  },
  {
    name: 'review 5: Contract review idea (nobody yet)',
    why: 'Nobody in-house: an AI engineer leads the pilot.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: false,
      roles: {},
      practices: [],
    },
    expect: { firstSuggest: 'ai_engineer' },
  },
  {
    name: 'review 5: Sales email drafting (researchers on an API product)',
    why: 'Researchers on an API product: an AI engineer, and no model trainer moved onto the product layer.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ml_engineer: 3, data_scientist: 1, ai_pm: 1 },
      practices: ['eval_set'],
    },
    expect: {
      stall: ['no_ai_engineer'],
      noStall: ['researchers_not_shippers'],
      textExcludes: [/upskill one of the ML engineers/i],
    },
  },
  {
    name: 'review 5: HR policy bot (to production in weeks)',
    why: 'A pilot rushing to production: MLOps, data and security now.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: 2, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      suggest: [
        { role: 'mlops', timing: 'now' },
        { role: 'security', timing: 'now' },
      ],
    },
  },
  {
    name: 'review 5: Invoice extraction (production, two people)',
    why: 'A production team of two looks like a pilot; no readiness line for a stage it has not reached.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ai_engineer: 1, backend: 1 },
      practices: ['monitoring'],
    },
    expect: { textExcludes: ['Toward Scale'] },
  },
  {
    name: 'review 5: Underwriting assistant (product layer contracted)',
    why: 'A contracted backend and design layer at production heading to scale: those seats convert before scale; other scale seats are augmented, then made permanent, leaving full-time hires to the anchors.',
    profile: {
      stage: 'production',
      builds: 'both',
      urgency: 'this_quarter',
      headingToNext: true,
      roles: {
        ai_engineer: 2,
        ml_engineer: 1,
        mlops: 1,
        data_engineer: 1,
        ai_pm: 1,
        security: 1,
        backend: [0, 2],
        frontend_design: [0, 2],
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      suggest: [
        { role: 'backend', action: 'convert' },
        { role: 'data_scientist', action: 'augment' },
      ],
    },
  },
  {
    name: 'review 5: Knowledge assistant (16 in production)',
    why: 'An over-staffed production team: the suggestions count the team before the room it makes.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 4,
        backend: 3,
        ai_pm: 2,
        data_engineer: 1,
        mlops: 1,
        eval_specialist: 1,
        data_scientist: 4,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring'],
    },
    expect: { textExcludes: ['further past its band'] },
  },
  {
    name: 'review 5: Logistics forecasting and copilots (healthy scale)',
    why: 'A healthy scale team on both: nothing to correct.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 5,
        backend: 3,
        ai_pm: 2,
        data_engineer: 3,
        mlops: [2, 1],
        eval_specialist: 1,
        ml_engineer: 3,
        data_scientist: 2,
        frontend_design: 2,
        security: 2,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { noStallPoints: true },
  },
  {
    name: 'review 5: Mobile app team adding AI chat (no AI seat)',
    why: 'An app team bolting AI on: an AI engineer first.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: false,
      roles: { backend: 4, frontend_design: 3, data_engineer: 1 },
      practices: ['monitoring'],
    },
    expect: { firstStall: 'no_ai_engineer' },
  },
  // Blind review, round 6: the reviewer's own teams.
  {
    name: 'review 6: Insurance claims triage "pilot" (14 people)',
    why: 'An oversized pilot: asked whether it already serves users.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 3,
        backend: 3,
        ai_pm: 2,
        frontend_design: 2,
        data_engineer: 2,
        data_scientist: 2,
      },
      practices: ['eval_set'],
    },
    expect: { textIncludes: ['If the team already serves users'] },
  },
  {
    name: 'review 6: Retail support chatbot, fully agency-built',
    why: 'Agency-built, heading to production in weeks: the anchors come in-house before the move.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: [0, 2], backend: [0, 1], ai_pm: [0, 1] },
      practices: [],
    },
    expect: { suggest: [{ role: 'ai_engineer', action: 'convert' }] },
  },
  {
    name: 'review 6: Bank-wide AI platform org (one security person)',
    why: 'One security person at scale holds a function with no size; the grid says a dedicated function is asked for.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: {
        ai_engineer: 6,
        ml_engineer: 4,
        backend: 4,
        ai_pm: 2,
        data_engineer: 3,
        mlops: 2,
        eval_specialist: 1,
        data_scientist: 2,
        frontend_design: 2,
        security: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: { noStall: ['no_security_seat'], textIncludes: ['dedicated function'] },
  },
  {
    name: 'review 6: Legal drafting assistant staffed by research scientists',
    why: 'Researchers on an API product: an AI engineer first.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ml_engineer: 3, data_scientist: 1, ai_pm: 1 },
      practices: ['eval_set'],
    },
    expect: { stall: ['no_ai_engineer'] },
  },
  {
    name: 'review 6: Sales email copilot racing to production',
    why: 'Racing to production: MLOps and security now.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: 2, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: { suggest: [{ role: 'mlops', timing: 'now' }] },
  },
  {
    name: 'review 6: Factory defect vision models (trains its own, no LLMs)',
    why: 'A team that only trains its own models: no AI engineer demanded.',
    profile: {
      stage: 'production',
      builds: 'custom_models',
      urgency: 'no_rush',
      headingToNext: false,
      roles: { ml_engineer: 3, data_engineer: 2, mlops: 1, data_scientist: 1, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: { noStall: ['no_ai_engineer'], noSuggest: ['ai_engineer'] },
  },
  {
    name: 'review 6: HR policy Q&A bot in production, two people',
    why: 'A production team of two looks like a pilot.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ai_engineer: 1, backend: 1 },
      practices: ['eval_set'],
    },
    expect: { textIncludes: ['looks more like a pilot'] },
  },
  {
    name: 'review 6: Churn-prediction squad of data scientists only',
    why: 'Only data scientists on a custom model: one stays on the metric, the rest wait; the ML engineer comes first.',
    profile: {
      stage: 'pilot',
      builds: 'custom_models',
      urgency: 'no_rush',
      headingToNext: false,
      roles: { data_scientist: 4 },
      practices: [],
    },
    expect: { textIncludes: ['Keep one data scientist'], textExcludes: ['moving out 4 data scientists'] },
  },
  {
    name: 'review 6: Travel booking assistant, production, nobody owns eval',
    why: 'No eval owner, heading to scale: readiness counts the missing owner once.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: true,
      roles: {
        ai_engineer: 2,
        backend: 2,
        ai_pm: 1,
        data_engineer: 1,
        mlops: 1,
        frontend_design: 1,
        security: 1,
      },
      practices: ['monitoring', 'governed_data', 'security_review'],
    },
    expect: { stall: ['no_eval_owner'], textExcludes: ['no named owner;'] },
  },
  {
    name: 'review 6: Telco bill explainer, product layer all contractors',
    why: 'The product layer is contractors: the lead AI engineer comes in-house now, the other contracted seats before scale.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: false,
      roles: {
        ai_engineer: [0, 3],
        frontend_design: [0, 2],
        backend: [0, 2],
        ai_pm: 1,
        data_engineer: 1,
        mlops: 1,
        security: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      suggest: [
        { role: 'ai_engineer', action: 'convert' },
        { role: 'backend', action: 'convert', timing: 'before_next_stage' },
      ],
    },
  },
  {
    name: 'review 6: E-commerce search and recs at scale, no governance seat',
    why: 'Scale without governance: the dedicated function is named.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 5,
        ml_engineer: 5,
        backend: 4,
        ai_pm: 2,
        data_engineer: 3,
        mlops: 2,
        eval_specialist: 1,
        data_scientist: 3,
        frontend_design: 2,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: { stall: ['no_security_seat'], textIncludes: ['dedicated security and governance function'] },
  },
  {
    name: 'review 6: Clinic scheduling agent called "production" with 3 people',
    why: 'A three-person "production" team looks like a pilot.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: false,
      roles: { ai_engineer: 1, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: { textIncludes: ['looks more like a pilot'] },
  },
  {
    name: 'review 6: Media summarization service, over-staffed production (20)',
    why: 'An over-staffed production team whose habits say scale is not called staffed for production.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 5,
        backend: 4,
        ai_pm: 2,
        data_engineer: 2,
        mlops: 2,
        eval_specialist: 1,
        frontend_design: 2,
        security: 1,
        data_scientist: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { textExcludes: ['Staffed the way the production stage calls for'] },
  },
  {
    name: 'review 6: Logistics ETA + LLM dispatcher heading to scale, mixed staffing',
    why: 'Mixed staffing heading to scale.',
    profile: {
      stage: 'production',
      builds: 'both',
      urgency: 'this_quarter',
      headingToNext: true,
      roles: {
        ai_engineer: [2, 1],
        ml_engineer: [1, 1],
        backend: 2,
        ai_pm: 1,
        data_engineer: [0, 1],
        mlops: [0, 1],
        frontend_design: 1,
      },
      practices: ['eval_set', 'monitoring'],
    },
    expect: {},
  },
  // Blind review, round 7: the reviewer's own teams (those an existing fixture already covers left out).
  {
    name: 'review 7: Claims triage "pilot" (14 people)',
    why: 'An oversized pilot: asked whether it already serves users.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 4,
        backend: 3,
        ai_pm: 2,
        data_engineer: 2,
        frontend_design: 2,
        data_scientist: 1,
      },
      practices: ['eval_set'],
    },
    expect: { textIncludes: ['If the team already serves users'] },
  },
  {
    name: 'review 7: Support bot, fully agency-staffed',
    why: 'Fully agency-staffed: the anchors come in-house.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: {
        ai_engineer: [0, 2],
        backend: [0, 2],
        mlops: [0, 1],
        data_engineer: [0, 1],
        frontend_design: [0, 1],
      },
      practices: ['eval_set', 'monitoring'],
    },
    expect: { suggest: [{ role: 'ai_engineer', action: 'convert' }] },
  },
  {
    name: 'review 7: New AI initiative, nobody staffed yet',
    why: 'Nobody yet, needed within weeks: an AI engineer first.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: false,
      roles: {},
      practices: [],
    },
    expect: { firstSuggest: 'ai_engineer' },
  },
  {
    name: 'review 7: Sales email copilot, launch in weeks',
    why: 'Launch in weeks: MLOps now.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: 2, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: { suggest: [{ role: 'mlops', timing: 'now' }] },
  },
  {
    name: 'review 7: Defect detection, own vision models only',
    why: 'Own vision models only: no AI engineer asked for, and no data engineer upskilled into design.',
    profile: {
      stage: 'production',
      builds: 'custom_models',
      urgency: 'no_rush',
      headingToNext: false,
      roles: { ml_engineer: 3, data_engineer: 2, mlops: 1, data_scientist: 1, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: { noStall: ['no_ai_engineer'], textExcludes: [/upskill one of the data engineers/i] },
  },
  {
    name: 'review 7: Invoice extraction in production, two people',
    why: 'A production team of two looks like a pilot.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ai_engineer: 1, backend: 1 },
      practices: ['eval_set'],
    },
    expect: { textIncludes: ['looks more like a pilot'] },
  },
  {
    name: 'review 7: Churn model team, data scientists only',
    why: 'Only data scientists on a custom model: one stays on the metric.',
    profile: {
      stage: 'pilot',
      builds: 'custom_models',
      urgency: 'no_rush',
      headingToNext: false,
      roles: { data_scientist: 4 },
      practices: [],
    },
    expect: { textIncludes: ['Keep one data scientist'] },
  },
  {
    name: 'review 7: Search assistant, no eval owner',
    why: 'Production with no eval owner.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: {
        ai_engineer: 3,
        backend: 2,
        ai_pm: 1,
        data_engineer: 1,
        mlops: 1,
        frontend_design: 1,
        security: 1,
      },
      practices: ['eval_set', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { stall: ['no_eval_owner'] },
  },
  {
    name: 'review 7: Travel planner, contractor product layer',
    why: 'A contracted product layer: the lead AI engineer comes in-house.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: [0, 3],
        backend: [0, 2],
        frontend_design: [0, 2],
        ai_pm: 1,
        mlops: 1,
        data_engineer: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring'],
    },
    expect: { suggest: [{ role: 'ai_engineer', action: 'convert' }] },
  },
  {
    name: 'review 7: Retail personalization org, fully staffed',
    why: 'A well-staffed scale org.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 8,
        backend: 6,
        ai_pm: 3,
        data_engineer: 5,
        mlops: 3,
        eval_specialist: 2,
        ml_engineer: 5,
        data_scientist: 3,
        frontend_design: 4,
        security: 3,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { textExcludes: ['Toward'] },
  },
  {
    name: 'review 7: Underwriting assistant heading to scale',
    why: 'Heading to scale.',
    profile: {
      stage: 'production',
      builds: 'both',
      urgency: 'this_quarter',
      headingToNext: true,
      roles: {
        ai_engineer: 3,
        backend: 2,
        ai_pm: 1,
        data_engineer: 1,
        mlops: [1, 1],
        ml_engineer: [0, 1],
        frontend_design: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: { textIncludes: ['Ready for Scale?'] },
  },
  {
    name: 'review 7: Marketing copy pilot with early security and DS',
    why: 'A pilot with seats that wait: whom to upskill reads plainly.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ai_engineer: [0, 1], ai_pm: 1, data_scientist: 2, security: 1, mlops: 1 },
      practices: ['security_review'],
    },
    expect: { textExcludes: [', ahead of the pilot stage into'] },
  },
  {
    name: 'review 8: Fraud model pilot (own models, ML engineers, data engineer, PM)',
    why: 'A custom-model pilot led by its ML engineers: the AI engineer and design are optional for it, said as such rather than as the grid\'s "As needed".',
    profile: {
      stage: 'pilot',
      builds: 'custom_models',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ml_engineer: 2, data_engineer: 1, ai_pm: 1 },
      practices: ['eval_set'],
    },
    expect: {
      noStall: ['no_ai_engineer'],
      noSuggest: ['ai_engineer', 'frontend_design'],
      textIncludes: [
        'Optional for a team that only trains its own models: AI engineer',
        // It has a set: the reason speaks of the missing owner only (review 11).
        'Without an owner, nobody answers for whether a change helped.',
      ],
      textExcludes: ['As needed: AI engineer', 'Without a set and an owner'],
    },
  },
  {
    name: 'review 8: Defect vision pilot (own models, heading to production within weeks)',
    why: 'Production takes data scientists as needed on a custom-model team: the one here is filled ahead of the move, and the data engineer added now gives them pipelines; eval goes to the in-house ML engineer.',
    profile: {
      stage: 'pilot',
      builds: 'custom_models',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ml_engineer: [1, 1], data_scientist: 1, backend: 1 },
      practices: [],
    },
    expect: {
      statuses: { data_scientist: 'early' },
      suggest: [{ role: 'data_engineer', action: 'augment', timing: 'now' }],
      textIncludes: ['Name the in-house ML engineer as the owner of eval quality'],
      textExcludes: ['move that work to a team with data pipelines', 'Most teams stall'],
    },
  },
  {
    name: 'review 8: Support summariser (ML engineers and data scientists on hosted models)',
    why: 'Researchers where shippers are needed: one stall point names the missing AI engineer and moves the trainers out; making room names every trainer the product does not need.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { ml_engineer: 2, data_scientist: 2 },
      practices: ['eval_set'],
    },
    expect: {
      firstStall: 'no_ai_engineer',
      noStall: ['researchers_not_shippers'],
      textIncludes: [
        'Move the ML engineers to a team that trains its own models, unless a custom model is planned here',
        'moving out the seats the stall points above name brings it back to',
      ],
      textExcludes: ['hold the seats until'],
    },
  },
  {
    name: 'review 8: Claims triage (production, no AI engineer)',
    why: 'The AI engineer leads the seats to fill, without claiming the others wait for it.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: { backend: 3, ai_pm: 1, data_engineer: 1, mlops: 1, frontend_design: 1 },
      practices: ['monitoring', 'governed_data'],
    },
    expect: {
      firstStall: 'no_ai_engineer',
      firstSuggest: 'ai_engineer',
      textIncludes: ['Make an AI engineer the first of the seats below to fill'],
      textExcludes: ['before any other specialist'],
    },
  },
  {
    name: 'review 8: Sales copilot (production, mostly contractors, within weeks)',
    why: 'Contracted seats that become platforms at scale convert with the durable ones when the team heads there; the eval owner comes from the in-house AI engineer.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: false,
      roles: {
        ai_engineer: [1, 3],
        backend: [0, 2],
        ai_pm: 1,
        data_engineer: [0, 1],
        mlops: [0, 1],
        frontend_design: [0, 1],
      },
      practices: ['eval_set', 'monitoring'],
    },
    expect: {
      suggest: [
        { role: 'backend', action: 'convert', timing: 'before_next_stage' },
        { role: 'data_engineer', action: 'convert', timing: 'before_next_stage' },
        { role: 'mlops', action: 'convert', timing: 'before_next_stage' },
      ],
      textIncludes: [
        'Name the in-house AI engineer as the owner of eval quality',
        'when the team heads for Scale',
      ],
      textExcludes: ['before Scale'],
    },
  },
  {
    name: 'review 8: Internal knowledge bot (a 17-person pilot)',
    why: '"2 to 5 people, not 15": the first question is whether it is in production; its MLOps engineer is kept, and no per-seat number the playbook never gave is quoted.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 4,
        backend: 3,
        ai_pm: 2,
        data_engineer: 2,
        mlops: 1,
        data_scientist: 2,
        frontend_design: 2,
        eval_specialist: 1,
      },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      firstStall: 'headcount_outside_band',
      textIncludes: [
        'If the team already serves users, assess it as a production team; if not, ',
        'with other teams',
        'Keep it: this is the seat teams most often fill too late.',
      ],
      textExcludes: [
        // A per-seat limit is ours, not the playbook's: said as our rule of thumb, never as a bare figure.
        'more than half the top',
        'MLOps / LLMOps engineer (ahead of the pilot stage)',
        'no one seat above',
      ],
    },
  },
  {
    name: 'review 8: Banking assistants platform (scale, one security person)',
    why: 'Staffed for scale, with its one-person governance function named once in the lead.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: 5,
        backend: 4,
        ai_pm: 2,
        data_engineer: 3,
        mlops: 2,
        eval_specialist: 1,
        ml_engineer: 3,
        data_scientist: 2,
        frontend_design: 3,
        security: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      noStallPoints: true,
      textIncludes: ['though its security / governance function is one person'],
    },
  },
  {
    name: 'review 8: Recommendations org (scale, own models, no MLOps)',
    why: 'A missing platform at scale is bridged and its full-time lead searched for at once; a team on its own models reviews data access and model risk, not prompt injection.',
    profile: {
      stage: 'scale',
      builds: 'custom_models',
      urgency: 'this_quarter',
      headingToNext: false,
      roles: {
        ai_engineer: 2,
        backend: 3,
        ai_pm: 2,
        data_engineer: 3,
        ml_engineer: 4,
        data_scientist: 3,
        frontend_design: 2,
        security: 2,
        eval_specialist: 1,
      },
      practices: ['eval_set', 'eval_owner', 'governed_data'],
    },
    expect: {
      firstStall: 'mlops_missing',
      suggest: [{ role: 'mlops', action: 'augment', timing: 'now' }],
      textIncludes: [
        'Closes the gap now; search in parallel for a full-time lead.',
        'starting with data access and model risk',
      ],
      textExcludes: ['prompt injection'],
    },
  },
  {
    name: 'review 8: HR policy Q&A (a "scale" team of three)',
    why: 'Its size and habits say pilot: the answer asks it to assess itself as one before filling scale seats.',
    profile: {
      stage: 'scale',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: { ai_engineer: 1, backend: 1, ai_pm: 1 },
      practices: ['eval_set'],
    },
    expect: {
      // The question that tells a pilot from a later stage, and what to do either way (review 12).
      textIncludes: [
        'If the team serves no users yet and is not about to, assess it as a pilot team; otherwise fill these in this order.',
      ],
      textExcludes: ['still below the scale band', 'pilot team: It'],
    },
  },
  {
    name: 'review 8: Contract review launch (production, app engineers only, within weeks)',
    why: 'No AI engineer and most core seats empty: the AI engineer first, all augmented within weeks, with the full-time lead searched for.',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: false,
      roles: { frontend_design: 2, backend: 1 },
      practices: [],
    },
    expect: {
      firstStall: 'no_ai_engineer',
      firstSuggest: 'ai_engineer',
      suggest: [{ role: 'ai_engineer', action: 'augment', timing: 'now' }],
      textIncludes: ['search for a full-time AI engineer in parallel'],
      // Not a pilot: an app team with AI bolted on (round 10).
      textExcludes: ['before any other specialist', 'assess it as a pilot team', 'looks more like a pilot'],
    },
  },
  {
    name: 'review 8: Underwriting assistant (production on both, heading to scale)',
    why: 'A data engineer without governed pipelines is told so without facts the answers never gave.',
    profile: {
      stage: 'production',
      builds: 'both',
      urgency: 'this_quarter',
      headingToNext: true,
      roles: {
        ai_engineer: 2,
        backend: 2,
        ai_pm: 1,
        data_engineer: 1,
        mlops: 1,
        ml_engineer: 1,
        frontend_design: 1,
        security: [0, 1],
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'security_review'],
    },
    expect: {
      stall: ['no_governed_data'],
      textExcludes: ['no data access controls', 'checks that the data is clean'],
    },
  },
  {
    name: 'review 8: Two-person RAG spike',
    why: 'A tiny pilot within weeks: a product owner, augmented, with the full-time search alongside.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      headingToNext: false,
      roles: { ai_engineer: 1, backend: 1 },
      practices: [],
    },
    expect: {
      suggest: [{ role: 'ai_pm', action: 'augment', timing: 'now' }],
      textExcludes: ['build the evaluation set together'],
    },
  },
  {
    name: 'review 8: Onboarding agent (pilot heading to production)',
    why: "McKinsey's figures stand alone under its name; the stall claim is the answer's own.",
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'this_quarter',
      headingToNext: true,
      roles: { ai_engineer: 2, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      stall: ['mlops_missing'],
      textIncludes: ['About 88% of organizations use AI in at least one function'],
      textExcludes: ['Most teams stall between pilot and production value'],
    },
  },
  {
    name: 'review 8: Churn insights (production, own models, data scientists, no data engineer)',
    why: 'Data scientists with no data engineer at a stage that has a place for them: one critical stall point adds the data engineer with governed pipelines as its first job.',
    profile: {
      stage: 'production',
      builds: 'custom_models',
      urgency: 'no_rush',
      headingToNext: false,
      roles: { data_scientist: 3, ml_engineer: 1, ai_pm: 1, backend: 1, mlops: [0, 1] },
      practices: ['eval_owner'],
    },
    expect: {
      stall: ['data_scientists_without_data_engineering'],
      noStall: ['no_governed_data'],
      textIncludes: ["make governed pipelines the data engineer's first job"],
      textExcludes: ['its owner is named', 'As needed: AI engineer'],
    },
  },
  {
    name: 'review 9: Doc classifier pilot (own models, an in-house AI engineer, a contracted ML engineer)',
    why: "The AI engineer the team has carries eval; the contracted ML engineer converts for the model know-how, not for product judgment, which is the PM's and the AI engineer's.",
    profile: {
      stage: 'pilot',
      builds: 'custom_models',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: 1, ml_engineer: [0, 1], backend: 1 },
      practices: [],
    },
    expect: {
      textIncludes: [
        'Name the AI engineer as the owner of eval quality',
        'search for a full-time AI product manager in parallel',
      ],
      textExcludes: ['Name the ML engineer as the owner', 'and with it the product judgment'],
    },
  },
  {
    name: 'review 9: Two-person prototype (AI engineer and PM, no rush)',
    why: 'A pilot shares its backend seat: the suggestion says part-time will do rather than making it permanent.',
    profile: {
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: { ai_engineer: 1, ai_pm: 1 },
      practices: [],
    },
    expect: {
      suggest: [{ role: 'backend', action: 'augment', timing: 'now' }],
      textIncludes: ['A part-time contractor is enough at this stage.'],
      textExcludes: ['make it permanent later'],
    },
  },
  {
    name: 'review 10: Document AI platform (scale on hosted models, one ML engineer among seven AI engineers)',
    why: 'One model trainer among many AI engineers is not hiring researchers for shippers: the grid says the seat is not needed for this product, with no stall point.',
    profile: {
      stage: 'scale',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: false,
      roles: {
        ai_engineer: [5, 2],
        backend: 3,
        ai_pm: 2,
        data_engineer: 2,
        mlops: 2,
        eval_specialist: 1,
        ml_engineer: 1,
        data_scientist: 1,
        frontend_design: 2,
        security: 3,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { noStall: ['researchers_not_shippers'], statuses: { ml_engineer: 'premature' } },
  },
  {
    name: 'review 11: Docs assistant (production heading to scale, two designers)',
    why: 'Whom to upskill reads as English for every seat: "one of the frontend / design people".',
    profile: {
      stage: 'production',
      builds: 'foundation_apis',
      urgency: 'no_rush',
      headingToNext: true,
      roles: {
        ai_engineer: 3,
        backend: 2,
        ai_pm: 1,
        data_engineer: 2,
        mlops: 1,
        eval_specialist: [0, 1],
        frontend_design: 2,
        security: [0, 1],
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      textIncludes: ['one of the frontend / design people'],
      textExcludes: ['frontend / designs'],
    },
  },
  {
    name: 'review 12: Invoice Copilot (a "production" team of three)',
    why: 'Looks like a pilot: the answer gives the question that settles it and the order either way, and speaks of no next stage until that is settled.',
    profile: {
      stage: 'production',
      urgency: 'this_quarter',
      roles: { ai_engineer: 2, ai_pm: 1 },
      practices: ['eval_set'],
    },
    expect: {
      firstStall: 'mlops_missing',
      firstSuggest: 'mlops',
      textIncludes: [
        'If the team serves no users yet and is not about to, assess it as a pilot team; otherwise fill these in this order.',
      ],
      textExcludes: ['If it is really', 'Toward Scale'],
    },
  },
  {
    name: 'review 12: Moonshot Lab (a pilot of fourteen with researchers on hosted models)',
    why: 'The size stall point says by how much, and what is left once the wrong seats move out, not a shrug.',
    profile: {
      stage: 'pilot',
      urgency: 'no_rush',
      roles: {
        ai_engineer: 3,
        backend: 2,
        ai_pm: 2,
        data_scientist: 3,
        ml_engineer: 2,
        frontend_design: 1,
        security: 1,
      },
      practices: ['eval_set'],
    },
    expect: {
      firstStall: 'headcount_outside_band',
      textIncludes: ['9 people past the top of the band.', 'that still leaves 8, past the band'],
      textExcludes: ['More people than a pilot team usually has', 'even so the team stays past its band'],
    },
  },
  {
    name: 'review 12: Agency Sprint (an all-augmented pilot, within weeks)',
    why: 'Both anchors convert, each for its own reason: the same sentence is never said twice.',
    profile: {
      stage: 'pilot',
      urgency: 'weeks',
      roles: { ai_engineer: [0, 2], backend: [0, 1], ai_pm: [0, 1] },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      suggest: [
        { role: 'ai_engineer', action: 'convert' },
        { role: 'ai_pm', action: 'convert' },
      ],
      textIncludes: [
        'the call on which model to use stays in-house',
        'so the company decides which problems to solve',
      ],
      textExcludes: ['and with it the product judgment'],
    },
  },
  {
    name: 'review 12: Empty Shell (a "production" team of nobody, both kinds of model)',
    why: 'Nobody yet: a pilot whatever its label; the AI engineer first, cited with what the seat is, not a demand forecast; no readiness count toward scale.',
    profile: { stage: 'production', builds: 'both', urgency: 'this_quarter', roles: {}, practices: [] },
    expect: {
      firstStall: 'no_ai_engineer',
      firstSuggest: 'ai_engineer',
      textIncludes: [
        'Nobody on the team yet',
        'The team looks more like a pilot team. Nobody is on the team yet.',
        'assess it as a pilot team; otherwise fill these in this order',
        '"without ever training anything"',
      ],
      textExcludes: ['most sought-after', 'Toward Scale'],
    },
  },
  {
    name: 'review 12: Enterprise AI Platform (scale, one security person, no review)',
    why: 'One person holds the governance function, with advice on when to grow it; the review stall point names prompt injection once.',
    profile: {
      stage: 'scale',
      builds: 'both',
      urgency: 'no_rush',
      roles: {
        ai_engineer: 6,
        backend: 5,
        ai_pm: 3,
        data_engineer: 4,
        mlops: 3,
        eval_specialist: 2,
        ml_engineer: 4,
        data_scientist: 3,
        frontend_design: 4,
        security: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: {
      firstStall: 'no_security_review',
      textIncludes: ['add people when work starts waiting on them'],
      textExcludes: ['unreviewed they are unchecked', 'for now.', /prompt.injection[\s\S]*prompt.injection/i],
    },
  },
  {
    name: 'review 12: Research Chatbot (ML engineers and data scientists on hosted models)',
    why: 'The AI engineer first; the trainers move to a team that trains models; the size line is plain.',
    profile: {
      stage: 'pilot',
      urgency: 'this_quarter',
      roles: { ml_engineer: 3, data_scientist: 2, ai_pm: 1 },
      practices: [],
    },
    expect: {
      firstStall: 'no_ai_engineer',
      firstSuggest: 'ai_engineer',
      textExcludes: ['before it makes room', 'More people than a pilot team usually has'],
    },
  },
  {
    name: 'review 12: Rush to Prod (a pilot heading to production within weeks)',
    why: 'MLOps and security wait at a pilot but are filled the moment it heads on: the grid says so rather than "Wait ... gap".',
    profile: {
      stage: 'pilot',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: 2, backend: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      statuses: { mlops: 'gap', security: 'gap' },
      suggest: [{ role: 'mlops', action: 'augment', timing: 'now' }],
      textIncludes: ['fill now, for the move'],
    },
  },
  {
    name: 'review 12: Vision Trainer (production, trains its own models only)',
    why: 'Forwarded as is in review 12: the ML engineers lead, the AI engineer is optional, eval carried by a named ML engineer.',
    profile: {
      stage: 'production',
      builds: 'custom_models',
      urgency: 'no_rush',
      roles: { ml_engineer: 3, data_engineer: 1, mlops: 1, data_scientist: 1, ai_pm: 1 },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'],
    },
    expect: { statuses: { ai_engineer: 'optional' }, noStall: ['no_ai_engineer'] },
  },
  {
    name: 'review 12: Overstaffed Support Bot (five AI engineers and three PMs at a pilot)',
    why: 'The per-seat limit is ours and says so; the AI engineers past it are where room is made, last of all, never the seat.',
    profile: {
      stage: 'pilot',
      urgency: 'no_rush',
      roles: { ai_engineer: 5, ai_pm: 3, backend: 1 },
      practices: ['eval_set'],
    },
    expect: {
      statuses: { ai_engineer: 'over', ai_pm: 'covered' },
      textIncludes: [
        'past our rule of thumb for a pilot team: at most 3',
        'trim 2 of the 5 AI engineers (more than the stage needs)',
      ],
      textExcludes: ['Every seat here has pilot work', 'more than half the top'],
    },
  },
  {
    name: 'review 12: Eval Champions (a production team with every practice)',
    why: 'Forwarded as is in review 12: every seat held, nothing to fill.',
    profile: {
      stage: 'production',
      urgency: 'no_rush',
      roles: {
        ai_engineer: 3,
        backend: 2,
        ai_pm: 1,
        data_engineer: 1,
        mlops: 1,
        eval_specialist: 1,
        frontend_design: 1,
        security: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: { noStallPoints: true },
  },
  {
    name: 'review 12: No Evals Search (production with no eval practice)',
    why: 'Eval is core at production and has no owner: named, not carried; the governed-data fix does not repeat its why.',
    profile: {
      stage: 'production',
      urgency: 'this_quarter',
      roles: { ai_engineer: 2, backend: 2, ai_pm: 1, data_engineer: 1, mlops: 1, frontend_design: 1 },
      practices: ['monitoring'],
    },
    expect: {
      statuses: { eval_specialist: 'unowned' },
      textIncludes: ["The data engineer's next job: govern the pipelines, starting with access controls."],
      textExcludes: ['clean and timely data)', 'Make governing the pipelines'],
    },
  },
  {
    name: 'review 12: Hybrid Search (both kinds of model, heading to scale)',
    why: 'The eval seat becomes dedicated at scale: upskill the AI engineers who hold the work, not the ML engineers scale needs.',
    profile: {
      stage: 'production',
      builds: 'both',
      urgency: 'this_quarter',
      headingToNext: true,
      roles: { ai_engineer: 3, ml_engineer: 2, backend: 2, data_engineer: 1, mlops: [0, 1], ai_pm: 1 },
      practices: ['eval_set', 'eval_owner', 'monitoring'],
    },
    expect: {
      statuses: { eval_specialist: 'carried' },
      carriedBy: { eval_specialist: 'ai_engineer' },
      suggest: [{ role: 'eval_specialist', action: 'build' }],
      textIncludes: [
        'held by AI engineer, named owner',
        'Eval / prompt specialist: upskill one of the AI engineers',
      ],
      textExcludes: ['Eval / prompt specialist: upskill one of the ML engineers'],
    },
  },
  {
    name: 'review 12: Fraud Models (custom models, augmented MLOps, heading to scale within weeks)',
    why: 'A figure stands only beside a reason: the augment lines whose reason was said above carry none.',
    profile: {
      stage: 'production',
      builds: 'custom_models',
      urgency: 'weeks',
      headingToNext: true,
      roles: {
        ml_engineer: [2, 1],
        mlops: [0, 1],
        data_engineer: 2,
        data_scientist: 1,
        security: 1,
        ai_pm: 1,
      },
      practices: ['eval_set', 'monitoring', 'governed_data', 'security_review'],
    },
    expect: {
      suggest: [{ role: 'eval_specialist', action: 'augment' }],
      textExcludes: [/Eval \/ prompt specialist: augment 1, before Scale\.\n\s*Source/],
    },
  },
  {
    name: 'review 14: Doc search pilot (three PMs, two MLOps engineers, two eval specialists)',
    why: 'One MLOps engineer and one security person are kept, the others move out (review 15); backend work never goes to a product manager: a different trade.',
    profile: {
      stage: 'pilot',
      urgency: 'no_rush',
      roles: { ai_engineer: 1, ai_pm: 3, mlops: 2, eval_specialist: 2 },
      practices: ['eval_set', 'eval_owner'],
    },
    expect: {
      suggest: [{ role: 'backend', action: 'augment' }],
      textIncludes: [
        'Keep one: this is the seat teams most often fill too late.',
        '1 of the 2 MLOps / LLMOps engineers (ahead of the pilot stage)',
      ],
      textExcludes: ['upskill one of the AI product managers'],
    },
  },
  {
    name: 'review 14: Travel concierge (production heading to scale within weeks, no security seat)',
    why: 'Security starts with a contractor for speed, and the answer says to make it permanent before scale, where it is a dedicated function.',
    profile: {
      stage: 'production',
      urgency: 'weeks',
      headingToNext: true,
      roles: {
        ai_engineer: [3, 1],
        backend: 2,
        ai_pm: 1,
        data_engineer: [0, 1],
        mlops: [0, 1],
        frontend_design: 1,
      },
      practices: ['eval_set', 'eval_owner', 'monitoring'],
    },
    expect: {
      suggest: [{ role: 'security', action: 'augment', timing: 'now' }],
      textIncludes: ['filled fastest from outside; make it permanent before Scale'],
    },
  },
  {
    name: 'review 14: Agency-built support bot (an all-augmented pilot heading to production within weeks)',
    why: 'Not in production yet: nobody is lined up to run the models there, said as such.',
    profile: {
      stage: 'pilot',
      urgency: 'weeks',
      headingToNext: true,
      roles: { ai_engineer: [0, 2], backend: [0, 1], ai_pm: [0, 1] },
      practices: [],
    },
    expect: {
      stall: ['mlops_missing'],
      textIncludes: ['Nobody lined up to run the models in production'],
      textExcludes: ['Nobody runs the models in production'],
    },
  },
];
