import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  companySeatText,
  planHeadline,
  sharedSeatAdvice,
  teamHeadcountText,
  teamSeatsText,
  teamServesText,
  teamStallsText,
} from '../../src/advisor/company-plan/plan-wording.js';
import type { CompanyPlan, PlanTeam } from '../../src/advisor/index.js';
import { PLAN_HELP } from '../../src/cli/usage.js';
import { planDocument } from '../../src/render/plan-document.js';
import { planSvg } from '../../src/render/plan-picture/index.js';
import { toText } from '../../src/render/to-text.js';
import { COMPANIES, companyPlan } from '../helpers/plan-review-3.js';

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
    // Heading to production, which takes data scientists as needed on its own models: the stall point is
    // critical and names the data engineer seat itself, so no label is needed beside it.
    expect(text).toContain('Data scientists with no data engineer (critical)');
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

const sharedFor = (plan: CompanyPlan, role: string) => plan.shared.find((seat) => seat.role === role);

describe('plan review 3: contractors bridge a platform until it runs, with no impossible date (finding 3)', () => {
  it.each(COMPANIES)('%s: no bridge is converted "this quarter"', async (company) => {
    const plan = await companyPlan(company);
    const text = planText(plan);
    expect(text).not.toContain('converted to full-time this quarter');
    expect(text).not.toContain('to replace them) this quarter');
    for (const seat of plan.shared) if (seat.bridge) expect(seat.bridge.convertBy).toBe('once_running');
  });

  it('northwind: the MLOps platform’s step says when its contractors convert', async () => {
    const plan = await companyPlan('northwind');
    const step = plan.seats.find((seat) => seat.shared === 'platform' && seat.role === 'mlops');
    // A platform Fraud scoring already runs: its contractors convert once the teams it takes on run on it
    // (plan review 4, B2).
    expect(step && companySeatText(step, plan, namer(plan))).toContain(
      '2 contractors now as a bridge, converted to full-time once the teams it takes on run on it',
    );
  });
});

describe('plan review 3: a function needed within weeks is bridged, and answers are quoted right (finding 6)', () => {
  it('harborbank: the security function starts with contractors and the full-time search alongside', async () => {
    const plan = await companyPlan('harborbank');
    const seat = sharedFor(plan, 'security');
    expect(seat?.bridge?.people).toBe(2);
    expect(seat?.action).toBe('augment');
    const advice = seat ? sharedSeatAdvice(seat, namer(plan)).text : '';
    expect(advice).toContain('Start it within weeks with 2 contractors as a bridge');
    expect(advice).toContain(
      'AML alerts hires for its own seat in its own answer: start that full-time search now; the hire replaces one of the contractors, not a person more.',
    );
    expect(advice).not.toContain('as AML alerts says in its own answer');
  });
});

describe('plan review 3: freed people before conversions, in the answer’s own verb (finding 8)', () => {
  it('medora: Billing codes’ freed backend engineer is offered for Clinical notes’ conversion, not called unwanted', async () => {
    const plan = await companyPlan('medora');
    const billing = team(plan, 'Billing codes');
    const notes = team(plan, 'Clinical notes');
    expect(billing.freedUnplaced).toMatchObject([
      { role: 'backend', people: 1, reason: 'beyond_need', convertingTeamIds: [notes.id] },
    ]);
    const text = teamServesText(billing, namer(plan)) ?? '';
    expect(text).not.toContain('wanted by no other team');
    expect(text).not.toContain('move them out');
    expect(text).toContain(
      'Clinical notes converts a contractor in the same seat: this person could take it instead, before anyone is converted',
    );
  });
});

describe('plan review 3: the JSON says what the text says (finding 15)', () => {
  it('northwind: the seat Internal knowledge bot shares part-time adds no one, and the platforms’ contractors are contractors', async () => {
    const plan = await companyPlan('northwind');
    const bot = team(plan, 'Internal knowledge bot');
    const backend = bot.seats.find((seat) => seat.role === 'backend');
    expect(backend).toMatchObject({ action: 'none', ownAction: 'augment', lent: true, shared: 'part_time' });
    const mlops = sharedFor(plan, 'mlops');
    expect(mlops).toMatchObject({ action: 'augment', bridge: { people: 2 } });
    // The team seats the platform fills say the platform's action.
    const copilot = team(plan, 'Merchant copilot').seats.find((seat) => seat.role === 'mlops');
    expect(copilot).toMatchObject({ action: 'augment', shared: 'platform' });
  });
});

describe('plan review 3: said once, not on every line (finding 21)', () => {
  it('northwind: no "instead of its own answer’s contractor" for platform seats, and no "durable work" per platform', async () => {
    const text = planText(await companyPlan('northwind'));
    expect(text.split('instead of its own answer’s').length - 1).toBeLessThanOrEqual(2);
    expect(text).not.toContain('not a seat to rent for good');
    expect(text.split('durable work').length - 1).toBe(1);
    expect(text).not.toContain('to make room');
  });
});

