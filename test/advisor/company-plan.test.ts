import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companySeatText,
  planHeadline,
  planTotalsText,
  sharedSeatAdvice,
  teamSeatsText,
} from '../../src/advisor/company-plan/plan-wording.js';
import { overStaffedLimit } from '../../src/advisor/grid.js';
import {
  assess,
  type CompanyPlan,
  getDefaultPlaybook,
  type Playbook,
  planHiring,
  ROLE_IDS,
  type RoleId,
  SEAT_STATES,
  type SharedSeat,
  type TeamOnRecord,
  type TeamProfile,
  URGENCIES,
} from '../../src/advisor/index.js';
import { roomToMake } from '../../src/advisor/make-room.js';
import { TeamContext } from '../../src/advisor/team-context.js';
import { planCsvFiles } from '../../src/render/plan-csv.js';
import { planDocument, teamEntry } from '../../src/render/plan-document.js';
import { planSvg } from '../../src/render/plan-picture/index.js';
import { MAIN_MESSAGE_WORDS, planMessages, wordsIn } from '../../src/slack/blocks/plan-messages.js';
import { plainTeamNamer } from '../../src/slack/plan/plan-teams.js';
import { planOutputs } from '../../src/slack/steps/plan-outputs.js';
import { arbitraryProfile } from '../helpers/arbitrary-profile.js';
import { healthy, team } from '../helpers/teams.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const DAY = 86_400_000;

function record(id: string, profile: TeamProfile, daysAgo = 1): TeamOnRecord {
  return {
    id,
    profile,
    channelId: `C${id.toUpperCase()}`,
    source: null,
    assessedAt: new Date(NOW.getTime() - daysAgo * DAY),
  };
}

const namer = (plan: CompanyPlan) => (id: string) => plan.teams.find((line) => line.id === id)?.name ?? id;
const line = (plan: CompanyPlan, id: string) => plan.teams.find((candidate) => candidate.id === id);
const entryOf = (plan: CompanyPlan, id: string) => {
  const found = line(plan, id);
  return found ? teamEntry(found, plan, namer(plan)) : '';
};

/** Two production teams with everything but MLOps, and a pilot short of its AI engineer. */
function threeTeams(): CompanyPlan {
  return planHiring(
    [
      record('payments', healthy('production', { name: 'Payments', roles: { mlops: 0 } })),
      record('search', healthy('production', { name: 'Search', roles: { mlops: 0 } })),
      record('chat', team({ name: 'Chat', stage: 'pilot', roles: { backend: 1, ai_pm: 1 } })),
    ],
    NOW,
  );
}

type Schema = {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Schema;
  anyOf?: Schema[];
  minimum?: number;
};

/** The JSON Schema keywords docs/plan.schema.json uses (bar `format`), checked; each problem with its path. */
function schemaProblems(schema: Schema, value: unknown, path: string): string[] {
  if (schema.anyOf) {
    const each = schema.anyOf.map((option) => schemaProblems(option, value, path));
    return each.some((problems) => problems.length === 0) ? [] : (each[0] ?? []);
  }
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const wanted = schema.type;
  if (wanted && !(wanted === type || (wanted === 'integer' && Number.isInteger(value)))) {
    return [`${path}: ${type} where the schema says ${wanted}`];
  }
  if (schema.enum && !schema.enum.includes(value))
    return [`${path}: ${JSON.stringify(value)} not in the enum`];
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum)
    return [`${path}: ${value} below the minimum ${schema.minimum}`];
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    return value.flatMap((item, index) => schemaProblems(items, item, `${path}[${index}]`));
  }
  if (type === 'object' && schema.properties) {
    const object = value as Record<string, unknown>;
    const properties = schema.properties;
    return [
      ...(schema.required ?? []).filter((key) => !(key in object)).map((key) => `${path}.${key}: missing`),
      ...Object.entries(object).flatMap(([key, item]) => {
        const property = properties[key];
        if (!property)
          return schema.additionalProperties === false ? [`${path}.${key}: not in the schema`] : [];
        return schemaProblems(property, item, `${path}.${key}`);
      }),
    ];
  }
  return [];
}

