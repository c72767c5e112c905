import resvg from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  type CellState,
  type CompanyPlan,
  type PlanTeam,
  planHiring,
  type TeamOnRecord,
  type TeamProfile,
} from '../../src/advisor/index.js';
import { CELL_STYLES } from '../../src/render/plan-picture/cell-styles.js';
import {
  ALT_TEXT_LIMIT,
  DEFAULT_MAX_TEAMS,
  MIN_TEXT_RATIO,
  planAltText,
  planPicture,
  planSvg,
  renderPng,
} from '../../src/render/plan-picture/index.js';
import { FONT_FAMILY, pictureFontFiles } from '../../src/render/plan-picture/render-png.js';
import { healthy, team } from '../helpers/teams.js';

const NOW = new Date('2026-12-01T12:00:00Z');

function record(id: string, profile: TeamProfile): TeamOnRecord {
  return { id, profile, channelId: null, source: null, assessedAt: new Date(NOW.getTime() - 86_400_000) };
}

/** Three teams that between them put every state on the grid. */
function threeTeams(): CompanyPlan {
  return planHiring(
    [
      record('payments', healthy('production', { name: 'Payments', roles: { mlops: 0 } })),
      record('search', team({ name: 'Search', stage: 'pilot', roles: { ai_engineer: 2, ml_engineer: 2 } })),
      record('chat', healthy('scale', { name: 'Chat', roles: { eval_specialist: 0 } })),
    ],
    NOW,
  );
}

function manyTeams(count: number, name = (index: number) => `Team ${index + 1}`): CompanyPlan {
  return planHiring(
    Array.from({ length: count }, (_, index) =>
      record(`t${index}`, healthy('production', { name: name(index), roles: { mlops: 0, security: 0 } })),
    ),
    NOW,
  );
}

const byName = (team: PlanTeam) => team.name ?? team.id;

function rows(svg: string): string[] {
  return svg.split('\n').filter((line) => line.startsWith('<g class="team-row">'));
}

function statesIn(row: string): string[] {
  return [...row.matchAll(/data-state="([a-z_]+)"/g)].map((match) => match[1] as string);
}

const fontOptions = { fontFiles: pictureFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY };

