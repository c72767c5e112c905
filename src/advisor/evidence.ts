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

export const FIGURE_IDS = [
  'valueGap',
  'skillsShortage',
  'peopleStrategy',
  'aiEngineerFirst',
  'engineersNotResearchers',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface Evidence {
  /** Which figure: an answer cites each at most once, beside the first claim it supports. */
  figure: FigureId;
  source: SourceId;
  claim: string;
}

/**
 * Each figure with the one kind of claim it supports: the value gap behind skipping production seats, AI as
 * the hardest skill to source behind augmenting AI seats, people strategy behind building and keeping talent
 * in-house, and the AI engineer as the first specialist seat.
 */
export const FIGURES: { readonly [id in FigureId]: Evidence } = {
  valueGap: {
    figure: 'valueGap',
    source: 'mckinsey',
    claim:
      'About 88% of organizations use AI in at least one function, yet only about 39% attribute any EBIT impact to it.',
  },
  skillsShortage: {
    figure: 'skillsShortage',
    source: 'idc',
    claim: '45% of IT leaders name AI as the hardest skill to source.',
  },
  peopleStrategy: {
    figure: 'peopleStrategy',
    source: 'gartner',
    claim:
      'By 2027, half of enterprises without a people-centric AI strategy are predicted to lose their top AI talent.',
  },
  aiEngineerFirst: {
    figure: 'aiEngineerFirst',
    source: 'a16z',
    claim:
      'The AI engineer, who ships products on pre-trained models, is a distinct role from the ML engineer who trains them.',
  },
  engineersNotResearchers: {
    figure: 'engineersNotResearchers',
    source: 'a16z',
    claim:
      'Shipping AI products takes engineers rather than researchers: an AI engineer can be effective without ever ' +
      'training a model.',
  },
};
