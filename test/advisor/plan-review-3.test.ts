import { describe, expect, it } from 'vitest';
import { teamStallsText } from '../../src/advisor/company-plan/plan-wording.js';
import type { CompanyPlan, PlanTeam } from '../../src/advisor/index.js';
import { planDocument } from '../../src/render/plan-document.js';
import { planSvg } from '../../src/render/plan-picture/index.js';
import { toText } from '../../src/render/to-text.js';
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

describe('plan review 3: a stall point beside the seat that fills it (finding 4)', () => {
  it('northwind: Dynamic pricing’s "no data engineer" is answered by the data engineer it gets', async () => {
    const plan = await companyPlan('northwind');
    const text = teamStallsText(team(plan, 'Dynamic pricing'));
    expect(text).toContain(
      'Data scientists with no data engineer (medium, the data engineer below answers it)',
    );
    expect(text).not.toContain('Data scientists with no data engineer (medium, its fix is not a hire)');
  });

  it('harborbank: Treasury forecasting’s data engineer answers its "no data engineer" stall point', async () => {
    const plan = await companyPlan('harborbank');
    const text = teamStallsText(team(plan, 'Treasury forecasting'));
    expect(text).toContain(
      'A data scientist with no data engineer (high, the data engineer below answers it)',
    );
  });

  it('northwind: a stall point no seat of the plan answers still says its fix is not a hire', async () => {
    const plan = await companyPlan('northwind');
    expect(teamStallsText(team(plan, 'Support bot'))).toContain(
      'Nobody owns eval quality (high, its fix is not a hire)',
    );
  });
});

/** The plan as the terminal prints it. */
const planText = (plan: CompanyPlan) => toText(planDocument(plan, namer(plan)));
const namer = (plan: CompanyPlan) => (id: string) => plan.teams.find((line) => line.id === id)?.name ?? id;

describe('plan review 3: one count of conversions, said one way (findings 12, 20)', () => {
  it('northwind: the text has no seat-state tally, and says the contractors to convert once, bridges included', async () => {
    const plan = await companyPlan('northwind');
    const text = planText(plan);
    expect(text).not.toContain('Seats across the');
    expect(text).not.toContain('to convert to full-time,');
    expect(text).toContain(
      `To convert to full-time: ${plan.totals.toConvert} contractors, 7 of them shared-platform bridges.`,
    );
  });

  it('northwind: the picture says the same count of contractors, and marks seats, not people, as held by contractors', async () => {
    const plan = await companyPlan('northwind');
    const { svg } = planSvg(plan, (line) => line.name ?? line.id);
    // Booleans, so a failure does not print the whole picture.
    expect(svg.includes(`Contractors to convert: ${plan.totals.toConvert} (7 shared-platform bridges)`)).toBe(
      true,
    );
    expect(svg.includes('To convert to full-time')).toBe(false);
    expect(svg.includes('Held by contractors, to convert: ')).toBe(true);
  });
});

describe('plan review 3: the rule of thumb is a footnote (finding 17)', () => {
  it('northwind: disclosed once, after the teams, not ahead of the shared seats', async () => {
    const plan = await companyPlan('northwind');
    const text = planText(plan);
    const note = text.indexOf('This is our rule of thumb, not the playbook’s.');
    expect(note).toBeGreaterThan(text.indexOf('Teams, most pressing first'));
    expect(text.split('rule of thumb').length - 1).toBe(1);
    expect(text.trimEnd().endsWith('This is our rule of thumb, not the playbook’s.')).toBe(true);
  });
});