describe('plan review 3: a seat needed now before an undated "before the move" (finding 13)', () => {
  it('northwind: Dynamic pricing’s AI product manager ranks above every before-the-move step', async () => {
    const plan = await companyPlan('northwind');
    const pricing = team(plan, 'Dynamic pricing');
    const pm = plan.seats.find(
      (step) => step.role === 'ai_pm' && step.teams.some((entry) => entry.teamId === pricing.id),
    );
    expect(pm?.when).toBe('this_quarter');
    const firstMove = plan.seats.find((step) => step.when === 'before_move');
    expect(pm?.rank).toBeLessThan(firstMove?.rank ?? 0);
  });

  it('northwind: Merchant copilot’s conversions, for a move it has not planned, are in no step (review 4, finding 4)', async () => {
    const plan = await companyPlan('northwind');
    const copilot = team(plan, 'Merchant copilot');
    expect(copilot.headingTo).toBeNull();
    const conversions = plan.seats.filter((step) =>
      step.teams.some((entry) => entry.teamId === copilot.id && entry.action === 'convert'),
    );
    // Backend and design, and the contractors beside its in-house AI engineer lead: timed "when the team heads
    // for Scale" in its own answer, so said apart and counted apart.
    expect(conversions).toEqual([]);
    const later = copilot.seats.filter((seat) => seat.action === 'convert' && seat.when === 'at_next_stage');
    expect(later.length).toBe(3);
    expect(plan.totals.later.conversions).toBeGreaterThanOrEqual(3);
  });
});

describe('plan review 3: the headline starts with the first step (finding 14, as review 4 finding 5 orders it)', () => {
  it('harborbank: Advisor chat’s own answer puts data before security, so the data platform comes first', async () => {
    const plan = await companyPlan('harborbank');
    // Both needed within weeks and as severe: the team both serve orders them, not how many teams each serves.
    expect(plan.seats[0]).toMatchObject({ role: 'data_engineer', shared: 'platform' });
    expect(plan.seats[1]).toMatchObject({ role: 'security', shared: 'function' });
    expect(planHeadline(plan, namer(plan))).toContain(
      'start with the data engineer seat for Advisor chat, from the data platform AML alerts runs, within weeks.',
    );
  });
});

describe('plan review 3: a team in no rush is told "now" as its answer says, and ranked by its urgency (finding 5, review 4 finding 3)', () => {
  it('harborbank: Treasury forecasting’s seats are now, as its own answer says, and not counted as to fill now', async () => {
    const plan = await companyPlan('harborbank');
    const treasury = team(plan, 'Treasury forecasting');
    const text = teamSeatsText(treasury, plan, namer(plan));
    expect(text).toContain('ML engineer: hire 1 now');
    expect(text).not.toContain('when convenient');
    const mlEngineer = plan.roles.findIndex((role) => role.id === 'ml_engineer');
    expect(treasury.cells[mlEngineer]).toBe('fill_later');
    expect(treasury.cells).not.toContain('fill_now');
  });

  it('northwind: Internal knowledge bot’s part-time backend engineer is now, as its own answer says', async () => {
    const plan = await companyPlan('northwind');
    expect(teamSeatsText(team(plan, 'Internal knowledge bot'), plan, namer(plan))).toMatch(
      /^Backend engineer: 1 now, part-time from Doc summariser/,
    );
  });

  it('harborbank: a team within weeks says so, a team this quarter says this quarter', async () => {
    const plan = await companyPlan('harborbank');
    expect(teamSeatsText(team(plan, 'KYC document checks'), plan, namer(plan))).toContain(
      'Security / governance: 1 within weeks from the shared security / governance function',
    );
    expect(teamSeatsText(team(plan, 'AML alerts'), plan, namer(plan))).toContain(
      'AI product manager: hire 1 this quarter',
    );
  });
});

describe('plan review 3: an above-band team that looks like a scale team (finding 7)', () => {
  it('harborbank: Contact centre summaries’ line says it looks like a scale team', async () => {
    const plan = await companyPlan('harborbank');
    const contact = team(plan, 'Contact centre summaries');
    expect(contact.stageHint).toEqual({ looksLike: 'scale', looksLikeName: 'Scale' });
    expect(teamHeadcountText(contact)).toBe(
      '18, above the band of 6 to 12; its answers look more like a Scale team: reassess it as Scale if it runs like one',
    );
  });

  it('harborbank: the new security function asks Contact centre summaries first, before anyone is hired', async () => {
    const plan = await companyPlan('harborbank');
    const seat = sharedFor(plan, 'security');
    expect(seat ? sharedSeatAdvice(seat, namer(plan)).text : '').toContain(
      'Contact centre summaries is above its band: ask it first whether someone in the seat can serve the others before anyone is hired.',
    );
  });
});

describe('plan review 3: the assessment date said once (finding 21)', () => {
  it('northwind: every team assessed the same day is said once, not on nine lines', async () => {
    const text = planText(await companyPlan('northwind'));
    expect(text).toContain('- Every team was assessed today.');
    expect(text).not.toContain('Assessed today');
  });
});

describe('plan review 3: the headcount arrow says which people are shared (findings 22, 23)', () => {
  it('northwind: Fraud scoring’s 33 → 40 says the 7 are the platforms’ people', async () => {
    const plan = await companyPlan('northwind');
    expect(teamHeadcountText(team(plan, 'Fraud scoring'))).toBe(
      '33 → 40 (band 12 to 30+), 7 of them the people of the shared platforms it runs, not its own seats',
    );
  });

  it('northwind: Support bot’s 2 → 4 says 3 more come from shared platforms', async () => {
    const plan = await companyPlan('northwind');
    // Its own people, then with the platforms' people, the band read for the latter (plan review 4, B1).
    expect(teamHeadcountText(team(plan, 'Support bot'))).toBe(
      "2 → 4 own people, 7 with the shared platforms’ people (Production's band 6 to 12)",
    );
  });
});

describe('plan review 3: how to enter one person shared across teams (finding 18)', () => {
  it('help plan and docs/cli.md say to count a shared person once', () => {
    const docs = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    expect(PLAN_HELP).toContain('One person shared across teams');
    expect(PLAN_HELP).toContain('count that person once, in the team they belong to, and 0 in the others');
    expect(docs).toContain('**One person shared across teams**');
    expect(docs).toContain('count that person once, in the team they belong to, and `0` in the others');
  });
});
