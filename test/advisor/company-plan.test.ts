import { describe, expect, it } from 'vitest';
import { planHeadline, sharedSeatAdvice } from '../../src/advisor/company-plan/plan-wording.js';
import {
  type CompanyPlan,
  planHiring,
  type TeamOnRecord,
  type TeamProfile,
} from '../../src/advisor/index.js';
import { healthy, team } from '../helpers/teams.js';

const NOW = new Date('2026-12-01T12:00:00Z');

function record(id: string, profile: TeamProfile, daysAgo = 1): TeamOnRecord {
  return {
    id,
    profile,
    channelId: `C${id.toUpperCase()}`,
    source: null,
    assessedAt: new Date(NOW.getTime() - daysAgo * 86_400_000),
  };
}

const nameOf = (plan: CompanyPlan) => (id: string) => plan.teams.find((team) => team.id === id)?.name ?? id;

describe('planHiring', () => {
  it('prints', () => {
    const plan = planHiring(
      [
        record('payments', healthy('production', { name: 'Payments', roles: { mlops: 0 } })),
        record('search', healthy('production', { name: 'Search', roles: { mlops: 0 } })),
        record('chat', team({ name: 'Chat', stage: 'pilot', roles: { backend: 1 } }), 120),
      ],
      NOW,
    );
    console.log(JSON.stringify(plan, null, 1).slice(0, 6000));
    console.log(planHeadline(plan, nameOf(plan)));
    for (const shared of plan.shared) console.log(sharedSeatAdvice(shared, nameOf(plan)));
    expect(plan.teams).toHaveLength(3);
  });
});
