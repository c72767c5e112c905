/**
 * The published figures the advice leans on. Each claim is our paraphrase of a figure the playbook reports;
 * the source is named so a reader can check it.
 */

export const SOURCES = {
  a16z: {
    short: 'a16z, 2023',
    title: 'Shawn Wang (swyx), a16z / Latent Space, "The Rise of the AI Engineer" (2023)',
  },
  mckinsey: {
    short: 'McKinsey, 2025',
    title: 'McKinsey QuantumBlack, "The State of AI" (2025)',
  },
  idc: {
    short: 'IDC, 2024',
    title: 'IDC IT skills-gap research, as reported by CIO Dive (2024)',
  },
  gartner: {
    short: 'Gartner, 2026',
    title:
      'Gartner, "Gartner Predicts 50% of Enterprises Without a People-Centric AI Strategy Will Lose Top AI Talent by 2027" (2026)',
  },
} as const;

export type SourceId = keyof typeof SOURCES;

export interface Evidence {
  source: SourceId;
  claim: string;
}

export const FIGURES = {
  valueGap: {
    source: 'mckinsey',
    claim:
      'About 88% of organizations use AI in at least one function, yet only about 39% attribute any EBIT impact to it.',
  },
  skillsShortage: {
    source: 'idc',
    claim:
      'More than 90% of organizations were expected to hit a critical IT skills shortage by 2026, at an estimated ' +
      'cost of US$5.5 trillion, and 45% of IT leaders name AI as the hardest skill to source.',
  },
  peopleStrategy: {
    source: 'gartner',
    claim:
      'Only about 27% of executives have a comprehensive AI strategy, and by 2027 half of enterprises without a ' +
      'people-centric AI strategy are predicted to lose their top AI talent.',
  },
  engineersNotResearchers: {
    source: 'a16z',
    claim:
      'Shipping AI products takes engineers rather than researchers: an AI engineer can be effective without ever ' +
      'training a model.',
  },
} as const satisfies Record<string, Evidence>;
