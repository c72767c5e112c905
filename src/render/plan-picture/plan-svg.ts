import { planHeadline, SEAT_STATE_WORDS, sharedSeatName } from '../../advisor/company-plan/plan-wording.js';
import {
  type CompanyPlan,
  countNoun,
  inSentence,
  type PlanRole,
  type PlanTeam,
  peopleByRows,
  SEAT_STATES,
  type SeatState,
  sharedSeatPeople,
} from '../../advisor/index.js';
import { CELL_STYLES } from './cell-styles.js';
import { scriptFamily } from './script-fonts.js';
import { fitText, textWidth, wrapText } from './text-width.js';
import { escapeXml, plainText } from './xml-text.js';

/**
 * A picture to paste into a slide: 1920 × 1080 (16:9) for up to 12 teams, taller for more. Text is at least
 * 20 px, a hundredth of the width: legible on a projected slide and in Slack on a desktop. On a phone the
 * alt text and the written plan carry it.
 */
export const WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
export const SLIDE_TEAMS = 12;
export const MIN_TEXT_RATIO = 1 / 100;

/** More rows than this make the image too long to scroll; the written plan lists every team. */
export const DEFAULT_MAX_TEAMS = 40;

const FONT = 'DejaVu Sans';
const PAD = 40;
const TITLE = 40;
const HEADLINE = 26;
const TEXT = 22;
const SMALL = 20;
const SYMBOL = 28;
const NAME_COLUMN = 400;
const STAGE_COLUMN = 190;
const PITCH = 60;
const CELL = 44;
const ROW = 56;
const LEGEND_ROW = 40;
const LEGEND_SWATCH = 30;
const PANEL_GAP = 48;
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

/** "Production → Scale" when the team said where it is heading; "· stale" when its answers are old. */
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
  const family = scriptFamily(content);
  const extra = [
    family ? ` font-family="${family}"` : '',
    attributes.bold ? ' font-weight="bold"' : '',
    attributes.anchor ? ` text-anchor="${attributes.anchor}"` : '',
    attributes.transform ? ` transform="${attributes.transform}"` : '',
  ].join('');
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${attributes.fill ?? INK}"${extra}>${escapeXml(content)}</text>`;
}

function cell(x: number, y: number, state: SeatState, size: number): string {
  const style = CELL_STYLES[state];
  const stroke = style.stroke ? ` stroke="${style.stroke}" stroke-width="2"` : '';
  const symbol = Math.max(SMALL, Math.round((SYMBOL * size) / CELL));
  // The symbol's baseline sits about a third of its size below the centre, which centres the glyph's body.
  const baseline = Math.round(y + size / 2 + symbol * 0.36);
  return [
    `<g class="cell" data-state="${state}">`,
    `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="6" fill="${style.fill}"${stroke}/>`,
    text(x + size / 2, baseline, style.symbol, symbol, { fill: style.ink, anchor: 'middle', bold: true }),
    '</g>',
  ].join('');
}

/** The role abbreviations turned upright, one over each column, reading upwards from `y` or down to it. */
function roleHeads(roles: readonly PlanRole[], left: number, y: number, side: 'above' | 'below'): string {
  const heads = roles.map((role, index) => {
    // Shifted by a third of the text size so the rotated line's middle, not its baseline, sits on the column.
    const x = Math.round(left + index * PITCH + PITCH / 2 + SMALL * 0.36);
    return text(x, y, role.abbreviation, SMALL, {
      transform: `rotate(-90 ${x} ${y})`,
      ...(side === 'below' ? { anchor: 'end' as const } : {}),
    });
  });
  return `<g class="role-heads">${heads.join('')}</g>`;
}

/**
 * Each team's name on at most two lines, never cut to the same text as another's: a name too long for two
 * lines keeps its start and its end ("Payments Assistant … EU"), and names that still collide get their rank.
 */
export function nameLines(
  teams: readonly PlanTeam[],
  nameOf: (team: PlanTeam) => string,
  width: number,
): string[][] {
  const lines = teams.map((team) => wrapText(teamLabel(team, nameOf), width, TEXT, true, 2));
  const seen = new Map<string, number>();
  for (const drawn of lines) seen.set(drawn.join(' '), (seen.get(drawn.join(' ')) ?? 0) + 1);
  return lines.map((drawn, index) => {
    if ((seen.get(drawn.join(' ')) ?? 0) < 2) return drawn;
    const last = drawn[drawn.length - 1] ?? '';
    const tag = ` #${teams[index]?.rank ?? index + 1}`;
    return [...drawn.slice(0, -1), `${fitText(last, width - textWidth(tag, TEXT, true), TEXT, true)}${tag}`];
  });
}

