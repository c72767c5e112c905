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
import { nameLines } from '../../src/render/plan-picture/plan-svg.js';
import { FONT_FAMILY, fontFilesFor, pictureFontFiles } from '../../src/render/plan-picture/render-png.js';
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

  it('marks each state with its own symbol and colour, in the grid and the legend, with its count', () => {
    const plan = threeTeams();
    const { svg } = planSvg(plan, byName);
    const shown = new Set(plan.teams.flatMap((line) => line.cells));
    expect(shown.size).toBeGreaterThanOrEqual(4);
    const cells = [...svg.matchAll(/<g class="cell" data-state="([a-z_]+)">(.*?)<\/g>/g)];
    for (const [, state, body] of cells) {
      const style = CELL_STYLES[state as CellState];
      expect(body).toContain(`fill="${style.fill}"`);
      expect(body).toContain(`>${style.symbol}</text>`);
    }
    const symbols = new Set(Object.values(CELL_STYLES).map((style) => style.symbol));
    const fills = new Set(Object.values(CELL_STYLES).map((style) => style.fill));
    expect(symbols.size).toBe(Object.keys(CELL_STYLES).length);
    expect(fills.size).toBe(Object.keys(CELL_STYLES).length);
    // A legend entry for each state the grid shows, and none for a state it does not.
    for (const state of Object.keys(CELL_STYLES) as CellState[]) {
      const count = plan.totals.seatStates[state];
      if (shown.has(state)) expect(svg).toContain(`>${CELL_STYLES[state].label}: ${count}</text>`);
      else expect(svg).not.toContain(`>${CELL_STYLES[state].label}:`);
    }
  });

  it('is a 16:9 slide for 12 teams or fewer, and says the headline and the shared platforms with the teams they serve', () => {
    for (const count of [1, 5, 12]) {
      const { width, height } = planSvg(manyTeams(count), byName);
      expect(width / height).toBeCloseTo(16 / 9, 2);
    }
    const plan = manyTeams(3);
    const { svg } = planSvg(plan, byName);
    expect(svg).toContain('class="headline"');
    expect(svg).toContain('>Shared seats</text>');
    expect(svg).toMatch(/>MLOps \/ LLMOps platform, new: \+\d (hires?|contractors?)[^<]*<\/text>/);
    expect(svg).toContain('>serves Team 1, Team 2, Team 3</text>');
    expect(planSvg(manyTeams(13), byName).height).toBeGreaterThan(1080);
  });

  it('draws names in Chinese, Japanese and Korean with a font that has them, loaded only when needed', async () => {
    expect(fontFilesFor('<text>Payments</text>')).toEqual(pictureFontFiles());
    expect(fontFilesFor('<text>需求预测</text>').some((file) => file.includes('NotoSansSC'))).toBe(true);
    expect(fontFilesFor('<text>한국어</text>').some((file) => file.includes('NotoSansKR'))).toBe(true);
    const glyph = (char: string) =>
      renderPng(
        `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" font-family="${FONT_FAMILY}"><text x="10" y="45" font-size="40">${char}</text></svg>`,
      ).then((png) => Buffer.from(png));
    const missing = await glyph('\u{10FFFD}');
    for (const char of ['需', 'カ', '한']) expect((await glyph(char)).equals(missing), char).toBe(false);
  });

  it('draws CJK team names in bold, as Latin ones, with the script font’s bold loaded only for them', async () => {
    const plan = planHiring(
      [
        record('jp', healthy('production', { name: '支払いアシスタント', roles: { mlops: 0 } })),
        record('kr', healthy('production', { name: '결제 도우미', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    const { svg } = planSvg(plan, byName);
    expect(fontFilesFor(svg).filter((file) => /Bold\.ttf$/.test(file) && /Noto/.test(file))).toHaveLength(2);
    expect(fontFilesFor('<text font-weight="bold">Pay</text><text>支払</text>').join()).not.toContain(
      'NotoSansSC_700Bold',
    );
    for (const name of ['支払いアシスタント', '결제 도우미']) {
      const element = rows(svg)
        .join('\n')
        .match(new RegExp(`<text[^>]*>${name}</text>`))?.[0];
      expect(element, name).toContain('font-weight="bold"');
      const draw = (text: string) =>
        renderPng(
          `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" font-family="${FONT_FAMILY}">${text.replace(/ x="\d+" y="\d+"/, ' x="10" y="40"')}</svg>`,
        ).then((png) => Buffer.from(png));
      // Bold draws differently from the same text at the regular weight: the font had a bold face for it.
      const bold = await draw(element ?? '');
      const regular = await draw((element ?? '').replace(' font-weight="bold"', ''));
      expect(bold.equals(regular), name).toBe(false);
    }
  });

  it('lists a seat a pilot shares part-time beside the platforms, so every shared mark says where it comes from', () => {
    const pilot = (name: string, roles: Record<string, number>) =>
      team({ name, roles: { ai_engineer: 1, ai_pm: 1, ...roles }, practices: ['eval_set', 'eval_owner'] });
    const plan = planHiring(
      [
        record('legal', pilot('Legal Drafting', { backend: 2 })),
        record('sales', pilot('Sales Notes', {})),
        record('a', healthy('production', { name: 'A', roles: { mlops: 0 } })),
        record('b', healthy('production', { name: 'B', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    expect(plan.shared.map((seat) => seat.kind).sort()).toEqual(['part_time', 'platform']);
    const { svg } = planSvg(plan, byName);
    const blocks = svg.split('\n').filter((line) => line.startsWith('<g class="shared">'));
    expect(blocks).toHaveLength(2);
    expect(svg).toContain('>Backend engineer, part-time from Legal Drafting</text>');
    expect(svg).toContain('>serves Sales Notes</text>');
    expect(svg).toMatch(/>MLOps \/ LLMOps platform, new: \+\d (hires?|contractors?)[^<]*<\/text>/);
  });

  it('shows the stage and where the team is heading', () => {
    const plan = planHiring(
      [record('a', team({ name: 'Moving', stage: 'pilot', headingToNext: true, roles: { ai_engineer: 2 } }))],
      NOW,
    );
    const [row] = rows(planSvg(plan, byName).svg);
    expect(row?.replace(/<\/text><text [^>]*>/g, ' ')).toContain(' Pilot → Production</text>');
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

  it('wraps a long name onto two lines inside the name column, never cutting two names to the same text', () => {
    const plan = planHiring(
      [
        record('eu', healthy('pilot', { name: 'Payments Assistant for the European Union EU' })),
        record('us', healthy('pilot', { name: 'Payments Assistant for the European Union US' })),
        record(
          'long',
          healthy('pilot', { name: 'WWWW Mmmm Extraordinarily Wide Platform Team Name That Goes On And On' }),
        ),
      ],
      NOW,
    );
    const lines = nameLines(plan.teams, byName, 384);
    for (const drawn of lines) expect(drawn.length).toBeLessThanOrEqual(2);
    expect(new Set(lines.map((drawn) => drawn.join(' '))).size).toBe(3);
    const { svg } = planSvg(plan, byName);
    for (const row of rows(svg)) {
      const names = [
        ...row.matchAll(
          /<text x="40" y="(\d+)" font-size="22" fill="#1A1A1A" font-weight="bold">([^<]*)<\/text>/g,
        ),
      ];
      expect(names.length).toBeGreaterThanOrEqual(1);
      for (const [drawn] of names) {
        const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="200" font-family="${FONT_FAMILY}">${drawn}</svg>`;
        const box = new resvg.Resvg(alone, { font: fontOptions }).getBBox();
        // The name column is 400 px from x = 40; the stage column starts at 440.
        expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(40 + 400);
      }
    }
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

  it('keeps every text at least a hundredth of the picture’s width, legible on a slide', () => {
    for (const plan of [threeTeams(), manyTeams(45), manyTeams(0)]) {
      const { svg, width } = planSvg(plan, byName);
      const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((match) => Number(match[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(width * MIN_TEXT_RATIO);
    }
  });

  it('gives the same SVG for the same plan', () => {
    expect(planSvg(manyTeams(12), byName).svg).toBe(planSvg(manyTeams(12), byName).svg);
  });
});

describe('planAltText', () => {
  it('says each team, its stage and the seats in each state, in the legend’s words and the picture order', () => {
    const plan = threeTeams();
    const text = planAltText(plan, byName, 3);
    expect(text.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    let from = 0;
    for (const line of plan.teams) {
      const at = text.indexOf(`${line.name} (${line.stageName}`, from);
      expect(at).toBeGreaterThanOrEqual(from);
      const toFill = plan.roles
        .filter((_, index) => line.cells[index] === 'fill_now')
        .map((role) => role.abbreviation);
      if (toFill.length > 0) expect(text.slice(at)).toContain(`to fill now: ${toFill.join(', ')}`);
      from = at + 1;
    }
    expect(text).not.toMatch(/[<>*_`]/);
  });

  it('stays within Slack’s 2,000 characters and ends on whole teams with a count of the rest', () => {
    const plan = manyTeams(60, (index) => `The rather long named platform team number ${index + 1}`);
    const { shownTeams } = planSvg(plan, byName);
    const text = planAltText(plan, byName, shownTeams);
    expect(text.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    const more = text.match(/ And (\d+) more teams in the written plan\.$/);
    expect(more).not.toBeNull();
    const named = [
      ...text.matchAll(/platform team number (\d+) \(Production\): from a shared seat: MLOps, Security;/g),
    ];
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
