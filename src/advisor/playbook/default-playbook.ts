import type { PlaybookInput } from './schema.js';

/**
 * Our staffing playbook as data. The seat labels and headcount bands reproduce the role-by-stage table of
 * "AI engineering team structure" (see the README's sources); every description is our own wording.
 *
 * `minCount` is our reading of one label: "multiple" means more than one person. "Platform" and "Dedicated
 * function" give no size, so the advice gives none either; every other core seat needs one. Operators who
 * read them differently override it in PLAYBOOK_FILE.
 */
export const defaultPlaybook = {
  version: 1,
  title: 'AI engineering team structure: roles by stage',
  levels: {
    core: {
      label: 'Core',
      need: 'core',
      meaning: 'Needed at this stage: someone must hold this seat.',
    },
    core_multiple: {
      label: 'Core, multiple',
      need: 'core',
      minCount: 2,
      meaning: 'Needed at this stage, by more than one person.',
    },
    core_platform: {
      label: 'Core, platform',
      need: 'core',
      servesTeams: 'platform',
      meaning: 'Needed at this stage as a platform team that other teams build on.',
    },
    core_do_not_delay: {
      label: 'Core, do not delay',
      need: 'core',
      urgent: true,
      meaning: 'Needed before anything ships to production; this is the seat teams fill too late.',
    },
    add: {
      label: 'Add',
      need: 'core',
      meaning: 'Add this seat at this stage: the stage brings the risk it covers.',
    },
    dedicated: {
      label: 'Dedicated',
      need: 'core',
      dedicated: true,
      meaning: "Needed at this stage as someone's whole job, no longer a hat worn part-time.",
    },
    dedicated_function: {
      label: 'Dedicated function',
      need: 'core',
      dedicated: true,
      servesTeams: 'function',
      meaning: 'Needed at this stage as a standing function with its own people.',
    },
    shared: {
      label: 'Shared',
      need: 'shared',
      meaning: 'The work must be covered, but a person from another seat can cover it part-time.',
    },
    shared_with_ai_engineer: {
      label: 'Shared with AI eng',
      need: 'shared',
      sharedWith: 'ai_engineer',
      meaning: 'The AI engineer can carry this work at this stage.',
    },
    only_if_custom_model: {
      label: 'Only if custom model',
      need: 'conditional',
      condition: 'custom_model',
      meaning: 'Needed only when the team trains or fine-tunes its own model.',
    },
    as_needed: {
      label: 'As needed',
      need: 'as_needed',
      meaning: 'Bring someone in when specific work calls for it; an empty seat is fine.',
    },
    wait: {
      label: 'Wait',
      need: 'wait',
      meaning: 'Not needed yet at this stage.',
    },
  },
  stages: {
    pilot: {
      name: 'Pilot',
      headcount: { min: 2, max: 5 },
      goal: 'A working demo built on foundation-model APIs, led by an AI engineer, with a real evaluation set.',
    },
    production: {
      name: 'Production',
      headcount: { min: 6, max: 12 },
      goal: 'A product people rely on: lifecycle operations (MLOps or LLMOps), governed data and a security seat.',
      fillOnceHeading: ['mlops', 'data_engineer', 'security'],
    },
    scale: {
      name: 'Scale',
      headcount: { min: 12, max: 30, openEnded: true },
      goal: 'Specialised teams with platform and governance functions, and proprietary models where they pay off.',
    },
  },
  roles: {
    ai_engineer: {
      name: 'AI engineer (LLM apps)',
      shortName: 'AI engineer',
      owns:
        'Turns pre-trained models into product features through their APIs, and answers for how those features ' +
        'behave: evals, latency, cost, reliability and the experience around them. The job needs no model training.',
      sourcing: 'anchor_leader',
      seats: { pilot: 'core', production: 'core', scale: 'core_multiple' },
      aiSkill: true,
      productLayer: true,
    },
    backend: {
      name: 'Backend engineer',
      shortName: 'Backend engineer',
      owns: 'Builds what sits behind the AI features: orchestration, retrieval plumbing and tool calling.',
      sourcing: 'durable_core',
      seats: { pilot: 'shared', production: 'core', scale: 'core_multiple' },
      carriedBy: ['data_engineer'],
      productLayer: true,
    },
    ai_pm: {
      name: 'Product manager (AI)',
      shortName: 'AI product manager',
      owns:
        'Decides which problems are worth solving and how success is measured, keeps the roadmap, and settles ' +
        'the trade-offs a probabilistic system forces: where a human stays in the loop and how much error is acceptable.',
      sourcing: 'anchor_leader',
      seats: { pilot: 'core', production: 'core', scale: 'core_multiple' },
      productLayer: true,
    },
    data_engineer: {
      name: 'Data engineer',
      shortName: 'Data engineer',
      owns:
        'Builds and runs the pipelines, stores and integrations that hand models clean, governed and current ' +
        'data, so nobody else on the team ends up doing plumbing.',
      sourcing: 'specialist',
      seats: { pilot: 'shared', production: 'core', scale: 'core_platform' },
      carriedBy: ['backend'],
      neededBy: ['data_scientist'],
    },
    mlops: {
      name: 'MLOps or LLMOps engineer',
      shortName: 'MLOps / LLMOps engineer',
      owns:
        "Automates the model's life after the demo: CI/CD for models, versions of models and data, deployment, " +
        'monitoring, drift, evals in production and rollback. On LLM products, also prompt versions and token spend.',
      sourcing: 'specialist',
      seats: { pilot: 'wait', production: 'core_do_not_delay', scale: 'core_platform' },
      aiSkill: true,
      keptOnceHeld: 'Keep it: this is the seat teams most often fill too late.',
    },
    eval_specialist: {
      name: 'Eval or prompt specialist',
      shortName: 'Eval / prompt specialist',
      owns:
        'Writes and tunes prompts, curates the evaluation sets, red-teams outputs and keeps the quality gates ' +
        'that stop regressions. In a small team the AI engineer usually carries this.',
      sourcing: 'durable_core',
      seats: { pilot: 'shared_with_ai_engineer', production: 'core', scale: 'dedicated' },
      foldsInto: { role: 'ai_engineer', practice: 'eval_owner' },
      aiSkill: true,
    },
    ml_engineer: {
      name: 'ML engineer (train, fine-tune)',
      shortName: 'ML engineer',
      owns:
        'Trains, fine-tunes and selects models; writes the training and serving code and the evaluation harness, ' +
        'and hardens prototypes into dependable deployed models. Earns the seat once proprietary data and ' +
        'measurable lift matter.',
      sourcing: 'specialist',
      seats: { pilot: 'only_if_custom_model', production: 'as_needed', scale: 'core' },
      requiredWhen: 'custom_model',
      onlyFor: 'custom_model',
      aiSkill: true,
      trainsModels: true,
    },
    data_scientist: {
      name: 'Data scientist',
      shortName: 'Data scientist',
      owns: 'Runs experiments and offline analysis, and defines the metric a model has to move before anyone builds it.',
      sourcing: 'durable_core',
      // "As needed" at production even for custom models: the playbook brings data scientists in "for
      // proprietary models" at scale, and the ML engineer is the seat custom models need first.
      seats: { pilot: 'wait', production: 'as_needed', scale: 'core' },
      aiSkill: true,
      trainsModels: true,
    },
    frontend_design: {
      name: 'Frontend engineer and designer',
      shortName: 'Frontend / design',
      owns:
        'Builds streaming answers and feedback controls into the interface, and designs for uncertainty and for ' +
        'recovering when the model is wrong.',
      sourcing: 'durable_core',
      seats: { pilot: 'shared', production: 'core', scale: 'core' },
      carriedBy: ['ai_engineer', 'backend'],
      productLayer: true,
    },
    security: {
      name: 'Security, compliance, governance',
      shortName: 'Security / governance',
      owns:
        'Controls who can reach which data, defends against prompt injection, and manages model risk and audit ' +
        'readiness. Its weight grows quickly as a build heads to production.',
      sourcing: 'specialist',
      seats: { pilot: 'wait', production: 'add', scale: 'dedicated_function' },
      keptOnceHeld: 'Keep it: teams too often add this seat only after an incident.',
    },
  },
  practices: {
    eval_set: { name: 'An evaluation set', expectedFrom: 'pilot' },
    eval_owner: { name: 'A named owner of eval quality', expectedFrom: 'pilot' },
    monitoring: { name: 'Production monitoring, versioning and drift checks', expectedFrom: 'production' },
    governed_data: { name: 'Governed data pipelines', expectedFrom: 'production' },
    security_review: {
      name: 'A security review, including prompt-injection defence',
      expectedFrom: 'production',
    },
  },
  sources: {
    a16z: {
      short: 'a16z, 2023',
      title: 'Shawn Wang (swyx), a16z / Latent Space, The Rise of the AI Engineer (2023)',
      quotes: [
        'without ever training anything',
        'when it comes to shipping AI products, you want engineers, not researchers',
      ],
    },
    mckinsey: {
      short: 'McKinsey, 2025',
      title: 'McKinsey QuantumBlack, The State of AI (2025)',
    },
    idc: {
      short: 'IDC, 2024',
      title: 'IDC IT skills-gap research, reported by CIO Dive (2024)',
    },
    gartner: {
      short: 'Gartner, 2026',
      title:
        'Gartner, Gartner Predicts 50% of Enterprises Without a People-Centric AI Strategy Will Lose Top AI Talent by 2027 (2026)',
    },
  },
  figures: {
    valueGap: {
      source: 'mckinsey',
      claim:
        'About 88% of organizations use AI in at least one function, but only about 39% attribute any EBIT impact to it.',
      supports: ['production_seat'],
    },
    skillsShortage: {
      source: 'idc',
      claim: '45% of IT leaders name AI the hardest skill to source.',
      supports: ['augment_ai_seat'],
    },
    peopleStrategy: {
      source: 'gartner',
      claim:
        'Half of enterprises without a people-centric AI strategy are expected to lose top AI talent by 2027.',
      supports: ['keep_ai_talent'],
    },
    aiEngineerFirst: {
      source: 'a16z',
      claim:
        "The AI engineer, who builds products on pre-trained models, was named a distinct role in 2023 and predicted to be among the decade's most sought-after engineering jobs.",
      supports: ['ai_engineer_seat'],
    },
    aiEngineerWithoutTraining: {
      source: 'a16z',
      claim:
        'The AI engineer builds on pre-trained models, a seat apart from the ML engineer, and can be effective in it',
      quote: 'without ever training anything',
      supports: ['ai_engineer_seat'],
    },
    engineersNotResearchers: {
      source: 'a16z',
      claim: 'On who should build AI products, a16z is plain:',
      quote: 'when it comes to shipping AI products, you want engineers, not researchers',
      supports: ['ai_engineer_seat'],
    },
  },
  rulesOfThumb: {
    overStaffedShareOfBand: 0.5,
    newSharedSeatPeople: 2,
  },
} satisfies PlaybookInput;