/** PNG width and height from the IHDR chunk, which follows the 8-byte signature and its own 8-byte header. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('planSvg', () => {
  it('draws a row per team, in the plan order, and a cell per role', () => {
    const plan = threeTeams();
    const { svg, shownTeams } = planSvg(plan, byName);
    expect(shownTeams).toBe(3);
    const drawn = rows(svg);
    expect(drawn).toHaveLength(3);
    drawn.forEach((row, index) => {
      const line = plan.teams[index] as PlanTeam;
      expect(row).toContain(`>${line.name}</text>`);
      expect(statesIn(row)).toEqual(line.cells);
    });
    const heads = plan.roles.map((role) => svg.indexOf(`>${role.abbreviation}</text>`));
    expect(heads.every((at) => at > 0)).toBe(true);
    expect(heads).toEqual([...heads].sort((a, b) => a - b));
  });

  it('marks each state with its own symbol and colour, in the grid and the legend', () => {
    const plan = threeTeams();
    const states = new Set(plan.teams.flatMap((line) => line.cells));
    expect([...states].sort()).toEqual(['gap', 'held', 'not_needed_yet', 'over']);
    const { svg } = planSvg(plan, byName);
    const cells = [...svg.matchAll(/<g class="cell" data-state="([a-z_]+)">(.*?)<\/g>/g)];
    expect(cells.length).toBe(3 * plan.roles.length + 4);
    for (const [, state, body] of cells) {
      const style = CELL_STYLES[state as CellState];
      expect(body).toContain(`fill="${style.fill}"`);
      expect(body).toContain(`>${style.symbol}</text>`);
    }
    const symbols = new Set(Object.values(CELL_STYLES).map((style) => style.symbol));
    const fills = new Set(Object.values(CELL_STYLES).map((style) => style.fill));
    expect(symbols.size).toBe(4);
    expect(fills.size).toBe(4);
    for (const style of Object.values(CELL_STYLES)) expect(svg).toContain(`>${style.label}</text>`);
  });

  it('shows the stage and where the team is heading', () => {
    const plan = planHiring(
      [record('a', team({ name: 'Moving', stage: 'pilot', headingToNext: true, roles: { ai_engineer: 2 } }))],
      NOW,
    );
    expect(planSvg(plan, byName).svg).toContain('>Pilot → Production</text>');
  });

  it('marks a team whose assessment is stale', () => {
    const old = { ...record('a', healthy('pilot', { name: 'Old' })), assessedAt: new Date('2026-06-01') };
    expect(planSvg(planHiring([old], NOW), byName).svg).toContain('>Pilot · stale</text>');
  });

  it('escapes team names and drops control characters, so the SVG stays one valid document', async () => {
    const plan = threeTeams();
    const hostile = `<script>&"'\u0007x\u202e`;
    const { svg } = planSvg(plan, () => hostile);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;');
    expect(svg.includes('\u0007')).toBe(false);
    expect(svg.includes('\u202e')).toBe(false);
    // resvg refuses malformed XML, so a render proves the escaping held.
    await expect(renderPng(svg)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('cuts a long name with an ellipsis so it stays inside the name column', () => {
    const long = 'WWWW Mmmm Extraordinarily Wide Platform Team Name';
    const plan = planHiring([record('a', healthy('pilot', { name: long }))], NOW);
    const { svg } = planSvg(plan, byName);
    const drawn = svg.match(
      /<text x="24" y="(\d+)" font-size="32" fill="#1A1A1A" font-weight="bold">([^<]*…)<\/text>/,
    );
    expect(drawn?.[2]).toMatch(/^WWWW Mm/);
    const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="998" height="200" font-family="${FONT_FAMILY}">${drawn?.[0]}</svg>`;
    const box = new resvg.Resvg(alone, { font: fontOptions }).getBBox();
    expect(box?.width).toBeGreaterThan(200);
    // The name column is 330 px from x = 24, and the first role's cells start at 358.
    expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(24 + 330);
  });

  it(`draws at most ${DEFAULT_MAX_TEAMS} teams and says how many more the written plan has`, () => {
    const plan = manyTeams(45);
    const capped = planSvg(plan, byName);
    expect(capped.shownTeams).toBe(40);
    expect(rows(capped.svg)).toHaveLength(40);
    expect(capped.svg).toContain('>5 more teams in the written plan</text>');

    const fewer = planSvg(plan, byName, { maxTeams: 10 });
    expect(rows(fewer.svg)).toHaveLength(10);
    expect(fewer.svg).toContain('>35 more teams in the written plan</text>');
    expect(fewer.height).toBeLessThan(capped.height);

    expect(planSvg(threeTeams(), byName).svg).not.toContain('class="footer"');
  });

  it('names the columns again under a long grid, for a phone that has scrolled past the top', () => {
    const heads = (svg: string) => svg.split('class="role-heads"').length - 1;
    expect(heads(planSvg(manyTeams(40), byName).svg)).toBe(2);
    expect(heads(planSvg(threeTeams(), byName).svg)).toBe(1);
  });

  it('keeps every text at least 11 px when a phone shows the picture 360 px wide', () => {
    for (const plan of [threeTeams(), manyTeams(45), manyTeams(0)]) {
      const { svg, width } = planSvg(plan, byName);
      const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((match) => Number(match[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(width * MIN_TEXT_RATIO);
      expect((Math.min(...sizes) * 360) / width).toBeGreaterThanOrEqual(11);
    }
  });

  it('gives the same SVG for the same plan', () => {
    expect(planSvg(manyTeams(12), byName).svg).toBe(planSvg(manyTeams(12), byName).svg);
  });
});

describe('planAltText', () => {
  it('says each team, its stage, gaps and seats with more than needed, in the picture order', () => {
    const plan = threeTeams();
    const text = planAltText(plan, byName, 3);
    expect(text.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    let from = 0;
    for (const line of plan.teams) {
      const gaps = plan.roles
        .filter((_, index) => line.cells[index] === 'gap')
        .map((role) => role.abbreviation);
      expect(gaps.length).toBeGreaterThan(0);
      const at = text.indexOf(`${line.name} (${line.stageName}`, from);
      expect(at).toBeGreaterThanOrEqual(from);
      expect(text.slice(at)).toContain(`gaps: ${gaps.join(', ')};`);
      from = at + 1;
    }
    expect(text).toContain('more than needed now: ML eng');
    expect(text).not.toMatch(/[<>*_`]/);
  });

  it('stays within Slack’s 2,000 characters and ends on whole teams with a count of the rest', () => {
    const plan = manyTeams(60, (index) => `The rather long named platform team number ${index + 1}`);
    const { shownTeams } = planSvg(plan, byName);
    const text = planAltText(plan, byName, shownTeams);
    expect(text.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    const more = text.match(/ And (\d+) more teams in the written plan\.$/);
    expect(more).not.toBeNull();
    const named = [...text.matchAll(/platform team number (\d+) \(Production\): gaps: MLOps, Security;/g)];
    expect(named.length).toBeGreaterThan(5);
    expect(named.length + Number(more?.[1])).toBe(60);
  });

  it('counts the teams the picture leaves out even when the text has room', () => {
    const plan = manyTeams(5);
    expect(planAltText(plan, byName, 3)).toMatch(/Team 3 .* And 2 more teams in the written plan\.$/);
  });
});

describe('renderPng', () => {
  it('renders a PNG of the SVG’s size', async () => {
    const plan = threeTeams();
    const picture = await planPicture(plan, byName);
    expect([...picture.png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(picture.png)).toEqual({ width: picture.width, height: picture.height });
    expect(picture.altText).toBe(planAltText(plan, byName, picture.shownTeams));
  });

  it('draws the text with the packaged font', async () => {
    const { svg } = planSvg(threeTeams(), byName);
    const withText = await renderPng(svg);
    const withoutText = await renderPng(svg.replace(/<text [^>]*>[^<]*<\/text>/g, ''));
    expect(Buffer.from(withText).equals(Buffer.from(withoutText))).toBe(false);
  });

  it('finds every symbol in the font rather than drawing the missing-glyph box', async () => {
    const glyph = (char: string) =>
      renderPng(
        `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" font-family="${FONT_FAMILY}"><text x="10" y="45" font-size="40" font-weight="bold">${char}</text></svg>`,
      ).then((png) => Buffer.from(png));
    const missing = await glyph('\u{10FFFD}');
    expect(missing.equals(await glyph('\u{10FFFC}'))).toBe(true);
    for (const char of [...Object.values(CELL_STYLES).map((style) => style.symbol), '→', '…']) {
      expect((await glyph(char)).equals(missing), char).toBe(false);
    }
  });
});
