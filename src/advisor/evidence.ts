import type { FigureId } from './playbook/ids.js';
import type { ClaimKind, Playbook } from './playbook/schema.js';

export { FIGURE_IDS, type FigureId } from './playbook/ids.js';

/**
 * A published figure cited beside one claim of the advice. The figure's words and what it may support live in
 * the playbook data (`figures`, `sources`); an answer carries what it needs to print the citation.
 */
export interface Evidence {
  /** Which figure: an answer cites each source at most once, beside the first claim it supports. */
  figure: FigureId;
  source: string;
  /** What the figure says, in our words. */
  claim: string;
  /** The source's own words, quoted after the claim; always one of the source's quotes in the playbook. */
  quote?: string;
  /** How the citation names the source: "McKinsey, 2025". */
  cite: string;
}

/**
 * The figure, cited beside a claim of the given kind, or nothing when the playbook does not declare that the
 * figure supports such a claim: a figure never stands beside a claim it does not support.
 */
export function cite(playbook: Playbook, figureId: FigureId, claim: ClaimKind): Evidence[] {
  const figure = playbook.figures[figureId];
  const source = playbook.sources[figure.source];
  if (!source || !figure.supports.includes(claim)) return [];
  return [
    {
      figure: figureId,
      source: figure.source,
      claim: figure.claim,
      ...(figure.quote === undefined ? {} : { quote: figure.quote }),
      cite: source.short,
    },
  ];
}
