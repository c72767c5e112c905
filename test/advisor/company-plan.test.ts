import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companySeatText,
  planHeadline,
  sharedSeatAdvice,
  teamSeatsText,
} from '../../src/advisor/company-plan/plan-wording.js';
import {
  assess,
  type CompanyPlan,
  planHiring,
  ROLE_IDS,
  type TeamOnRecord,
  type TeamProfile,
} from '../../src/advisor/index.js';
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

describe('the hiring plan across teams', () => {
  it("gives each team exactly its own answer's suggestions", () => {
    const profiles = [
      healthy('production', { name: 'Payments', roles: { mlops: 0, security: 0 } }),
      team({ name: 'Chat', stage: 'pilot', roles: { backend: 1 }, headingToNext: true }),
      healthy('scale', { name: 'Platform', roles: { ai_pm: [0, 2] } }),
    ];
    const plan = planHiring(
      profiles.map((profile, index) => record(`t${index}`, profile)),
      NOW,
    );
    for (const [index, profile] of profiles.entries()) {
      const line = plan.teams.find((candidate) => candidate.id === `t${index}`);
      const own = assess(profile).suggestions.map(({ role, action, timing, people }) => ({
        role,
        action,
        timing,
        people,
      }));
      const inPlan = (line?.seats ?? []).map(({ role, action, timing, people }) => ({
        role,
        action,
        timing,
        people,
      }));
      expect(inPlan).toEqual(expect.arrayContaining(own));
      expect(inPlan).toHaveLength(own.length);
      expect(line?.topStall?.id).toBe(assess(profile).stallPoints[0]?.id);
    }
  });

  it('suggests one shared MLOps platform when two production teams both lack MLOps', () => {
    const plan = threeTeams();
    const names = namer(plan);
    expect(plan.shared).toHaveLength(1);
    const [mlops] = plan.shared;
    expect(mlops).toMatchObject({ kind: 'platform', role: 'mlops', perTeamPeople: 2, toAdd: 2 });
    expect(mlops?.lacking.map((team) => team.teamId).sort()).toEqual(['payments', 'search']);
    const advice = sharedSeatAdvice(mlops as NonNullable<typeof mlops>, names);
    expect(advice.title).toBe('One shared MLOps / LLMOps platform for 2 teams');
    expect(advice.text).toContain('Payments and Search both need');
    expect(advice.text).toContain('"Core, platform" at Scale');
    // The team lines say where their MLOps comes from, and the company counts the platform's people once.
    const payments = plan.teams.find((line) => line.id === 'payments');
    expect(payments && teamSeatsText(payments)).toBe(
      'MLOps / LLMOps engineer: 1 now from the shared platform',
    );
    const seat = plan.seats.find((candidate) => candidate.role === 'mlops');
    expect(seat).toMatchObject({ peopleNow: 2, peopleShared: 2, shared: 'platform' });
    expect(seat && companySeatText(seat, names)).toMatch(
      /^MLOps \/ LLMOps engineer: 2 for one shared platform serving (Payments and Search|Search and Payments)\. It answers a critical stall point/,
    );
  });

  it('suggests no shared platform for one team alone, nor for pilots whose MLOps seat waits', () => {
    const alone = planHiring(
      [
        record('payments', healthy('production', { name: 'Payments', roles: { mlops: 0 } })),
        record('a', healthy('pilot', { name: 'A' })),
        record('b', healthy('pilot', { name: 'B' })),
      ],
      NOW,
    );
    expect(alone.shared).toEqual([]);
    expect(alone.seats.find((seat) => seat.role === 'mlops')).toMatchObject({ peopleNow: 1, shared: null });
  });

  it('counts pilots heading for production, whose MLOps seat is due the moment they head there', () => {
    const plan = planHiring(
      [
        record('payments', healthy('production', { name: 'Payments', roles: { mlops: 0 } })),
        record('chat', healthy('pilot', { name: 'Chat', headingToNext: true })),
      ],
      NOW,
    );
    expect(plan.shared.find((seat) => seat.role === 'mlops')?.lacking.map((team) => team.teamId)).toEqual([
      'payments',
      'chat',
    ]);
  });

  it("lends one team's spare platform people to a team that lacks the seat", () => {
    const plan = planHiring(
      [
        record('platform', healthy('scale', { name: 'Platform', roles: { data_engineer: 4 } })),
        record('payments', healthy('production', { name: 'Payments', roles: { data_engineer: 0 } })),
      ],
      NOW,
    );
    const data = plan.shared.find((seat) => seat.role === 'data_engineer');
    expect(data).toMatchObject({
      lacking: [{ teamId: 'payments', people: 1 }],
      servedBy: [{ teamId: 'platform', people: 4, spare: 2 }],
      toAdd: 0,
    });
    const advice = sharedSeatAdvice(data as NonNullable<typeof data>, namer(plan));
    expect(advice.text).toContain(
      'Platform has 4 in the seat, 2 more than it needs: those people cover it, with no new hire.',
    );
    expect(plan.seats.find((seat) => seat.role === 'data_engineer')?.peopleNow).toBe(0);
    const payments = plan.teams.find((line) => line.id === 'payments');
    expect(payments && teamSeatsText(payments)).toContain(
      "Data engineer: 1 now from another team's spare people",
    );
    expect(plan.totals.savedBySharing).toBe(1);
  });

  it("sizes a shared platform by the teams it serves, leaving each team's own people with its team", () => {
    const plan = planHiring(
      [
        record('a', healthy('scale', { name: 'A', roles: { mlops: 1 } })),
        record('b', healthy('scale', { name: 'B', roles: { mlops: 1 } })),
        record('c', healthy('scale', { name: 'C', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    const mlops = plan.shared.find((seat) => seat.role === 'mlops');
    // Each scale team alone would add what it lacks (1, 1 and 2); one platform for three teams starts at 2.
    expect(mlops).toMatchObject({ perTeamPeople: 4, toAdd: 2, lent: 0 });
    expect(mlops?.lacking.map((team) => team.has).sort()).toEqual([0, 1, 1]);
    const text = sharedSeatAdvice(mlops as NonNullable<typeof mlops>, namer(plan)).text;
    expect(text).toContain('Start it with 2 people (hired full-time');
    expect(text).toContain('and at least two so it has cover: our rule of thumb');
  });

  it('never has a team lean on a team at an earlier stage than its own', () => {
    const plan = planHiring(
      [
        record('prod', healthy('production', { name: 'Prod', roles: { mlops: 3 } })),
        record('big', healthy('scale', { name: 'Big', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    expect(plan.shared).toEqual([]);
    expect(plan.seats.find((seat) => seat.role === 'mlops')).toMatchObject({ peopleNow: 2, shared: null });
  });

  it('never builds on a pilot, even one heading for production', () => {
    const plan = planHiring(
      [
        // A pilot heading for production with more MLOps people than production asks for.
        record('eager', healthy('pilot', { name: 'Eager', headingToNext: true, roles: { mlops: 3 } })),
        record('a', healthy('pilot', { name: 'A', headingToNext: true })),
        record('b', healthy('pilot', { name: 'B', headingToNext: true })),
      ],
      NOW,
    );
    const mlops = plan.shared.find((seat) => seat.role === 'mlops');
    expect(mlops?.mode).toBe('new');
    expect(mlops?.servedBy).toEqual([]);
  });

  it("never counts people holding a team's own seat as free for the shared one", () => {
    const plan = planHiring(
      [
        record('a', healthy('scale', { name: 'A', roles: { mlops: 1 } })),
        record('b', healthy('scale', { name: 'B', roles: { mlops: 1 } })),
      ],
      NOW,
    );
    const seat = plan.seats.find((candidate) => candidate.role === 'mlops');
    expect(seat).toMatchObject({ peopleShared: 2, lent: 0 });
    expect(seat && companySeatText(seat, namer(plan))).toContain(
      '2 for one shared platform serving A and B.',
    );
  });

  it('counts owners to name in the headline, rather than saying nothing needs doing', () => {
    const plan = planHiring(
      [
        record(
          'owner',
          healthy('production', {
            name: 'Owner',
            roles: { eval_specialist: 0 },
            practices: ['eval_set', 'monitoring', 'governed_data', 'security_review'],
          }),
        ),
      ],
      NOW,
    );
    expect(plan.teams[0]?.seats).toEqual([]);
    expect(planHeadline(plan, namer(plan))).toBe('1 team, 1 owner to name.');
  });

  it('lends nothing when the spare people fall short and no team runs the seat as a platform', () => {
    const plan = planHiring(
      [
        record('donor', healthy('production', { name: 'Donor', roles: { mlops: 2 } })),
        // A production team heading to scale needs 2 MLOps engineers before the move; the donor spares 1.
        record('mover', healthy('production', { name: 'Mover', roles: { mlops: 0 }, headingToNext: true })),
      ],
      NOW,
    );
    expect(plan.shared).toEqual([]);
  });

  it('grows a platform a scale team runs when one team needs more than it can spare', () => {
    const plan = planHiring(
      [
        record('platform', healthy('scale', { name: 'Platform', roles: { mlops: 3 } })),
        record('big', healthy('scale', { name: 'Big', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    const mlops = plan.shared[0] as CompanyPlan['shared'][number];
    expect(mlops).toMatchObject({ mode: 'built_around', perTeamPeople: 2, lent: 1, toAdd: 1 });
    const advice = sharedSeatAdvice(mlops, namer(plan));
    expect(advice.title).toBe('Big can join an MLOps / LLMOps platform another team runs');
    expect(advice.text).toContain(
      "Platform has 3 in the seat, 1 more than it needs. Grow that platform by 1 person (hired full-time, as the team's own answer suggests)",
    );
    const big = plan.teams.find((line) => line.id === 'big');
    expect(big?.seats.every((seat) => seat.shared === 'platform' && !seat.lent)).toBe(true);
  });

  it("says in the headline when other teams' spare people fill a seat, rather than that nothing needs filling", () => {
    const plan = planHiring(
      [
        record('platform', healthy('scale', { name: 'Platform', roles: { data_engineer: 4 } })),
        record('thin', healthy('production', { name: 'Thin', roles: { data_engineer: 0 } })),
      ],
      NOW,
    );
    expect(planHeadline(plan, namer(plan))).toBe(
      '2 teams, 1 covered by people other teams have to spare. Fill first: data engineer, for Thin.',
    );
  });

  it('folds a team heading to scale into the shared platform, for what it needs before the move', () => {
    const plan = planHiring(
      [
        record('a', healthy('production', { name: 'A', roles: { mlops: 0 } })),
        record('mover', healthy('production', { name: 'Mover', headingToNext: true })),
      ],
      NOW,
    );
    const mlops = plan.shared.find((seat) => seat.role === 'mlops');
    expect(mlops?.lacking).toEqual([
      expect.objectContaining({ teamId: 'a', people: 1, timing: 'now' }),
      expect.objectContaining({ teamId: 'mover', people: 1, timing: 'before_next_stage' }),
    ]);
    const mover = plan.teams.find((line) => line.id === 'mover');
    expect(mover && teamSeatsText(mover)).toContain(
      'MLOps / LLMOps engineer: 1 before Scale from the shared platform',
    );
  });

  it('orders seats of equal severity as the single answer does: MLOps before data for pilots heading to production', () => {
    const plan = planHiring(
      ['a', 'b', 'c'].map((id) =>
        record(id, healthy('pilot', { name: id.toUpperCase(), headingToNext: true, urgency: 'weeks' })),
      ),
      NOW,
    );
    const own = assess(healthy('pilot', { headingToNext: true, urgency: 'weeks' }));
    const firstAsked = own.stallPoints[0]?.seatsToFill[0];
    expect(plan.seats[0]?.role).toBe(firstAsked);
    expect(plan.seats[0]?.role).toBe('mlops');
  });

  it("puts a seat's parts together, names owners to name, and says when additions pass the band", () => {
    const plan = planHiring(
      [
        record(
          'grow',
          team({ name: 'Grow', stage: 'production', headingToNext: true, roles: { ai_engineer: 1 } }),
        ),
        record(
          'owner',
          healthy('production', { name: 'Owner', roles: { eval_specialist: 0 }, practices: ['eval_set'] }),
        ),
        record('big', healthy('production', { name: 'Big', roles: { backend: 5, ai_pm: 0 } })),
      ],
      NOW,
    );
    const text = (id: string) => {
      const line = plan.teams.find((candidate) => candidate.id === id);
      return line ? teamSeatsText(line) : '';
    };
    expect(text('grow')).toContain('MLOps / LLMOps engineer: hire 1 now, hire 1 more before Scale');
    expect(text('owner')).toMatch(/name an owner for the eval \/ prompt specialist work/);
    expect(plan.teams.find((line) => line.id === 'big')?.pastBand).toBe(true);
    expect(text('big')).toContain('this takes the team past its band, so make room first');
  });

  it('explains converting augmented seats as bringing them in-house', () => {
    const plan = planHiring(
      [record('aug', healthy('production', { name: 'Aug', roles: { ai_pm: [0, 1] } }))],
      NOW,
    );
    const seat = plan.seats.find((candidate) => candidate.role === 'ai_pm');
    expect(seat && companySeatText(seat, namer(plan))).toContain(
      'It brings seats held only by augmented people in-house',
    );
  });

  it('names a team once when it needs a shared seat both now and before its move', () => {
    const plan = planHiring(
      [
        // Production, heading to scale, no MLOps: 1 now and 1 more before Scale.
        record('mover', healthy('production', { name: 'Mover', headingToNext: true, roles: { mlops: 0 } })),
        record('b', healthy('production', { name: 'B', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    const seat = plan.seats.find((candidate) => candidate.role === 'mlops');
    const text = seat ? companySeatText(seat, namer(plan)) : '';
    expect(text.match(/Mover/g)).toHaveLength(1);
  });

  it('flags a stale team that lends its people, and augments a shared seat when a team needs it within weeks', () => {
    const plan = planHiring(
      [
        record('old', healthy('scale', { name: 'Old', roles: { data_engineer: 4 } }), 200),
        record('thin', healthy('production', { name: 'Thin', roles: { data_engineer: 0 } })),
        record('a', healthy('scale', { name: 'A', roles: { mlops: 0 }, urgency: 'weeks' })),
        record('b', healthy('scale', { name: 'B', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    const data = plan.shared.find((seat) => seat.role === 'data_engineer') as CompanyPlan['shared'][number];
    expect(sharedSeatAdvice(data, namer(plan)).text).toContain(
      'This rests on Old, last assessed more than 90 days ago',
    );
    expect(plan.shared.find((seat) => seat.role === 'mlops')?.action).toBe('augment');
  });

  it('says in the headline how many seats are filled by upskilling, which adds no one', () => {
    const plan = planHiring(
      // A spare backend engineer in-house can be upskilled into the frontend and design seat.
      [
        record(
          't',
          healthy('production', { name: 'T', roles: { backend: 3, frontend_design: 0 }, urgency: 'no_rush' }),
        ),
      ],
      NOW,
    );
    const build = plan.teams[0]?.seats.filter((seat) => seat.action === 'build') ?? [];
    expect(build.length).toBeGreaterThan(0);
    expect(plan.totals.toUpskill).toBe(build.reduce((sum, seat) => sum + seat.people, 0));
    expect(planHeadline(plan, namer(plan))).toMatch(/filled by upskilling people already on the teams\./);
  });

  it('draws a held seat the next stage wants a second person in as held, and an empty one as a gap', () => {
    const plan = planHiring(
      [
        record(
          'mover',
          healthy('production', { name: 'Mover', headingToNext: true, roles: { ml_engineer: 0 } }),
        ),
      ],
      NOW,
    );
    const cell = (role: string) => plan.teams[0]?.cells[ROLE_IDS.indexOf(role as (typeof ROLE_IDS)[number])];
    // MLOps: 1 held, Scale wants 2. ML engineer: none, Scale wants them.
    expect(cell('mlops')).toBe('held');
    expect(cell('ml_engineer')).toBe('gap');
  });

  it('names at most six teams in a sentence, then says how many more', () => {
    const plan = planHiring(
      Array.from({ length: 10 }, (_, index) =>
        record(`t${index}`, healthy('production', { name: `Team ${index}`, roles: { mlops: 0 } })),
      ),
      NOW,
    );
    const mlops = plan.shared[0] as CompanyPlan['shared'][number];
    expect(sharedSeatAdvice(mlops, namer(plan)).text).toMatch(
      /Team \d, Team \d, Team \d, Team \d, Team \d, Team \d and 4 more teams all need/,
    );
    expect(mlops.toAdd).toBe(5);
    expect(planHeadline(plan, namer(plan))).toMatch(/for Team \d, Team \d, Team \d and 7 more teams\.$/);
  });

  it('names fewer teams in a sentence when their names are long, so a line stays within Slack limits', () => {
    const plan = planHiring(
      Array.from({ length: 12 }, (_, index) =>
        record(
          `t${index}`,
          healthy('production', { name: `Team ${index}`, roles: { mlops: 0, security: 0 } }),
        ),
      ),
      NOW,
    );
    // An 80-character name of ampersands, as Slack escapes it, with its channel link: about 420 characters.
    const slackLong = (id: string) => `*${'&amp;'.repeat(80)}* (<#C0${id}>)`;
    const mlops = plan.seats.find((seat) => seat.role === 'mlops') as CompanyPlan['seats'][number];
    expect(companySeatText(mlops, slackLong)).toMatch(/serving \*[^,]+\* \(<#C0t\d+>\) and 11 more teams/);
    const text = sharedSeatAdvice(plan.shared[0] as CompanyPlan['shared'][number], slackLong).text;
    expect(text).toMatch(/and 11 more teams all need/);
    expect(text.length).toBeLessThan(3000);
  });

  it('suggests one governance function for two teams without a security seat', () => {
    const plan = planHiring(
      [
        record('a', healthy('production', { name: 'A', roles: { security: 0 } })),
        record('b', healthy('scale', { name: 'B', roles: { security: 0 } })),
      ],
      NOW,
    );
    expect(plan.shared).toMatchObject([{ kind: 'function', role: 'security' }]);
    expect(sharedSeatAdvice(plan.shared[0] as CompanyPlan['shared'][number], namer(plan)).title).toBe(
      'One shared security / governance function for 2 teams',
    );
  });

  it('puts seats a critical stall point asks for first, for the company and among teams', () => {
    const plan = planHiring(
      [
        // Only a medium or low matter: a missing frontend seat.
        record(
          'calm',
          healthy('production', { name: 'Calm', roles: { frontend_design: 0 }, urgency: 'weeks' }),
        ),
        // No AI engineer at all: critical.
        record('stuck', healthy('pilot', { name: 'Stuck', roles: { ai_engineer: 0 }, urgency: 'no_rush' })),
      ],
      NOW,
    );
    expect(plan.teams.map((line) => line.id)).toEqual(['stuck', 'calm']);
    expect(plan.seats[0]?.role).toBe('ai_engineer');
    expect(plan.seats[0]?.severity).toBe('critical');
    expect(planHeadline(plan, namer(plan))).toContain('Fill first: AI engineer, for Stuck.');
  });

  it('marks an assessment older than 90 days stale, and one of 90 days not', () => {
    const plan = planHiring(
      [
        record('old', healthy('pilot', { name: 'Old' }), 91),
        record('edge', healthy('pilot', { name: 'Edge' }), 90),
      ],
      NOW,
    );
    expect(plan.teams.find((line) => line.id === 'old')).toMatchObject({ ageDays: 91, stale: true });
    expect(plan.teams.find((line) => line.id === 'edge')).toMatchObject({ ageDays: 90, stale: false });
    expect(plan.totals.stale).toBe(1);
  });

  it('draws each seat from its verdict: gaps, held seats, seats the stage does not need yet, and over', () => {
    const plan = planHiring(
      [record('t', team({ name: 'T', stage: 'pilot', roles: { ai_engineer: 1, backend: 1, mlops: 2 } }))],
      NOW,
    );
    const cells = Object.fromEntries(ROLE_IDS.map((role, index) => [role, plan.teams[0]?.cells[index]]));
    expect(cells).toMatchObject({
      ai_engineer: 'held',
      backend: 'held',
      ai_pm: 'gap',
      mlops: 'over',
      ml_engineer: 'not_needed_yet',
    });
  });

  it('says there is nothing to plan from with no teams', () => {
    const plan = planHiring([], NOW);
    expect(plan.teams).toEqual([]);
    expect(planHeadline(plan, namer(plan))).toBe('No team assessments to plan from yet.');
  });
});

describe('the hiring plan, over random companies', () => {
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
          const plan = planHiring(records, NOW);
          const shuffled = planHiring(
            order.map((index) => records[index] as TeamOnRecord),
            NOW,
          );
          expect(shuffled).toEqual(plan);
        },
      ),
      { numRuns: 200 },
    );
  });

  const companies = fc.array(
    fc.record({ profile: arbitraryProfile, daysAgo: fc.integer({ min: 0, max: 400 }) }),
    { maxLength: 8 },
  );

  it('counts every person a team is told to add exactly once, shared or not', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planHiring(
          teams.map((entry, index) => record(`t${index}`, entry.profile, entry.daysAgo)),
          NOW,
        );
        for (const seat of plan.seats) {
          const own = seat.teams.filter((entry) => !entry.shared && entry.action !== 'convert');
          const now = own
            .filter((entry) => entry.timing === 'now')
            .reduce((sum, entry) => sum + entry.people, 0);
          const later = own
            .filter((entry) => entry.timing === 'before_next_stage')
            .reduce((sum, entry) => sum + entry.people, 0);
          const shared = plan.shared.find((candidate) => candidate.role === seat.role);
          expect(seat.peopleNow).toBe(now + (shared?.timing === 'now' ? seat.peopleShared : 0));
          expect(seat.peopleBeforeNext).toBe(
            later + (shared?.timing === 'before_next_stage' ? seat.peopleShared : 0),
          );
          expect(seat.peopleShared).toBe(shared?.toAdd ?? 0);
        }
        // Every team seat appears under its role, with the same people.
        for (const line of plan.teams) {
          for (const seat of line.seats) {
            const company = plan.seats.find((candidate) => candidate.role === seat.role);
            expect(company?.teams).toContainEqual(
              expect.objectContaining({ teamId: line.id, people: seat.people, action: seat.action }),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shares only platform and function seats, for teams past the pilot, never adding more than they would hire', () => {
    fc.assert(
      fc.property(companies, (teams) => {
        const plan = planHiring(
          teams.map((entry, index) => record(`t${index}`, entry.profile, entry.daysAgo)),
          NOW,
        );
        for (const shared of plan.shared) {
          expect(['data_engineer', 'mlops', 'security']).toContain(shared.role);
          expect(shared.toAdd + shared.lent).toBeLessThanOrEqual(shared.perTeamPeople);
          // Nobody leans on a team at an earlier stage than its own.
          const stageOf = (id: string) =>
            ['pilot', 'production', 'scale'].indexOf(plan.teams.find((line) => line.id === id)?.stage ?? '');
          for (const server of shared.servedBy) {
            for (const lacking of shared.lacking)
              expect(stageOf(server.teamId)).toBeGreaterThanOrEqual(stageOf(lacking.teamId));
          }
          expect(shared.lacking.length >= 2 || shared.servedBy.length >= 1).toBe(true);
          for (const lacking of shared.lacking) {
            const line = plan.teams.find((candidate) => candidate.id === lacking.teamId);
            expect(line?.headcount.judgedAgainst).not.toBe('pilot');
            expect(line?.seats.filter((seat) => seat.role === shared.role && seat.shared)).not.toEqual([]);
          }
        }
        expect(plan.teams.map((line) => line.rank)).toEqual(plan.teams.map((_, index) => index + 1));
        expect(plan.totals.stale).toBe(plan.teams.filter((line) => line.ageDays > 90).length);
      }),
      { numRuns: 300 },
    );
  });
});
