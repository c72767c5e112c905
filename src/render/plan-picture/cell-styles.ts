import type { SeatState } from '../../advisor/index.js';

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
 * One mark per seat state, the states every part of the plan reads. Colours from the Okabe–Ito palette, which
 * stays distinct under the common colour-vision deficiencies; the symbols carry the meaning on their own, so
 * colour only speeds reading. Every glyph is in DejaVu Sans (the test renders each against the missing-glyph
 * box).
 */
export const CELL_STYLES: Record<SeatState, CellStyle> = {
  fill_now: { symbol: '!', fill: '#D55E00', ink: '#FFFFFF', stroke: null, label: 'To fill now' },
  fill_later: {
    symbol: '~',
    fill: '#FFFFFF',
    ink: '#D55E00',
    stroke: '#D55E00',
    label: 'To fill now, team in no rush',
  },
  on_hold: {
    symbol: '‖',
    fill: '#E0E0E0',
    ink: '#1A1A1A',
    stroke: '#555555',
    label: 'On hold: re-assess first',
  },
  before_move: {
    symbol: '→',
    fill: '#E69F00',
    ink: '#1A1A1A',
    stroke: null,
    label: 'To fill before the move',
  },
  to_convert: {
    symbol: '⌂',
    fill: '#FBE3D6',
    ink: '#1A1A1A',
    stroke: '#D55E00',
    label: 'Held by contractors, to convert',
  },
  owner_to_name: { symbol: '?', fill: '#F0E442', ink: '#1A1A1A', stroke: null, label: 'Owner to name' },
  from_shared: { symbol: '↔', fill: '#56B4E9', ink: '#1A1A1A', stroke: null, label: 'From a shared seat' },
  moved_in: {
    symbol: '←',
    fill: '#D6ECF8',
    ink: '#1A1A1A',
    stroke: '#0072B2',
    label: 'Moving in from another team',
  },
  carried: { symbol: '◐', fill: '#CC79A7', ink: '#FFFFFF', stroke: null, label: 'Carried by another seat' },
  with_new_seat: {
    symbol: '○',
    fill: '#F7E4EE',
    ink: '#CC79A7',
    stroke: '#CC79A7',
    label: 'Covered once a new seat is filled',
  },
  held: { symbol: '✓', fill: '#009E73', ink: '#FFFFFF', stroke: null, label: 'Held' },
  over: { symbol: '+', fill: '#0072B2', ink: '#FFFFFF', stroke: null, label: 'More than needed' },
  not_needed: {
    symbol: '·',
    fill: '#F2F2F2',
    ink: '#555555',
    stroke: '#B0B0B0',
    label: 'Not needed at this stage',
  },
};
