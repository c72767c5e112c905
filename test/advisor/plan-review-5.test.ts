import { describe, expect, it } from 'vitest';
import {
  companySeatText,
  planTotalsText,
  sharedSeatAdvice,
  teamSeatsText,
} from '../../src/advisor/company-plan/plan-wording.js';
import type { CompanyPlan, PlanTeam, RoleId, SharedSeat } from '../../src/advisor/index.js';
import { companyPlan } from '../helpers/plan-review-5.js';

const team = (plan: CompanyPlan, name: string) => plan.teams.find((line) => line.name === name) as PlanTeam;
const namer = (plan: CompanyPlan) => (id: string) => plan.teams.find((line) => line.id === id)?.name ?? id;
const steps = (plan: CompanyPlan) => plan.seats.map((seat) => companySeatText(seat, plan, namer(plan)));
const seatOf = (plan: CompanyPlan, name: string, role: RoleId) =>
  team(plan, name).seats.find((seat) => seat.role === role);

describe('plan review 5: a team’s own full-time hire for a bridged shared seat is counted as a hire (A3)', () => {
  it('orbital: Search ranking’s security hire is one of 3 full-time hires, and its seat’s action is hire', async () => {
    const plan = await companyPlan('orbital');
    expect(seatOf(plan, 'Search ranking', 'security')).toMatchObject({ action: 'hire', ownAction: 'hire' });
    const step = plan.seats.find((seat) => seat.shared === 'function' && seat.role === 'security');
    const searchId = team(plan, 'Search ranking').id;
    expect(step?.teams.find((entry) => entry.teamId === searchId)?.action).toBe('hire');
    expect(step?.people).toMatchObject({ hires: 1, contractors: 2, conversions: 2 });
    expect(plan.totals).toMatchObject({ newPeople: 13, hires: 3, contractors: 10 });
    expect(planTotalsText(plan).join(' ')).toContain('New people: 13 (3 full-time hires, 10 contractors)');
  });
});

describe('plan review 5: a seat from a shared platform comes when the platform starts, as its step says (A1)', () => {
  const cases = [
    ['harbourline', 'Customs document reader'],
    ['kestrel', 'Клинические заметки'],
    ['orbital', 'Returns assistant'],
    ['orbital', 'Search ranking'],
    ['orbital', 'Loyalty personalisation'],
    ['orbital', 'Visual merchandising'],
  ] as const;
  for (const [company, name] of cases) {
    it(`${company}: ${name}’s MLOps seat is "within weeks", as the platform’s step, never "this quarter"`, async () => {
      const plan = await companyPlan(company);
      const step = plan.seats.find((seat) => seat.shared === 'platform' && seat.role === 'mlops');
      expect(step?.when).toBe('within_weeks');
      expect(step?.teams.map((entry) => entry.teamId)).toContain(team(plan, name).id);
      const text = teamSeatsText(team(plan, name), plan, namer(plan));
      expect(text).toMatch(
        /MLOps \/ LLMOps engineer: 1 within weeks from the shared MLOps \/ LLMOps platform/,
      );
      expect(text).not.toContain('MLOps / LLMOps engineer: 1 this quarter');
    });
  }
});

describe('plan review 5: a pilot may share a sister pilot’s seat part-time, as its own answer allows (A4)', () => {
  const cases = [
    ['kestrel', 'Billing code suggester', 'Prior auth letters'],
    ['orbital', 'Store ops copilot', 'Supplier email triage'],
  ] as const;
  for (const [company, name, sister] of cases) {
    it(`${company}: ${name}’s backend seat is part-time, or ${sister}’s backend engineer shared part-time`, async () => {
      const plan = await companyPlan(company);
      expect(seatOf(plan, name, 'backend')?.partTimeWith).toBe(team(plan, sister).id);
      expect(teamSeatsText(team(plan, name), plan, namer(plan))).toContain(
        `Backend engineer: augment 1 part-time now, or share ${sister}’s backend engineer part-time`,
      );
      expect(steps(plan)).toContain(
        `Now (team urgency: no rush), backend engineer: augment 1 part-time for ${name} (${name} may instead share ${sister}’s backend engineer part-time) (severity: medium).`,
      );
    });
  }
});

describe('plan review 5: a new shared platform names the in-house team that leads it (A2)', () => {
  const cases = [
    ['harbourline', 'mlops'],
    ['harbourline', 'security'],
    ['kestrel', 'mlops'],
    ['kestrel', 'security'],
  ] as const;
  for (const [company, role] of cases) {
    it(`${company}: the new ${role} seat, bridged by contractors, is led by the team that needs it most`, async () => {
      const plan = await companyPlan(company);
      const shared = plan.shared.find((seat) => seat.role === role && seat.kind !== 'part_time');
      expect(shared?.runBy).toBeNull();
      expect(shared?.bridge).not.toBeNull();
      // The team that needs it most: the first of its teams in the plan's order.
      const lead = [...plan.teams]
        .sort((a, b) => a.rank - b.rank)
        .find((line) => shared?.lacking.some((entry) => entry.teamId === line.id));
      const name = lead?.name ?? '';
      expect(sharedSeatAdvice(shared as SharedSeat, namer(plan)).text).toContain(
        `start it as a team of its own, led by ${name}, the team that needs it most, which directs its contractors until they convert`,
      );
      const step = plan.seats.find((seat) => seat.role === role && seat.shared !== null);
      expect(step && companySeatText(step, plan, namer(plan))).toContain(
        `(new, led by ${name}, the team that needs it most)`,
      );
    });
  }
});

describe('plan review 5: data scientists a pilot has no seat for are offered to teams with data pipelines (A5)', () => {
  it('orbital: Loyalty personalisation’s 2 data scientists may move to Platform ML or Search ranking, or pause', async () => {
    const plan = await companyPlan('orbital');
    const text = teamSeatsText(team(plan, 'Loyalty personalisation'), plan, namer(plan));
    expect(text).toMatch(
      /more than the stage needs: 2 data scientists: move their work to [^(]*\(they have data pipelines\), or pause it until Production/,
    );
    const offered = /move their work to ([^(]*) \(/.exec(text)?.[1] ?? '';
    expect(offered).toContain('Platform ML');
    expect(offered).toContain('Search ranking');
    // Only teams with a data engineer: Fraud signals is stale, and a pilot has no pipelines to give.
    expect(offered).not.toContain('Fraud signals');
  });
});
