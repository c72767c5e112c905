import { type CompanyPlan, countNoun, type PlanRole, type PlanTeam } from '../../advisor/index.js';
import { CELL_STYLES } from './cell-styles.js';
import { fitText, textWidth } from './text-width.js';
import { escapeXml, plainText } from './xml-text.js';

/**
 * Legibility on a phone: Slack shows an image about 360 px wide there, so the picture shrinks by its width
 * over 360. Text must still be 11 px after that, hence every font size is at least width × 11 / 360. With
 * ten roles the picture is 998 px wide, so the smallest text is 32 px (11.5 px on the phone). Column heads
 * are turned upright to keep the columns as narrow as their cells: at the same size, flat heads would double
 * the width and halve the text.
 */
export const PHONE_WIDTH = 360;
export const MIN_PHONE_TEXT = 11;
export const MIN_TEXT_RATIO = MIN_PHONE_TEXT / PHONE_WIDTH;

/** More rows than this make the image too long to scroll on a phone; the written plan lists every team. */
export const DEFAULT_MAX_TEAMS = 40;

const FONT = 'DejaVu Sans';
const PAD = 24;
const TEXT = 32;
const TITLE = 44;
const SYMBOL = 36;
const NAME_COLUMN = 330;
const PITCH = 62;
const CELL = 54;
const ROW = 92;
const LEGEND_ROW = 60;
const LEGEND_SWATCH = 48;
const INK = '#1A1A1A';
const MUTED = '#555555';
const RULE = '#CCCCCC';
const STRIPE = '#F6F6F6';
/** Past this many rows the column heads are repeated under the grid. */
const REPEAT_HEADS_AFTER = 12;

export interface PlanSvgOptions {
  /** Rows to draw at most; the footer counts the rest. Defaults to `DEFAULT_MAX_TEAMS`. */
  maxTeams?: number;
}

export interface PlanSvg {
  svg: string;
  width: number;
  height: number;
  /** How many of the plan's teams have a row: the first ones, most pressing first. */
  shownTeams: number;
}

/**
 * "Production → Scale" when the team said where it is heading; "· stale" when its answers are old. Headcount
 * against the band stays in the written plan: the name column has no room for it at a phone-legible size.
 */
export function stageLine(team: PlanTeam): string {
  const stage = team.headingTo ? `${team.stageName} → ${team.headingTo.name}` : team.stageName;
  return team.stale ? `${stage} · stale` : stage;
}

/** The name to draw or say for a team: `nameOf`'s, as one line of plain text, never empty. */
export function teamLabel(team: PlanTeam, nameOf: (team: PlanTeam) => string): string {
  return plainText(nameOf(team)) || 'Unnamed team';
}

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  attributes: { bold?: boolean; fill?: string; anchor?: 'middle' | 'end'; transform?: string } = {},
): string {
  const extra = [
    attributes.bold ? ' font-weight="bold"' : '',
    attributes.anchor ? ` text-anchor="${attributes.anchor}"` : '',
    attributes.transform ? ` transform="${attributes.transform}"` : '',
  ].join('');
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${attributes.fill ?? INK}"${extra}>${escapeXml(content)}</text>`;
}