describe('the hiring plan across teams', () => {
  it('suggests one shared MLOps platform when two production teams both lack MLOps, saying what their own answers said', () => {
    const plan = threeTeams();
    const names = namer(plan);
    expect(plan.shared).toHaveLength(1);
    const [mlops] = plan.shared;
    expect(mlops).toMatchObject({ kind: 'platform', role: 'mlops', mode: 'new', perTeamPeople: 2, toAdd: 2 });
    const advice = sharedSeatAdvice(mlops as NonNullable<typeof mlops>, names);
    expect(advice.title).toBe('One shared MLOps / LLMOps platform for 2 teams');
    expect(advice.text).toContain('"Core, platform" at Scale');
    expect(advice.text).toMatch(/their own answers (all say \w+|: )/);
    const payments = line(plan, 'payments');
    expect(payments && teamSeatsText(payments, plan, names)).toMatch(
      /^MLOps \/ LLMOps engineer: 1 this quarter from the shared MLOps \/ LLMOps platform$/,
    );
    const step = plan.seats.find((seat) => seat.role === 'mlops');
    expect(step).toMatchObject({ peopleShared: 2, shared: 'platform' });
  });

  it("follows the teams' own answers: a shared function is started by contractors when they augment or a team needs it within weeks, and hired when one hires", () => {
    const make = (urgency: 'weeks' | 'this_quarter') =>
      planHiring(
        [
          record('a', healthy('production', { name: 'A', urgency, roles: { security: 0 } })),
          record('b', healthy('production', { name: 'B', roles: { security: 0 } })),
        ],
        NOW,
      );
    const calm = make('this_quarter');
    expect(calm.shared[0]?.lacking.map((team) => team.ownAction)).toEqual(['augment', 'augment']);
    expect(calm.shared[0]).toMatchObject({
      kind: 'function',
      action: 'augment',
      bridge: { people: 2, replacedByHires: 0, convertBy: 'once_running' },
      toAdd: 2,
    });
    expect(calm.totals).toMatchObject({ hires: 0, contractors: 2, toConvert: 2 });
    // A scale team's own answer hires its security seat: the function is hired, when no team needs it within weeks.
    const hiringOf = (urgency: 'weeks' | 'this_quarter') =>
      planHiring(
        [
          record('a', healthy('production', { name: 'A', urgency, roles: { security: 0 } })),
          record('s', healthy('scale', { name: 'S', roles: { security: 0 } })),
        ],
        NOW,
      );
    const hiring = hiringOf('this_quarter');
    expect(hiring.shared[0]?.lacking.map((team) => team.ownAction)).toContain('hire');
    expect(hiring.shared[0]).toMatchObject({ kind: 'function', action: 'hire', bridge: null });
    expect(hiring.totals).toMatchObject({ contractors: 0 });
    // Within weeks, contractors bridge it and the full-time search starts alongside, as the hiring team's answer asks.
    const urgentHiring = hiringOf('weeks');
    expect(urgentHiring.shared[0]).toMatchObject({
      action: 'augment',
      bridge: { people: 2, replacedByHires: 1 },
    });
    // That full-time hire is counted as a hire, replacing one contractor, not as a contractor to convert.
    expect(urgentHiring.totals).toMatchObject({ hires: 1, contractors: 1, toConvert: 1 });
    expect(sharedSeatAdvice(urgentHiring.shared[0] as SharedSeat, namer(urgentHiring)).text).toContain(
      'S hires for its own seat in its own answer: start that full-time search now; the hire replaces one of the contractors, not a person more.',
    );
    const rushed = make('weeks');
    expect(rushed.shared[0]).toMatchObject({
      action: 'augment',
      bridge: { people: 2, replacedByHires: 0, convertBy: 'once_running' },
    });
    expect(rushed.totals).toMatchObject({ hires: 0, contractors: 2, toConvert: 2 });
    const step = rushed.seats[0];
    expect(step && companySeatText(step, rushed, namer(rushed))).toContain(
      '2 contractors now as a bridge, converted to full-time once it runs',
    );
  });

  it("never takes a covered seat's people as spare, however big the team: a scale team runs the platform instead", () => {
    const plan = planHiring(
      [
        record(
          'fraud',
          healthy('scale', { name: 'Fraud', roles: { mlops: 4, ai_engineer: 10, backend: 8 } }),
        ),
        record('a', healthy('production', { name: 'A', roles: { mlops: 0 } })),
        record('b', healthy('production', { name: 'B', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    const [mlops] = plan.shared;
    expect(mlops).toMatchObject({
      mode: 'built_around',
      lent: 0,
      toAdd: 1,
      runBy: { teamId: 'fraud', people: 4 },
    });
    expect(plan.totals.lent).toBe(0);
    // The team that runs it says so in its own line, and its headcount grows by the platform's new people.
    expect(entryOf(plan, 'fraud')).toContain(
      'Runs the shared MLOps / LLMOps platform for A and B, which grows by 1 person',
    );
    expect(line(plan, 'fraud')?.headcount.after).toBe((line(plan, 'fraud')?.headcount.total ?? 0) + 1);
  });

  it("lends only people beyond what the lender's own answer needs (a seat it marks over-staffed)", () => {
    const plan = planHiring(
      [
        record('big', healthy('production', { name: 'Big', roles: { data_engineer: 8 } })),
        record('a', healthy('production', { name: 'A', roles: { data_engineer: 0 } })),
      ],
      NOW,
    );
    expect(
      assess(healthy('production', { roles: { data_engineer: 8 } })).grid.find(
        (row) => row.role === 'data_engineer',
      )?.status,
    ).toBe('over');
    expect(plan.shared[0]).toMatchObject({
      mode: 'lent',
      lent: 1,
      toAdd: 0,
      servedBy: [{ teamId: 'big', spare: 2 }],
    });
    expect(entryOf(plan, 'big')).toContain('Lends 1 spare data engineer to A');
    expect(planHeadline(plan, namer(plan))).toBe(
      'The teams need no new people: 1 seat is filled by people already here; start with the data engineer seat for A, within weeks.'.replace(
        'within weeks',
        'this quarter',
      ),
    );
  });

  it('lets a pilot share a sister pilot’s spare person part-time where the playbook lets the seat be shared', () => {
    const plan = planHiring(
      [
        record(
          'ops',
          team({
            name: 'Store Ops',
            roles: { ai_engineer: 1, ai_pm: 1, backend: 2 },
            practices: ['eval_set', 'eval_owner'],
          }),
        ),
        record(
          'copy',
          team({ name: 'Copy', roles: { ai_engineer: 1, ai_pm: 1 }, practices: ['eval_set', 'eval_owner'] }),
        ),
      ],
      NOW,
    );
    const own = assess(
      team({ name: 'Copy', roles: { ai_engineer: 1, ai_pm: 1 }, practices: ['eval_set', 'eval_owner'] }),
    );
    expect(own.suggestions.map((s) => s.role)).toEqual(['backend']);
    expect(plan.shared).toEqual([
      expect.objectContaining({ kind: 'part_time', role: 'backend', lent: 1, toAdd: 0 }),
    ]);
    expect(entryOf(plan, 'copy')).toMatch(
      /Backend engineer: 1 this quarter, part-time from Store Ops, which has one to spare \(instead of its own answer’s/,
    );
    expect(entryOf(plan, 'ops')).toContain('Lends 1 spare backend engineer part-time to Copy');
    expect(line(plan, 'copy')?.cells[1]).toBe('from_shared');
  });

  it('shares a sister pilot’s spare backend engineer with the pilot that needs one soonest', () => {
    const pilot = (name: string, urgency: TeamProfile['urgency']) =>
      team({ name, urgency, roles: { ai_engineer: 1, ai_pm: 1 }, practices: ['eval_set', 'eval_owner'] });
    // A pilot shares its backend seat ("Shared"); one heading for production keeps both, since production
    // calls the seat core (checked at the end).
    const legal = team({
      name: 'Legal drafting',
      roles: { ai_engineer: 1, ai_pm: 1, backend: 2 },
      practices: ['eval_set', 'eval_owner'],
    });
    const plan = planHiring(
      [
        record('hr', pilot('HR assistant', 'no_rush')),
        record('legal', legal),
        record('sales', pilot('Sales notes', 'weeks')),
      ],
      NOW,
    );
    // Each borrower's own answer says the seat "can be part-time or shared with another team".
    for (const id of ['hr', 'sales'])
      expect(
        assess(pilot('x', id === 'hr' ? 'no_rush' : 'weeks')).stallPoints.map((point) => point.fix),
      ).toContainEqual(expect.stringContaining('part-time or shared with another team'));
    expect(plan.shared).toEqual([
      expect.objectContaining({
        kind: 'part_time',
        role: 'backend',
        lacking: [expect.objectContaining({ teamId: 'sales' })],
        servedBy: [expect.objectContaining({ teamId: 'legal', spare: 1 })],
      }),
    ]);
    expect(entryOf(plan, 'sales')).toContain(
      'Backend engineer: 1 within weeks, part-time from Legal drafting',
    );
    expect(entryOf(plan, 'legal')).toContain('Lends 1 spare backend engineer part-time to Sales notes');
    // One spare person serves one sister pilot: the other fills the seat as its own answer says.
    expect(entryOf(plan, 'hr')).toContain('Backend engineer: augment 1 now');
    const heading = planHiring(
      [record('legal', { ...legal, headingToNext: true }), record('sales', pilot('Sales notes', 'weeks'))],
      NOW,
    );
    expect(heading.shared.filter((seat) => seat.role === 'backend')).toEqual([]);
  });

  it('shares a sister pilot’s spare data engineer for backend work, as the answer says "one backend or data engineer", once per person', () => {
    const pilot = (name: string, roles: Record<string, number>, urgency: TeamProfile['urgency']) =>
      team({
        name,
        urgency,
        roles: { ai_engineer: 1, ai_pm: 1, ...roles },
        practices: ['eval_set', 'eval_owner'],
      });
    const copy = pilot('Copy', {}, 'weeks');
    expect(assess(copy).stallPoints.map((point) => point.fix)).toContainEqual(
      expect.stringContaining('Add one backend or data engineer'),
    );
    const plan = planHiring(
      [
        record('copy', copy),
        record('notes', pilot('Notes', {}, 'no_rush')),
        record('data', pilot('Data Desk', { data_engineer: 2 }, 'this_quarter')),
      ],
      NOW,
    );
    // One spare data engineer: the pilot needing it soonest shares it; the other fills its own seat.
    expect(plan.shared).toEqual([
      expect.objectContaining({
        kind: 'part_time',
        role: 'backend',
        lacking: [expect.objectContaining({ teamId: 'copy' })],
        servedBy: [expect.objectContaining({ teamId: 'data', role: 'data_engineer', people: 2, spare: 1 })],
      }),
    ]);
    expect(entryOf(plan, 'copy')).toContain(
      'Backend engineer: 1 within weeks, part-time from Data Desk, which has a data engineer to spare',
    );
    expect(entryOf(plan, 'data')).toContain('Lends 1 spare data engineer part-time to Copy');
    expect(entryOf(plan, 'notes')).toContain('Backend engineer: augment 1 now');
    const [shared] = plan.shared;
    expect(shared && sharedSeatAdvice(shared, namer(plan)).text).toContain(
      'Data Desk has 2 data engineers, one more than its own answer needs',
    );
    // The picture's shared-seats panel says the same, its lines joined.
    const block = planSvg(plan, (line) => line.name ?? line.id)
      .svg.split('\n')
      .find((row) => row.startsWith('<g class="shared">'));
    expect([...(block ?? '').matchAll(/>([^<]+)<\/text>/g)].map((match) => match[1]).join(' ')).toBe(
      'Backend engineer, part-time from Data Desk’s data engineer serves Copy',
    );
  });

  it('puts a seat needed within weeks before one with no rush, whatever the severity', () => {
    const plan = planHiring(
      [
        record(
          'hr',
          team({
            name: 'HR',
            urgency: 'no_rush',
            roles: { ai_engineer: 1, backend: 1 },
            practices: ['eval_set', 'eval_owner'],
          }),
        ),
        record('pay', healthy('production', { name: 'Pay', urgency: 'weeks', roles: { security: 0 } })),
      ],
      NOW,
    );
    expect(plan.seats.map((seat) => [seat.role, seat.when])).toEqual([
      ['security', 'within_weeks'],
      ['ai_pm', 'no_rush'],
    ]);
    expect(plan.teams.map((team) => team.id)).toEqual(['pay', 'hr']);
  });

  it('keeps every stall point of a team’s answer in its line, those needing no hire included, and counts owners to name', () => {
    const profile = healthy('production', {
      name: 'P',
      practices: ['eval_set', 'monitoring', 'governed_data'],
    });
    const plan = planHiring([record('p', profile)], NOW);
    const entry = entryOf(plan, 'p');
    for (const stall of assess(profile).stallPoints) expect(entry).toContain(stall.title);
    expect(entry).toContain('its fix is not a hire');
    expect(plan.totals.ownersToName).toBe(line(plan, 'p')?.ownersToName.length);
  });

  it('says where to make room when the additions pass the band', () => {
    const plan = planHiring(
      [
        record(
          'big',
          healthy('production', { name: 'Big', roles: { backend: 8, ai_engineer: 4, mlops: 0 } }),
        ),
      ],
      NOW,
    );
    const big = line(plan, 'big');
    if (big?.pastBand) expect(teamSeatsText(big, plan, namer(plan))).toMatch(/make room \S+/);
    expect(teamSeatsText(big as NonNullable<typeof big>, plan, namer(plan))).not.toContain('make room first');
  });

  it('says there is nothing to plan from with no teams', () => {
    const plan = planHiring([], NOW);
    expect(plan.teams).toEqual([]);
    expect(planHeadline(plan, namer(plan))).toBe('No team assessments to plan from yet.');
  });
});

describe('the hiring plan, over random companies', () => {
  const companies = fc.array(
    fc.record({ profile: arbitraryProfile, daysAgo: fc.integer({ min: 0, max: 400 }) }),
    { maxLength: 12 },
  );
  const planOf = (teams: { profile: TeamProfile; daysAgo: number }[]) =>
    planHiring(
      teams.map((entry, index) => record(`t${index}`, entry.profile, entry.daysAgo)),
      NOW,
    );

  it("gives each team its own answer's seats, in its own order, or names the shared seat that fills one", () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(teams);
        teams.forEach((entry, index) => {
          const found = line(plan, `t${index}`);
          const own = assess(entry.profile).suggestions.map(({ role, action, timing, people }) => ({
            role,
            ownAction: action,
            timing,
            people,
          }));
          expect(
            found?.seats.map(({ role, ownAction, timing, people }) => ({ role, ownAction, timing, people })),
          ).toEqual(own);
          // What the plan does is the team's own action, unless a shared seat fills it.
          for (const seat of found?.seats ?? []) {
            if (!seat.shared) expect(seat.action).toBe(seat.ownAction);
          }
          for (const seat of found?.seats ?? []) {
            if (!seat.shared) continue;
            const serving = plan.shared.filter(
              (candidate) =>
                candidate.role === seat.role &&
                candidate.kind === seat.shared &&
                candidate.lacking.some((team) => team.teamId === `t${index}`),
            );
            expect(serving).toHaveLength(1);
            // Said in the team's line: a shared platform by name (its paragraph says what the teams' answers
            // said), a sister team's person instead of the team's own action, or one new person shared
            // part-time with a sister pilot.
            expect(entryOf(plan, `t${index}`)).toMatch(
              /from the shared |from the .* (platform|function) .* runs|instead of its own answer’s|, shared part-time with /,
            );
            // A bridged seat's own full-time hire stays a hire: it replaces one of the contractors (review 5, A3).
            const ownHire = Boolean(serving[0]?.bridge) && seat.ownAction === 'hire';
            expect(seat.action).toBe(seat.lent ? 'none' : ownHire ? 'hire' : serving[0]?.action);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it("puts every stall point of a team's answer in its plan line", () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(teams);
        teams.forEach((entry, index) => {
          const text = entryOf(plan, `t${index}`);
          for (const stall of assess(entry.profile).stallPoints) expect(text).toContain(stall.title);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('draws as many marks of each state as the text counts, and the legend says the same', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(teams);
        const { svg } = planSvg(plan, (team) => team.name ?? team.id);
        const rows = svg
          .split('\n')
          .filter((row) => row.startsWith('<g class="team-row">'))
          .join('');
        const drawn = Object.fromEntries(
          SEAT_STATES.map((state) => [
            state,
            rows.split(`<g class="cell" data-state="${state}">`).length - 1,
          ]),
        );
        expect(plan.totals.seatStates).toEqual(drawn);
        for (const state of SEAT_STATES) {
          const legend = new RegExp(`<g class="legend" data-state="${state}" data-count="(\\d+)">`).exec(svg);
          expect(Number(legend?.[1] ?? 0)).toBe(drawn[state]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('orders steps by when they are needed, then their teams’ urgency, and each team alone by its own answer', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(teams);
        // Needed within weeks or this quarter; before a move the team is heading for; no rush; before a move
        // the team has not planned (no date at all).
        const heading = (seat: (typeof plan.seats)[number]) =>
          seat.teams.some((entry) => line(plan, entry.teamId)?.headingTo);
        const tier = (seat: (typeof plan.seats)[number]) =>
          seat.when === 'no_rush' ? 2 : seat.when !== 'before_move' ? 0 : heading(seat) ? 1 : 3;
        const order = plan.seats.map((seat) => tier(seat) * 3 + URGENCIES.indexOf(seat.urgency));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const [index, entry] of teams.entries()) {
          const alone = planHiring([record(`t${index}`, entry.profile)], NOW);
          const own = assess(entry.profile).suggestions;
          for (const when of new Set(alone.seats.map((seat) => seat.when))) {
            const roles = alone.seats.filter((seat) => seat.when === when).map((seat) => seat.role);
            const expected = [
              ...new Set(
                own
                  .filter(
                    (seat) =>
                      alone.teams[0]?.seats.find(
                        (s) => s.role === seat.role && s.timing === seat.timing && s.action === seat.action,
                      )?.when === when,
                  )
                  .map((seat) => seat.role),
              ),
            ];
            expect(roles).toEqual(expected);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('adds up across the text, the JSON and the CSV: hires, contractors, upskilled and conversions', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(teams);
        const { totals } = plan;
        const [teamCsv, stepCsv] = planCsvFiles(plan, namer(plan));
        const column = (csv: string, name: string) => {
          const [header = '', ...rows] = csv.trimEnd().split('\r\n');
          const at = header.split(',').indexOf(name);
          return rows.reduce(
            (sum, row) =>
              sum + Number(row.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)?.[at]?.replace(/,$/, '') ?? 0),
            0,
          );
        };
        for (const [field, name] of [
          ['hires', 'hires'],
          ['contractors', 'contractors'],
          ['toUpskill', 'upskilled'],
          ['toConvert', 'conversions'],
        ] as const) {
          expect(column(stepCsv?.content ?? '', name)).toBe(totals[field]);
        }
        // The teams file's rows (a shared seat's people in its runner's row, or its own) are the steps' people.
        expect(column(teamCsv?.content ?? '', 'hires') + column(teamCsv?.content ?? '', 'contractors')).toBe(
          totals.newPeople,
        );
        expect(totals.newPeople).toBe(totals.hires + totals.contractors);
        expect(totals.headcountAfter - totals.headcountBefore).toBe(totals.newPeople);
        const text = planTotalsText(plan).join(' ');
        if (totals.newPeople > 0) expect(text).toContain(`New people: ${totals.newPeople} (`);
        if (totals.teams > 0)
          expect(text).toContain(`${totals.headcountBefore} now, ${totals.headcountAfter} after`);
        // Per team after, plus new shared seats no team runs, is the company's after.
        const unrun = plan.shared.filter((seat) => !seat.runBy).reduce((sum, seat) => sum + seat.toAdd, 0);
        expect(plan.teams.reduce((sum, team) => sum + team.headcount.after, 0) + unrun).toBe(
          totals.headcountAfter,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the main message of a plan of up to 12 teams under 400 words, the rest in the details', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(teams);
        const messages = planMessages(plan, namer(plan), { kind: 'none' }, { mayReassess: () => false });
        expect(wordsIn(messages[0]?.blocks ?? [])).toBeLessThan(MAIN_MESSAGE_WORDS);
        // Every step is said somewhere: the main message or the details.
        const all = JSON.stringify(messages.map((message) => message.blocks));
        for (const seat of plan.seats) expect(all).toContain(`${seat.rank}. `);
        // The written plan (terminal, Markdown, export) too: its main part, before the details, fits.
        const doc = planDocument(plan, namer(plan));
        const details = doc.findIndex(
          (block) =>
            block.kind === 'heading' &&
            block.level === 2 &&
            block.text !== 'Steps, in the order to take them',
        );
        const main = (details < 0 ? doc : doc.slice(0, details)).flatMap((block) =>
          block.kind === 'list' ? block.items : 'text' in block ? [block.text] : [],
        );
        expect(main.join(' ').split(/\s+/).filter(Boolean).length).toBeLessThan(MAIN_MESSAGE_WORDS);
        const written = JSON.stringify(doc);
        for (const seat of plan.seats)
          expect(written).toContain(JSON.stringify(companySeatText(seat, plan, namer(plan))).slice(1, -1));
      }),
      { numRuns: 150 },
    );
  });

  it('says a headline of one sentence with at most three numbers', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(
          teams.map((entry, index) => ({
            ...entry,
            profile: { ...entry.profile, name: `Team ${'abcdefghijkl'[index]}` },
          })),
        );
        const headline = planHeadline(plan, namer(plan));
        expect(headline.match(/\d+/g)?.length ?? 0).toBeLessThanOrEqual(3);
        expect(headline.replace(/\.$/, '')).not.toMatch(/[.!?] /);
      }),
      { numRuns: 200 },
    );
  });

  it('hands Workflow Builder the number of new people its headline states, split by when', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(teams);
        const outputs = planOutputs(plan, 'No teams.');
        const headline = planHeadline(plan, namer(plan));
        expect(outputs.headline).toBe(planHeadline(plan, plainTeamNamer(plan)));
        const stated = /needs? (\d+) new (?:person|people)/.exec(headline);
        expect(outputs.new_people).toBe(stated ? Number(stated[1]) : 0);
        if (!stated && plan.teams.length > 0) expect(headline).toMatch(/no new people|no seat to fill/);
        expect(outputs.people_to_fill_now + outputs.people_before_moves).toBe(outputs.new_people);
        // Before the moves: the new people the teams' own seats (a stale team's wait) and shared seats need only before the move.
        const beforeMoves =
          plan.teams
            .flatMap((team) => team.seats)
            .filter((seat) => !seat.shared && !seat.pending && seat.when === 'before_move')
            .filter((seat) => seat.action === 'hire' || seat.action === 'augment')
            .reduce((sum, seat) => sum + seat.people, 0) +
          plan.shared
            .filter((seat) => seat.timing === 'before_next_stage')
            .reduce((sum, seat) => sum + seat.toAdd, 0);
        expect(outputs.people_before_moves).toBe(beforeMoves);
      }),
      { numRuns: 150 },
    );
  });

  it('prints JSON that docs/plan.schema.json describes, every field of it', () => {
    const schema = JSON.parse(readFileSync(new URL('../../docs/plan.schema.json', import.meta.url), 'utf8'));
    fc.assert(
      fc.property(companies, (teams) => {
        const json = JSON.parse(JSON.stringify(planOf(teams)));
        expect(schemaProblems(schema, json, '$')).toEqual([]);
      }),
      { numRuns: 100 },
    );
    // The checker sees a field the schema leaves out, and a value outside an enum.
    const plan = JSON.parse(JSON.stringify(threeTeams()));
    plan.teams[0].extra = 1;
    plan.seats[0].when = 'someday';
    plan.totals.newPeople = -1;
    expect(schemaProblems(schema, plan, '$')).toEqual([
      '$.teams[0].extra: not in the schema',
      '$.seats[0].when: "someday" not in the enum',
      '$.totals.newPeople: -1 below the minimum 0',
    ]);
  });

  it('is the same plan whatever order the teams come in', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryProfile, { minLength: 2, maxLength: 6 }).chain((profiles) =>
          fc.tuple(
            fc.constant(profiles),
            fc.shuffledSubarray(
              profiles.map((_, index) => index),
              { minLength: profiles.length },
            ),
          ),
        ),
        ([profiles, order]) => {
          const records = profiles.map((profile, index) => record(`t${index}`, profile));
          expect(
            planHiring(
              order.map((index) => records[index] as TeamOnRecord),
              NOW,
            ),
          ).toEqual(planHiring(records, NOW));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never leans on an earlier stage, never adds more than the teams would, and fills shared seats by hiring', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planOf(teams);
        const stageOf = (id: string) => ['pilot', 'production', 'scale'].indexOf(line(plan, id)?.stage ?? '');
        for (const shared of plan.shared) {
          expect(shared.toAdd + shared.lent).toBeLessThanOrEqual(shared.perTeamPeople);
          if (shared.kind === 'part_time') {
            expect(shared.servedBy.every((server) => line(plan, server.teamId)?.stage === 'pilot')).toBe(
              true,
            );
            continue;
          }
          if (shared.kind === 'moved') {
            // People move only from a team whose own answer frees them to make room, at most as many.
            expect(shared.toAdd).toBe(0);
            for (const server of shared.servedBy) {
              const giver = line(plan, server.teamId);
              const freed = giver ? assess(giver.profile).plan.makeRoom : [];
              const place = freed.find((room) => room.role === shared.role);
              expect(server.spare).toBeLessThanOrEqual(place?.people ?? 0);
              expect(shared.lacking.map((team) => team.teamId)).not.toContain(server.teamId);
            }
            continue;
          }
          expect(['data_engineer', 'mlops', 'security']).toContain(shared.role);
          expect(shared.action).toBe(shared.toAdd === 0 ? 'none' : shared.bridge ? 'augment' : 'hire');
          for (const server of shared.servedBy) {
            for (const lacking of shared.lacking)
              expect(stageOf(server.teamId)).toBeGreaterThanOrEqual(stageOf(lacking.teamId));
            // Spare only where the lender's own answer gives people up: it makes room there, or marks it over.
            if (server.spare > 0) {
              const lender = line(plan, server.teamId);
              const own = lender ? assess(lender.profile) : null;
              const cell = lender?.cells[plan.roles.findIndex((role) => role.id === shared.role)];
              expect(cell === 'over' || own?.plan.makeRoom.some((place) => place.role === shared.role)).toBe(
                true,
              );
            }
          }
        }
        expect(plan.teams.map((team) => team.rank)).toEqual(plan.teams.map((_, index) => index + 1));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * What a team's own answer says it can give up in a seat, worked out here from the answer and grid.ts's rule of
 * thumb rather than from the plan's code: the people its answer's `plan.makeRoom` names there when it says where
 * to make room; else, for a seat it marks over-staffed, those past `overStaffedLimit`, never below the need.
 */
function ownSpare(profile: TeamProfile, role: RoleId, playbook: Playbook): number {
  const answer = assess(profile, playbook);
  if (answer.plan.makeRoom.length > 0)
    return answer.plan.makeRoom.find((place) => place.role === role)?.people ?? 0;
  const row = answer.grid.find((candidate) => candidate.role === role);
  if (row?.status !== 'over') return 0;
  const context = new TeamContext(profile, playbook);
  const limit = overStaffedLimit(context, answer.headcount.band) ?? 0;
  return row.total - Math.max(1, context.requiredBy(role), limit);
}

/** For a pilot sharing part-time: the answer's places to make room in the seat, its own employees only. */
function ownPartTimeSpare(profile: TeamProfile, role: RoleId, playbook: Playbook): number {
  const context = new TeamContext(profile, playbook);
  const answer = assess(profile, playbook);
  const seats = new Map(answer.grid.map((row) => [row.role, row]));
  const place = roomToMake(context, seats).find((candidate) => candidate.role === role);
  return Math.min(profile.roles[role].inHouse, place?.people ?? 0);
}

describe('spare people, as each lender’s own answer says', () => {
  /** Production and scale teams with anything from none to a crowd in the platform seats, healthy otherwise. */
  const platformTeam = fc
    .record({
      stage: fc.constantFrom('production' as const, 'scale' as const),
      data_engineer: fc.integer({ min: 0, max: 14 }),
      mlops: fc.integer({ min: 0, max: 14 }),
      security: fc.integer({ min: 0, max: 14 }),
      backend: fc.integer({ min: 0, max: 8 }),
      headingToNext: fc.boolean(),
      urgency: fc.constantFrom(...URGENCIES),
    })
    .map(({ stage, headingToNext, urgency, ...roles }) => healthy(stage, { roles, headingToNext, urgency }));
  /** Pilots with a backend, data or design seat empty or crowded, some of it contractors. */
  const pilotTeam = fc
    .record({
      backend: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 })),
      data_engineer: fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1 })),
      frontend_design: fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1 })),
      headingToNext: fc.boolean(),
      urgency: fc.constantFrom(...URGENCIES),
    })
    .map(({ headingToNext, urgency, ...roles }) =>
      healthy('pilot', {
        headingToNext,
        urgency,
        roles: Object.fromEntries(
          Object.entries(roles).map(([role, [inHouse, augmented]]) => [role, [inHouse, augmented]]),
        ) as Record<string, [number, number]>,
      }),
    );
  const company = fc.record({
    // The rule of thumb that marks a seat over-staffed is the playbook file's to set, not a fixed half.
    share: fc.constantFrom(0.25, 0.5, 0.75, 1),
    profiles: fc.array(fc.oneof(platformTeam, pilotTeam, arbitraryProfile), { minLength: 2, maxLength: 8 }),
  });

  it('never lends more than the lender’s own answer says it can spare, whatever the rule of thumb', () => {
    let lending = 0;
    fc.assert(
      fc.property(company, ({ share, profiles }) => {
        const defaults = getDefaultPlaybook();
        const playbook: Playbook = {
          ...defaults,
          rulesOfThumb: { ...defaults.rulesOfThumb, overStaffedShareOfBand: share },
        };
        const plan = planHiring(
          profiles.map((profile, index) => record(`t${index}`, profile)),
          NOW,
          playbook,
        );
        const profileOf = (id: string) => profiles[Number(id.slice(1))] as TeamProfile;
        for (const seat of plan.shared) {
          const bound = seat.kind === 'part_time' ? ownPartTimeSpare : ownSpare;
          for (const server of seat.servedBy) {
            expect(server.spare).toBeLessThanOrEqual(bound(profileOf(server.teamId), server.role, playbook));
          }
        }
        // What each lender's own line says it lends, all shared seats of a role together.
        for (const team of plan.teams) {
          for (const role of ROLE_IDS) {
            const lent = team.serves
              .filter((service) => service.how === 'lends' && service.role === role)
              .reduce((sum, service) => sum + service.people, 0);
            if (lent === 0) continue;
            lending += 1;
            const partTime = team.serves.some(
              (service) => service.role === role && service.kind === 'part_time',
            );
            const bound = partTime ? ownPartTimeSpare : ownSpare;
            expect(lent).toBeLessThanOrEqual(bound(profileOf(team.id), role, playbook));
          }
        }
      }),
      { numRuns: 300 },
    );
    // The companies do lend, or the property says nothing.
    expect(lending).toBeGreaterThan(30);
  });
});