/**
 * The plan's picture as SVG: the headline on top; teams down and roles across, each seat a coloured cell with a
 * symbol for its state; beside the grid, the legend with each state's count (the text's counts) and the shared
 * platforms and functions with the teams they serve. Pure and deterministic: the same plan and names give the
 * same bytes.
 */
export function planSvg(
  plan: CompanyPlan,
  nameOf: (team: PlanTeam) => string,
  options: PlanSvgOptions = {},
): PlanSvg {
  const maxTeams = Math.max(0, Math.floor(options.maxTeams ?? DEFAULT_MAX_TEAMS));
  const teams = plan.teams.slice(0, maxTeams);
  const hidden = plan.teams.length - teams.length;
  const width = WIDTH;
  const byId = new Map(plan.teams.map((team) => [team.id, team]));
  const nameById = (id: string) => {
    const team = byId.get(id);
    return team ? teamLabel(team, nameOf) : id;
  };
  const parts: string[] = [];

  const title = `Hiring plan across ${countNoun(plan.teams.length, 'team')}`;
  parts.push(text(PAD, PAD + TITLE - 6, title, TITLE, { bold: true }));
  parts.push(
    text(width - PAD, PAD + TITLE - 6, `as of ${plan.asOf.slice(0, 10)}`, SMALL, {
      fill: MUTED,
      anchor: 'end',
    }),
  );
  const headline = wrapText(plainText(planHeadline(plan, nameById)), width - 2 * PAD, HEADLINE, false, 2);
  let y = PAD + TITLE + 16;
  for (const line of headline) {
    y += HEADLINE + 8;
    parts.push(`<g class="headline">${text(PAD, y, line, HEADLINE)}</g>`);
  }
  const top = y + 24;

  // Column heads read upwards from just above the grid; the tallest sets the head row's height.
  const headHeight =
    Math.ceil(Math.max(...plan.roles.map((role) => textWidth(role.abbreviation, SMALL)), 0)) + 20;
  const gridTop = top + headHeight;
  const gridLeft = PAD + NAME_COLUMN + STAGE_COLUMN;
  parts.push(text(PAD, gridTop - 14, 'Team', TEXT, { bold: true }));
  parts.push(text(PAD + NAME_COLUMN, gridTop - 14, 'Stage', TEXT, { bold: true }));
  parts.push(roleHeads(plan.roles, gridLeft, gridTop - 12, 'above'));
  const gridRight = gridLeft + plan.roles.length * PITCH;
  parts.push(`<rect x="${PAD}" y="${gridTop - 2}" width="${gridRight - PAD}" height="2" fill="${RULE}"/>`);

  const names = nameLines(teams, nameOf, NAME_COLUMN - 16);
  // On a slide, a few teams get taller rows, so the grid fills the page rather than its top third.
  const slide = plan.teams.length <= SLIDE_TEAMS;
  const rowHeight = slide
    ? Math.max(ROW, Math.min(96, Math.floor((SLIDE_HEIGHT - PAD - gridTop) / Math.max(teams.length, 1))))
    : ROW;
  const middle = rowHeight / 2;
  teams.forEach((team, row) => {
    const rowTop = gridTop + row * rowHeight;
    const line: string[] = [`<g class="team-row">`];
    // Every other row is shaded so the eye can follow a team across ten columns.
    if (row % 2 === 1) {
      line.push(
        `<rect x="${PAD - 8}" y="${rowTop}" width="${gridRight - PAD + 16}" height="${rowHeight}" fill="${STRIPE}"/>`,
      );
    }
    const drawn = names[row] ?? [];
    const nameTop = drawn.length === 1 ? rowTop + middle + 8 : rowTop + middle - 4;
    drawn.forEach((part, index) => {
      line.push(text(PAD, Math.round(nameTop + index * 24), part, TEXT, { bold: true }));
    });
    const stage = wrapText(plainText(stageLine(team)), STAGE_COLUMN - 12, SMALL, false, 2);
    const stageTop = stage.length === 1 ? rowTop + middle + 7 : rowTop + middle - 4;
    stage.forEach((part, index) => {
      line.push(text(PAD + NAME_COLUMN, Math.round(stageTop + index * 22), part, SMALL, { fill: MUTED }));
    });
    team.cells.forEach((state, index) => {
      line.push(
        cell(gridLeft + index * PITCH + (PITCH - CELL) / 2, rowTop + (rowHeight - CELL) / 2, state, CELL),
      );
    });
    line.push('</g>');
    parts.push(line.join(''));
  });

  let bottom = gridTop + teams.length * rowHeight;
  // A long grid scrolls its heads away, so it names the columns again underneath.
  if (teams.length > REPEAT_HEADS_AFTER) {
    parts.push(`<rect x="${PAD}" y="${bottom}" width="${gridRight - PAD}" height="2" fill="${RULE}"/>`);
    parts.push(roleHeads(plan.roles, gridLeft, bottom + 14, 'below'));
    bottom += headHeight;
  }
  if (teams.length === 0) {
    parts.push(text(PAD, bottom + 48, 'No teams to show.', TEXT, { fill: MUTED }));
    bottom += 64;
  }
  if (hidden > 0) {
    const more = `${countNoun(hidden, 'more team')} in the written plan`;
    parts.push(`<g class="footer">${text(PAD, bottom + 44, more, TEXT, { fill: MUTED })}</g>`);
    bottom += 64;
  }

  // Beside the grid: the legend (every state the grid shows, with its count), then the shared seats.
  const panelLeft = gridRight + PANEL_GAP;
  const panelWidth = width - PAD - panelLeft;
  const panelBottom = slide ? SLIDE_HEIGHT - PAD : Number.POSITIVE_INFINITY;
  let panelY = top;
  parts.push(text(panelLeft, panelY + 22, 'Seats (one per team and role)', TEXT, { bold: true }));
  panelY += 34;
  const counts = plan.totals.seatStates;
  const shownStates = SEAT_STATES.filter((candidate) => counts[candidate] > 0);
  // A long legend is packed tighter, so the shared seats below it still fit on the slide.
  const tight = shownStates.length > 8;
  const swatch = tight ? LEGEND_SWATCH - 4 : LEGEND_SWATCH;
  for (const state of shownStates) {
    const label = `${CELL_STYLES[state].label}: ${counts[state]}`;
    parts.push(
      `<g class="legend" data-state="${state}" data-count="${counts[state]}">${cell(panelLeft, panelY, state, swatch)}${text(panelLeft + swatch + 12, panelY + swatch / 2 + 8, label, SMALL)}</g>`,
    );
    panelY += tight ? LEGEND_ROW - 8 : LEGEND_ROW;
  }
  // The people, added up team by team and shared seat by shared seat (the teams CSV's rows): the text's totals.
  const people = peopleByRows(plan);
  const bridges = plan.shared.reduce(
    (sum, seat) => sum + (seat.bridge ? seat.bridge.people - seat.bridge.replacedByHires : 0),
    0,
  );
  const peopleLines = [
    [
      'new',
      `New people: ${people.hires + people.contractors} (${countNoun(people.hires, 'full-time hire')}, ${countNoun(people.contractors, 'contractor')})`,
      people.hires + people.contractors,
    ],
    ['upskilled', `Upskilled: ${people.upskilled}`, people.upskilled],
    [
      'conversions',
      `Contractors to convert: ${people.conversions}${bridges > 0 ? ` (${countNoun(bridges, 'shared-platform bridge')})` : ''}`,
      people.conversions,
    ],
  ] as const;
  panelY += 12;
  parts.push(text(panelLeft, panelY + 22, 'People', TEXT, { bold: true }));
  panelY += 8;
  for (const [kind, label, count] of peopleLines) {
    if (kind !== 'new' && count === 0) continue;
    panelY += 28;
    parts.push(
      `<g class="people" data-kind="${kind}" data-count="${count}" data-hires="${kind === 'new' ? people.hires : ''}" data-contractors="${kind === 'new' ? people.contractors : ''}">${text(panelLeft, panelY + 20, label, SMALL)}</g>`,
    );
  }
  panelY += 34;
  // Every seat the grid marks "from a shared seat" comes from one of these: the platforms and functions, then
  // the seats a pilot shares part-time with a sister pilot. People moving between teams are in the teams' lines.
  const shared = plan.shared.filter((seat) => seat.kind !== 'moved');
  if (shared.length > 0) {
    panelY += 20;
    parts.push(text(panelLeft, panelY + 22, 'Shared seats', TEXT, { bold: true }));
    panelY += 34;
    let shown = 0;
    for (const [index, seat] of shared.entries()) {
      const lender = seat.servedBy[0];
      const lentAs = lender && lender.role !== seat.role ? `’s ${inSentence(lender.shortName)}` : '';
      const from =
        seat.kind === 'part_time' && seat.mode === 'new'
          ? ', one new person part-time'
          : seat.kind === 'part_time'
            ? `, part-time from ${lender ? `${nameById(lender.teamId)}${lentAs}` : 'a sister pilot'}`
            : seat.runBy
              ? `, run by ${nameById(seat.runBy.teamId)}`
              : ', new';
      const name = seat.kind === 'part_time' ? seat.shortName : sharedSeatName(seat);
      const adds = sharedSeatPeople(seat);
      const joining =
        adds.contractors > 0
          ? `: +${countNoun(adds.contractors, 'contractor')}${adds.conversions > 0 ? ', to convert' : ''}`
          : adds.hires > 0
            ? `: +${countNoun(adds.hires, 'hire')}`
            : '';
      const head = `${name.replace(/^./, (c) => c.toUpperCase())}${from}${joining}`;
      const headLines = wrapText(head, panelWidth, SMALL, true, 2);
      const serveLines = servesLines(
        seat.lacking.map((team) => oneLine(nameById(team.teamId))),
        panelWidth,
      );
      const needed = (headLines.length + serveLines.length) * 26 + 14;
      // Room is kept for the lines that name the ones left out, unless this is the last one.
      const reserve = index < shared.length - 1 ? 3 * 26 : 0;
      if (panelY + needed > panelBottom - reserve) break;
      const block: string[] = ['<g class="shared">'];
      for (const line of headLines) {
        panelY += 26;
        block.push(text(panelLeft, panelY, line, SMALL, { bold: true }));
      }
      for (const line of serveLines) {
        panelY += 26;
        block.push(text(panelLeft, panelY, line, SMALL, { fill: MUTED }));
      }
      block.push('</g>');
      parts.push(block.join(''));
      panelY += 14;
      shown += 1;
    }
    if (shown < shared.length) {
      // Named, so a presenter can say which ones: "Also in the written plan: the security / governance
      // function (3 teams); a backend engineer part-time for Billing Code Suggestions".
      // Each with who runs it (said once for a run of seats the same team runs) and the people it adds.
      let lastRunner: string | null = null;
      const rest = shared.slice(shown).map((seat) => {
        if (seat.kind === 'part_time') {
          lastRunner = null;
          const pilots =
            seat.lacking.length === 1
              ? oneLine(nameById(seat.lacking[0]?.teamId ?? ''))
              : countNoun(seat.lacking.length, 'pilot');
          return `${inSentence(seat.shortName)} part-time for ${pilots}`;
        }
        const adds = sharedSeatPeople(seat);
        const joining =
          adds.contractors > 0
            ? `, +${countNoun(adds.contractors, 'contractor')}`
            : adds.hires > 0
              ? `, +${countNoun(adds.hires, 'hire')}`
              : '';
        const runnerId = seat.runBy?.teamId ?? null;
        const runner =
          runnerId === null
            ? ', new'
            : runnerId === lastRunner
              ? ''
              : `, run by ${oneLine(nameById(runnerId))}`;
        lastRunner = runnerId;
        return `the ${sharedSeatName(seat)} (${countNoun(seat.lacking.length, 'team')}${joining}${runner})`;
      });
      // As many lines as the slide has room for (a long legend leaves less room for drawn seats), three at least.
      const room = Number.isFinite(panelBottom) ? Math.floor((panelBottom - panelY) / 26) : 6;
      const lines = wrapText(
        `Also in the written plan: ${rest.join('; ')}`,
        panelWidth,
        SMALL,
        false,
        Math.max(3, room),
      );
      parts.push('<g class="shared-more">');
      for (const line of lines) {
        panelY += 26;
        parts.push(text(panelLeft, panelY, line, SMALL, { fill: MUTED }));
      }
      parts.push('</g>');
    }
  }
  const contentBottom = Math.max(bottom, panelY) + PAD;
  const height = slide ? Math.max(SLIDE_HEIGHT, contentBottom) : contentBottom;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    // Opaque white, so the picture reads the same in Slack's dark theme.
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height, shownTeams: teams.length };
}

/**
 * A team name that wraps as one word, so "خدمة المستشار" is never broken across lines to read as two names
 * (no-break spaces, which the wrapping does not break at).
 */
function oneLine(name: string): string {
  return name.replace(/ /g, '\u00A0');
}

/** "serves A, B, C and 4 more" in at most three lines, naming as many teams whole as fit. */
function servesLines(names: readonly string[], width: number): string[] {
  let fit = wrapText(`serves ${countNoun(names.length, 'team')}`, width, SMALL, false, 3);
  // One more name at a time, while the list and the count of the rest fit in three lines.
  for (let shown = 1; shown <= names.length; shown += 1) {
    const more = names.length - shown;
    const line = `serves ${names.slice(0, shown).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    const lines = wrapText(line, width, SMALL, false, 4);
    if (lines.length > 3) break;
    fit = lines;
  }
  return fit;
}

/** The legend's words, the same as the text's for each state. */
export const STATE_WORDS = SEAT_STATE_WORDS;