function cell(x: number, y: number, state: keyof typeof CELL_STYLES, size: number): string {
  const style = CELL_STYLES[state];
  const stroke = style.stroke ? ` stroke="${style.stroke}" stroke-width="2"` : '';
  // The symbol's baseline sits about a third of its size below the centre, which centres the glyph's body.
  const baseline = Math.round(y + size / 2 + SYMBOL * 0.36);
  return [
    `<g class="cell" data-state="${state}">`,
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="8" fill="${style.fill}"${stroke}/>`,
    text(x + size / 2, baseline, style.symbol, SYMBOL, {
      fill: style.ink,
      anchor: 'middle',
      bold: true,
    }),
    '</g>',
  ].join('');
}

/** The role abbreviations turned upright, one over each column, reading upwards from `y` or down to it. */
function roleHeads(roles: readonly PlanRole[], left: number, y: number, side: 'above' | 'below'): string {
  const heads = roles.map((role, index) => {
    // Shifted by a third of the text size so the rotated line's middle, not its baseline, sits on the column.
    const x = Math.round(left + index * PITCH + PITCH / 2 + TEXT * 0.36);
    return text(x, y, role.abbreviation, TEXT, {
      transform: `rotate(-90 ${x} ${y})`,
      ...(side === 'below' ? { anchor: 'end' as const } : {}),
    });
  });
  return `<g class="role-heads">${heads.join('')}</g>`;
}

/**
 * The plan's picture as SVG: teams down, roles across, each seat a coloured cell with a symbol, under a title
 * and a legend. Pure and deterministic: the same plan and names give the same bytes.
 */
export function planSvg(
  plan: CompanyPlan,
  nameOf: (team: PlanTeam) => string,
  options: PlanSvgOptions = {},
): PlanSvg {
  const maxTeams = Math.max(0, Math.floor(options.maxTeams ?? DEFAULT_MAX_TEAMS));
  const teams = plan.teams.slice(0, maxTeams);
  const hidden = plan.teams.length - teams.length;
  const width = 2 * PAD + NAME_COLUMN + plan.roles.length * PITCH;
  const parts: string[] = [];

  parts.push(text(PAD, PAD + 40, 'Teams by roles', TITLE, { bold: true }));
  const subtitle =
    plan.teams.length === 0
      ? `No teams yet · as of ${plan.asOf.slice(0, 10)}`
      : `${countNoun(plan.teams.length, 'team')}, most pressing first · as of ${plan.asOf.slice(0, 10)}`;
  parts.push(text(PAD, PAD + 86, subtitle, TEXT, { fill: MUTED }));

  // The legend, two states a row, so each label has room at the picture's one text size.
  const legendTop = PAD + 110;
  const legendColumn = (width - 2 * PAD) / 2;
  const states = Object.keys(CELL_STYLES) as (keyof typeof CELL_STYLES)[];
  states.forEach((state, index) => {
    const x = PAD + (index % 2) * legendColumn;
    const y = legendTop + Math.floor(index / 2) * LEGEND_ROW;
    parts.push(cell(x, y, state, LEGEND_SWATCH));
    parts.push(text(x + LEGEND_SWATCH + 14, y + 35, CELL_STYLES[state].label, TEXT));
  });

  // Column heads read upwards from just above the grid; the tallest sets the head row's height.
  const headTop = legendTop + 2 * LEGEND_ROW + 16;
  const headHeight =
    Math.ceil(Math.max(...plan.roles.map((role) => textWidth(role.abbreviation, TEXT)), 0)) + 20;
  const gridTop = headTop + headHeight;
  const gridLeft = PAD + NAME_COLUMN;
  parts.push(text(PAD, gridTop - 14, 'Team, stage', TEXT, { bold: true }));
  parts.push(roleHeads(plan.roles, gridLeft, gridTop - 12, 'above'));
  parts.push(`<rect x="${PAD}" y="${gridTop - 2}" width="${width - 2 * PAD}" height="2" fill="${RULE}"/>`);

  teams.forEach((team, row) => {
    const top = gridTop + row * ROW;
    const line: string[] = [`<g class="team-row">`];
    // Every other row is shaded so the eye can follow a team across ten columns.
    if (row % 2 === 1)
      line.push(`<rect x="0" y="${top}" width="${width}" height="${ROW}" fill="${STRIPE}"/>`);
    const nameWidth = NAME_COLUMN - 16;
    line.push(
      text(PAD, top + 40, fitText(teamLabel(team, nameOf), nameWidth, TEXT, true), TEXT, { bold: true }),
    );
    line.push(
      text(PAD, top + 78, fitText(plainText(stageLine(team)), nameWidth, TEXT), TEXT, { fill: MUTED }),
    );
    team.cells.forEach((state, index) => {
      line.push(cell(gridLeft + index * PITCH + (PITCH - CELL) / 2, top + (ROW - CELL) / 2, state, CELL));
    });
    line.push('</g>');
    parts.push(line.join(''));
  });

  let bottom = gridTop + teams.length * ROW;
  // On a phone a long grid scrolls its heads away, so it names the columns again underneath.
  if (teams.length > REPEAT_HEADS_AFTER) {
    parts.push(`<rect x="${PAD}" y="${bottom}" width="${width - 2 * PAD}" height="2" fill="${RULE}"/>`);
    parts.push(roleHeads(plan.roles, gridLeft, bottom + 14, 'below'));
    bottom += headHeight;
  }
  if (teams.length === 0) {
    parts.push(text(PAD, bottom + 48, 'No teams to show.', TEXT, { fill: MUTED }));
    bottom += 64;
  }
  if (hidden > 0) {
    const more = `${countNoun(hidden, 'more team')} in the written plan`;
    parts.push(`<g class="footer">${text(PAD, bottom + 48, more, TEXT, { fill: MUTED })}</g>`);
    bottom += 64;
  }
  const height = bottom + PAD;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    // Opaque white, so the picture reads the same in Slack's dark theme.
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height, shownTeams: teams.length };
}
