import { describe, expect, it } from 'vitest';
import {
  type Action,
  assess,
  type RoleId,
  resolvePlaybook,
  type Suggestion,
} from '../../src/advisor/index.js';
import { healthy, team } from '../helpers/teams.js';

function byRole(suggestions: Suggestion[]): Partial<Record<RoleId, Action>> {
  return Object.fromEntries(suggestions.map((suggestion) => [suggestion.role, suggestion.action]));
}

describe('build / hire / augment / convert', () => {
  it('in production converts contracted durable and future-platform seats before scale, and leaves a contracted specialist seat augmented', () => {
    const converted = assess(
      healthy('production', {
        urgency: 'no_rush',
        builds: 'both',
        roles: { backend: [0, 2], mlops: [0, 1], data_engineer: [0, 1], ml_engineer: [0, 1] },
      }),
    ).suggestions.filter((s) => s.action === 'convert');
    // MLOps and data become platforms at scale ("Core, platform"); the ML engineer stays a specialist gap.
    expect(converted.map((s) => [s.role, s.timing])).toEqual([
      ['backend', 'before_next_stage'],
      ['data_engineer', 'before_next_stage'],
      ['mlops', 'before_next_stage'],
    ]);
  });
  it('converts the contractors beside an in-house lead with the rest of the team, for scale; a pilot keeps them', () => {
    const production = assess(
      healthy('production', { urgency: 'this_quarter', roles: { ai_engineer: [1, 3] } }),
    ).suggestions.filter((s) => s.action === 'convert');
    expect(production.map((s) => [s.role, s.people, s.timing])).toEqual([
      ['ai_engineer', 3, 'before_next_stage'],
    ]);
    expect(production[0]?.why).toBe('At scale this is permanent work.');
    const pilot = assess(healthy('pilot', { roles: { ai_engineer: [1, 2] } })).suggestions;
    expect(pilot.filter((s) => s.action === 'convert')).toEqual([]);
  });
  it('suggests nothing for a healthy team that is not moving', () => {
    expect(assess(healthy('production')).suggestions).toEqual([]);
  });

  it('hires full-time for the anchor leaders: the lead AI engineer and the AI product manager', () => {
    const assessment = assess(team({ stage: 'pilot', roles: { backend: 2 }, urgency: 'no_rush' }));
    expect(byRole(assessment.suggestions)).toMatchObject({ ai_engineer: 'hire', ai_pm: 'hire' });
    // a16z is cited once, beside the stall point that says the seat is missing: what the seat is (no training
    // needed), not the demand forecast, which argues only that it is hard to hire.
    const cited = [...assessment.stallPoints, ...assessment.suggestions].flatMap((part) => part.evidence);
    expect(cited.filter((evidence) => evidence.source === 'a16z')).toHaveLength(1);
    expect(assessment.stallPoints[0]?.evidence[0]?.figure).toBe('aiEngineerWithoutTraining');
  });

  it('never suggests more than two full-time hires', () => {
    const { suggestions } = assess(team({ stage: 'production', roles: {}, urgency: 'no_rush' }));
    expect(suggestions.filter((s) => s.action === 'hire').length).toBeLessThanOrEqual(2);
  });

  it('builds (upskills) durable core roles when there are people to upskill and time to do it', () => {
    // Four backend engineers where one is needed: three people who could be upskilled into design.
    const spare = { backend: 4, frontend_design: 0 } as const;
    const { suggestions, plan } = assess(healthy('production', { roles: spare, urgency: 'no_rush' }));
    expect(byRole(suggestions)).toEqual({ frontend_design: 'build' });
    expect(suggestions[0]?.upskillFrom).toBe('backend');
    // The AI engineer is the seat every stage needs first: spare AI engineers are never moved out of it.
    const ai = assess(
      healthy('production', {
        roles: { ai_engineer: 4, backend: 1, frontend_design: 0 },
        urgency: 'no_rush',
      }),
    );
    expect(ai.suggestions.map((s) => [s.role, s.action])).toEqual([['frontend_design', 'augment']]);
    // Upskilling moves people already on the team; it adds none.
    expect(plan.projectedHeadcount).toBe(assess(healthy('production', { roles: spare })).headcount.total);
    // Gartner's talent figure backs keeping AI talent, not upskilling backend or design.
    expect(suggestions.flatMap((s) => s.evidence)).toEqual([]);
  });

  it('does not upskill people the team cannot spare: each is needed in their own seat', () => {
    const { suggestions } = assess(
      healthy('production', {
        roles: { ai_engineer: 1, backend: 0, frontend_design: 0 },
        urgency: 'no_rush',
      }),
    );
    expect(byRole(suggestions)).toEqual({ backend: 'augment', frontend_design: 'augment' });
  });

  it('augments specialist gaps (MLOps, data), citing the AI skills shortage for the AI seat only', () => {
    const { suggestions } = assess(
      healthy('production', { roles: { mlops: 0, data_engineer: 0 }, urgency: 'no_rush' }),
    );
    expect(byRole(suggestions)).toEqual({ mlops: 'augment', data_engineer: 'augment' });
    expect(suggestions.find((s) => s.role === 'mlops')?.evidence.map((e) => e.source)).toEqual(['idc']);
    expect(suggestions.find((s) => s.role === 'data_engineer')?.evidence).toEqual([]);
  });

  it('puts the "do not delay" seat first', () => {
    const { suggestions } = assess(healthy('production', { roles: { backend: 0, mlops: 0 } }));
    expect(suggestions.map((s) => s.role)).toEqual(['mlops', 'backend']);
  });

  it('moves toward augmentation as hiring gets more urgent: no rush, this quarter, within weeks', () => {
    // Two frontend engineers where one is needed: one who could be upskilled into backend work.
    const gaps = { ai_engineer: 0, ai_pm: 0, backend: 0, frontend_design: 2 } as const;
    const at = (urgency: 'no_rush' | 'this_quarter' | 'weeks') =>
      byRole(assess(healthy('production', { roles: gaps, urgency })).suggestions);
    expect(at('no_rush')).toEqual({ ai_engineer: 'hire', ai_pm: 'hire', backend: 'build' });
    expect(at('this_quarter')).toEqual({ ai_engineer: 'hire', ai_pm: 'hire', backend: 'augment' });
    expect(at('weeks')).toEqual({ ai_engineer: 'augment', ai_pm: 'augment', backend: 'augment' });
  });

  it('says the urgency once, in the plan, not in every suggestion', () => {
    const { plan, suggestions } = assess(
      healthy('production', { roles: { ai_engineer: 0, backend: 0, mlops: 0 }, urgency: 'weeks' }),
    );
    expect(plan.note).toMatch(/^You need people within weeks/);
    for (const suggestion of suggestions) expect(suggestion.why).not.toMatch(/weeks/);
  });

  it('this quarter still builds the seats needed only for the next stage', () => {
    const { suggestions } = assess(
      healthy('pilot', { headingToNext: true, urgency: 'this_quarter', roles: { backend: 2 } }),
    );
    const later = suggestions.filter((s) => s.timing === 'before_next_stage' && s.role === 'frontend_design');
    expect(later.map((s) => s.action)).toEqual(['build']);
  });

  it('never suggests more than two full-time hires, even when a playbook names more anchor seats', () => {
    const playbook = resolvePlaybook({
      roles: { backend: { sourcing: 'anchor_leader' }, data_engineer: { sourcing: 'anchor_leader' } },
    });
    const { suggestions } = assess(team({ stage: 'production', roles: {}, urgency: 'no_rush' }), playbook);
    const anchors = suggestions.filter((s) =>
      ['ai_engineer', 'ai_pm', 'backend', 'data_engineer'].includes(s.role),
    );
    expect(anchors.filter((s) => s.action === 'hire').length).toBe(2);
    expect(anchors.find((s) => s.role === 'ai_engineer')?.action).toBe('hire');
  });

  it('grows a seat around a lead who is already in-house instead of hiring another lead', () => {
    const { suggestions } = assess(healthy('scale', { roles: { ai_engineer: 1 } }));
    expect(suggestions).toEqual([
      expect.objectContaining({ role: 'ai_engineer', action: 'build', people: 1, timing: 'now' }),
    ]);
  });

  it('augments rather than builds when nobody in-house could be upskilled', () => {
    const { suggestions } = assess(
      team({ stage: 'production', roles: { ai_engineer: [0, 2], ai_pm: [0, 1] }, urgency: 'no_rush' }),
    );
    expect(byRole(suggestions)).toMatchObject({
      backend: 'augment',
      ai_engineer: 'convert',
      ai_pm: 'convert',
    });
  });

  it('converts an anchor seat held only by augmented people', () => {
    const { suggestions } = assess(healthy('pilot', { roles: { ai_pm: [0, 1] } }));
    expect(suggestions).toEqual([
      expect.objectContaining({ role: 'ai_pm', action: 'convert', people: 1, timing: 'now' }),
    ]);
  });
  it('converts an augmented anchor at every urgency: a pilot stood up in weeks converts before the move', () => {
    const weeks = assess(healthy('pilot', { roles: { ai_pm: [0, 1] }, urgency: 'weeks' })).suggestions;
    expect(weeks.map((s) => [s.role, s.action, s.timing, s.people])).toEqual([
      ['ai_pm', 'convert', 'before_next_stage', 1],
    ]);
    const noRush = assess(healthy('pilot', { roles: { ai_pm: [0, 1] }, urgency: 'no_rush' })).suggestions;
    expect(noRush.map((s) => [s.role, s.action, s.timing, s.people])).toEqual([
      ['ai_pm', 'convert', 'now', 1],
    ]);
  });

  it('converts platform seats and functions at scale instead of renting them forever', () => {
    const { suggestions } = assess(
      healthy('scale', { roles: { mlops: [0, 2], data_engineer: [0, 2], security: [0, 2] } }),
    );
    expect(byRole(suggestions)).toEqual({ data_engineer: 'convert', mlops: 'convert', security: 'convert' });
    expect(suggestions.every((s) => s.people === 2)).toBe(true);
  });
  it('hires a platform seat missing at scale, bridging with augmentation only when a critical stall asks for it', () => {
    // No security at scale: a high-severity gap, hired ("Dedicated function" gives no size: one person).
    const security = assess(healthy('scale', { roles: { security: 0 }, urgency: 'no_rush' })).suggestions;
    expect(security).toEqual([expect.objectContaining({ role: 'security', action: 'hire', people: 1 })]);
    // No MLOps at scale is critical: augmented to fill it fast, with the full-time platform lead searched for
    // at the same time.
    const mlops = assess(healthy('scale', { roles: { mlops: 0 }, urgency: 'no_rush' })).suggestions;
    expect(mlops).toEqual([expect.objectContaining({ role: 'mlops', action: 'augment', people: 1 })]);
    expect(mlops[0]?.why).toBe('Closes the gap now; search in parallel for a full-time lead.');
    // A seat at scale that serves only its own team is made permanent later, not led.
    const backend = assess(healthy('scale', { roles: { backend: 0 }, urgency: 'weeks' })).suggestions;
    expect(backend.find((s) => s.role === 'backend')?.why).toBe(
      'Fills it quickly; at scale it is permanent work, so make it full-time later.',
    );
  });

  it('staffs the pilot-to-production surge by augmentation, the moment the pilot heads there', () => {
    const { suggestions } = assess(healthy('pilot', { headingToNext: true, urgency: 'no_rush' }));
    const surge = suggestions.filter((s) => ['mlops', 'data_engineer', 'security'].includes(s.role));
    expect(surge.map((s) => [s.role, s.action, s.timing])).toEqual([
      ['mlops', 'augment', 'now'],
      ['data_engineer', 'augment', 'now'],
      ['security', 'augment', 'now'],
    ]);
    expect(surge.every((s) => s.why.includes('surge to production'))).toBe(true);
    const nextOnly = suggestions.filter((s) => s.timing === 'before_next_stage').map((s) => s.role);
    expect(nextOnly).toContain('frontend_design');
    // The AI engineers are the named owners of eval quality: production's eval seat is carried, not a hire.
    expect(nextOnly).not.toContain('eval_specialist');
  });
  it('adds no data engineer only to support data scientists the stage has no seat for yet', () => {
    const pilot = assess(healthy('pilot', { roles: { data_scientist: 1 } }));
    expect(pilot.grid.find((row) => row.role === 'data_scientist')?.status).toBe('premature');
    expect(pilot.grid.find((row) => row.role === 'data_engineer')?.status).toBe('carried');
    expect(pilot.suggestions).toEqual([]); // Where data science has a place (production, "As needed", on custom models), its data engineer is filled.
    const production = assess(
      healthy('production', {
        builds: 'both',
        roles: { data_engineer: 0, data_scientist: 1, ml_engineer: 1 },
      }),
    );
    expect(production.suggestions.map((s) => [s.role, s.timing])).toEqual([['data_engineer', 'now']]);
  });

  it('says how many people each seat needs', () => {
    const { suggestions } = assess(healthy('scale', { roles: { ai_engineer: 0 } }));
    expect(suggestions.find((s) => s.role === 'ai_engineer')?.people).toBe(2);
  });

  it('says when the suggested people take the team past its band', () => {
    const { plan } = assess(team({ stage: 'pilot', roles: { data_scientist: 3 } }));
    expect(plan).toMatchObject({ projectedHeadcount: 6, pastBand: true });
    expect(plan.note).toBe(
      // The data scientists' own stall point moves them out: the note says where that leaves the team.
      'Adding the 3 below takes the team to 6; moving out the seats the stall points above name brings it back to 3.',
    );
    expect(plan.makeRoom).toEqual([{ role: 'data_scientist', people: 3, reason: 'ahead_of_stage' }]);
  });
});
