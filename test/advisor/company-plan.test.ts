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
      'MLOps / LLMOps engineer: 1 now, from the shared platform',
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
    expect(advice.text).toContain('no new hire is needed');
    expect(plan.seats.find((seat) => seat.role === 'data_engineer')?.peopleNow).toBe(0);
    expect(plan.totals.savedBySharing).toBe(1);
  });

  it('builds a shared platform around the people short teams already have', () => {
    const plan = planHiring(
      [
        record('a', healthy('scale', { name: 'A', roles: { mlops: 1 } })),
        record('b', healthy('scale', { name: 'B', roles: { mlops: 1 } })),
        record('c', healthy('scale', { name: 'C', roles: { mlops: 0 } })),
      ],
      NOW,
    );
    const mlops = plan.shared.find((seat) => seat.role === 'mlops');
    // Each scale team alone would need 2 (4 hires in all); one platform of two for three teams has its 2.
    expect(mlops).toMatchObject({ perTeamPeople: 4, toAdd: 0 });
    expect(mlops?.lacking.map((team) => team.has)).toEqual([1, 1, 0]);
    const text = sharedSeatAdvice(mlops as NonNullable<typeof mlops>, namer(plan)).text;
    expect(text).toContain(
      'Build it around the 2 people these teams already have in it, and no new hire is needed',
    );
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
          expect(seat.peopleNow).toBe(now + seat.peopleShared);
          expect(seat.peopleBeforeNext).toBe(later);
          const shared = plan.shared.find((candidate) => candidate.role === seat.role);
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
          expect(shared.toAdd).toBeLessThanOrEqual(shared.perTeamPeople);
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
