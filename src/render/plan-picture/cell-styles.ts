import type { CellState } from '../../advisor/index.js';

export interface CellStyle {
  /** A symbol that tells the state without colour: the picture must read in greyscale and to colour-blind eyes. */
  symbol: string;
  fill: string;
  /** The symbol's colour, chosen for contrast with `fill`. */
  ink: string;
  /** An outline, for the pale cell that would otherwise vanish into a white row. */
  stroke: string | null;
  /** The legend's words for the state. */
  label: string;
}

/**
 * Colours from the Okabe–Ito palette, which stays distinct under the common colour-vision deficiencies; the
 * symbols carry the meaning on their own, so colour only speeds reading. All four glyphs are in DejaVu Sans
 * (the test renders each against the missing-glyph box).
 */
export const CELL_STYLES: Record<CellState, CellStyle> = {
  held: { symbol: '✓', fill: '#009E73', ink: '#FFFFFF', stroke: null, label: 'Held' },
  gap: { symbol: '✗', fill: '#D55E00', ink: '#FFFFFF', stroke: null, label: 'Gap: fill it' },
  not_needed_yet: {
    symbol: '·',
    fill: '#F2F2F2',
    ink: '#555555',
    stroke: '#B0B0B0',
    label: 'Not needed yet',
  },
  over: { symbol: '+', fill: '#0072B2', ink: '#FFFFFF', stroke: null, label: 'More than needed now' },
};
