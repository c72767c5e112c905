import { describe, expect, it } from 'vitest';
import type { CompanyPlan, PlanTeam } from '../../src/advisor/index.js';
import { companyPlan } from '../helpers/plan-review-3.js';

const team = (plan: CompanyPlan, name: string) => plan.teams.find((line) => line.name === name) as PlanTeam;

describe('plan review 3: a freed person is placed once (finding 1)', () => {
  it('northwind: Doc summariser’s one spare backend engineer is not both moved and lent', async () => {
    const plan = await companyPlan('northwind');
    const doc = team(plan, 'Doc summariser');
    const placed = doc.serves
      .filter((service) => service.role === 'backend' && service.how !== 'runs')
      .reduce((sum, service) => sum + service.people, 0);
    // It has 2 backend engineers and its own answer needs 1: one to give, once.
    expect(placed).toBe(1);
    // The headline counts 2 seats filled by people already here (1 data scientist moved, 1 backend shared).
    expect(plan.totals.lent).toBe(2);
  });
});
