import { describe, expect, it } from 'vitest';
import type { CompanyPlan } from '../../src/advisor/index.js';
import { URGENCIES } from '../../src/advisor/playbook/ids.js';
import { COMPANIES, companyPlan } from '../helpers/plan-review-1.js';

const nameOf = (plan: CompanyPlan, teamId: string) => plan.teams.find((team) => team.id === teamId)?.name;

describe('plan review 1: the steps follow urgency (findings 14, 15)', () => {
  it.each(COMPANIES)('%s: steps go by their teams’ urgency, then now before the move', async (company) => {
    const plan = await companyPlan(company);
    const order = plan.seats.map((step) => [
      URGENCIES.indexOf(step.urgency),
      step.when === 'before_move' ? 1 : 0,
    ]);
    expect(order).toEqual([...order].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
  });

  it.each([
    ['northbridge-bank', 'Customer Service Assistant - Retail Banking'],
    ['meadowlane-retail', 'Store Operations Copilot Pilot'],
  ] as const)(
    '%s: the team needing people within weeks prepares its move before any no-rush step',
    async (company, weeksTeam) => {
      const plan = await companyPlan(company);
      const moves = plan.seats.filter(
        (step) =>
          step.when === 'before_move' && step.teams.some((team) => nameOf(plan, team.teamId) === weeksTeam),
      );
      const firstNoRush = plan.seats.findIndex((step) => step.when === 'no_rush');
      expect(moves.length).toBeGreaterThan(0);
      expect(firstNoRush).toBeGreaterThan(-1);
      for (const move of moves) expect(move.rank).toBeLessThan(firstNoRush + 1);
    },
  );
});
