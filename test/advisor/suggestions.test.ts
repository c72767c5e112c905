import { describe, expect, it } from 'vitest';
import {
  type Approach,
  assess,
  type RoleId,
  resolvePlaybook,
  type Suggestion,
} from '../../src/advisor/index.js';
import { healthy, team } from '../helpers/teams.js';

function byRole(suggestions: Suggestion[]): Partial<Record<RoleId, Approach>> {
  return Object.fromEntries(suggestions.map((suggestion) => [suggestion.role, suggestion.approach]));
}

describe('build / hire / augment', () => {
  it('suggests nothing for a healthy team that is not moving', () => {
    expect(assess(healthy('production')).suggestions).toEqual([]);
  });

  it('hires full-time for the anchor leaders: the lead AI engineer and the AI product manager', () => {
    const { suggestions } = assess(team({ stage: 'pilot', roles: { backend: 2 }, urgency: 'no_rush' }));
    expect(byRole(suggestions)).toMatchObject({ ai_engineer: 'hire', ai_pm: 'hire' });
    expect(suggestions.find((s) => s.role === 'ai_engineer')?.evidence[0]?.source).toBe('a16z');
  });

  it('never suggests more than two full-time hires', () => {
    const { suggestions } = assess(team({ stage: 'production', roles: {}, urgency: 'no_rush' }));
    expect(suggestions.filter((s) => s.approach === 'hire').length).toBeLessThanOrEqual(2);
  });

  it('builds (upskills) durable core roles when there are people to upskill and time to do it', () => {
    const { suggestions } = assess(
      healthy('production', { roles: { backend: 0, frontend_design: 0 }, urgency: 'no_rush' }),
    );
    expect(byRole(suggestions)).toEqual({ backend: 'build', frontend_design: 'build' });
    expect(suggestions[0]?.evidence[0]?.source).toBe('gartner');
  });

  it('augments specialist gaps (MLOps, data) and cites the skills shortage', () => {
    const { suggestions } = assess(
      healthy('production', { roles: { mlops: 0, data_engineer: 0 }, urgency: 'no_rush' }),
    );
    expect(byRole(suggestions)).toEqual({ mlops: 'augment', data_engineer: 'augment' });
    expect(suggestions.every((s) => s.evidence[0]?.source === 'idc')).toBe(true);
  });

  it('puts the "do not delay" seat first', () => {
    const { suggestions } = assess(healthy('production', { roles: { backend: 0, mlops: 0 } }));
    expect(suggestions.map((s) => s.role)).toEqual(['mlops', 'backend']);
  });

  it('moves toward augmentation as hiring gets more urgent: no rush, this quarter, within weeks', () => {
    const gaps = { ai_engineer: 0, ai_pm: 0, backend: 0 } as const;
    const at = (urgency: 'no_rush' | 'this_quarter' | 'weeks') =>
      byRole(assess(healthy('production', { roles: gaps, urgency })).suggestions);
    expect(at('no_rush')).toEqual({ ai_engineer: 'hire', ai_pm: 'hire', backend: 'build' });
    expect(at('this_quarter')).toEqual({ ai_engineer: 'hire', ai_pm: 'hire', backend: 'augment' });
    expect(at('weeks')).toEqual({ ai_engineer: 'augment', ai_pm: 'augment', backend: 'augment' });
  });

  it('this quarter still builds the seats needed only for the next stage', () => {
    const { suggestions } = assess(healthy('pilot', { headingToNext: true, urgency: 'this_quarter' }));
    const later = suggestions.filter((s) => s.when === 'before_next_stage' && s.role === 'frontend_design');
    expect(later.map((s) => s.approach)).toEqual(['build']);
  });

  it('never suggests more than two full-time hires, even when a playbook names more anchor seats', () => {
    const playbook = resolvePlaybook({
      roles: { backend: { sourcing: 'anchor_leader' }, data_engineer: { sourcing: 'anchor_leader' } },
    });
    const { suggestions } = assess(team({ stage: 'production', roles: {}, urgency: 'no_rush' }), playbook);
    const anchors = suggestions.filter((s) =>
      ['ai_engineer', 'ai_pm', 'backend', 'data_engineer'].includes(s.role),
    );
    expect(anchors.filter((s) => s.approach === 'hire').length).toBe(2);
    expect(anchors.find((s) => s.role === 'data_engineer')?.why).toMatch(
      /^The one or two full-time hires are already suggested for other anchor seats/,
    );
  });

  it('grows a seat around a lead who is already in-house instead of hiring another lead', () => {
    const { suggestions } = assess(healthy('scale', { roles: { ai_engineer: 1 } }));
    expect(suggestions).toEqual([
      expect.objectContaining({ role: 'ai_engineer', approach: 'build', people: 1, when: 'now' }),
    ]);
  });

  it('augments rather than builds when nobody in-house could be upskilled', () => {
    const { suggestions } = assess(
      team({ stage: 'production', roles: { ai_engineer: [0, 2], ai_pm: [0, 1] }, urgency: 'no_rush' }),
    );
    expect(byRole(suggestions).backend).toBe('augment');
  });

  it('converts an anchor seat held only by augmented people into a full-time hire', () => {
    const { suggestions } = assess(healthy('pilot', { roles: { ai_pm: [0, 1] } }));
    expect(suggestions).toEqual([
      expect.objectContaining({ role: 'ai_pm', approach: 'hire', people: 1, when: 'now' }),
    ]);
  });

  it('staffs the pilot-to-production surge by augmentation, before the next stage', () => {
    const { suggestions } = assess(healthy('pilot', { headingToNext: true, urgency: 'no_rush' }));
    const surge = suggestions.filter((s) => ['mlops', 'data_engineer', 'security'].includes(s.role));
    expect(surge.map((s) => [s.role, s.approach])).toEqual([
      ['mlops', 'augment'],
      ['data_engineer', 'augment'],
      ['security', 'augment'],
    ]);
    expect(surge.every((s) => s.why.includes('pilot-to-production surge'))).toBe(true);
    const nextOnly = suggestions.filter((s) => s.when === 'before_next_stage').map((s) => s.role);
    expect(nextOnly).toEqual(expect.arrayContaining(['eval_specialist', 'frontend_design']));
  });

  it('fills the seats a stall point asks for, even where the grid lets them stay shared', () => {
    const { suggestions } = assess(healthy('pilot', { roles: { data_scientist: 1 } }));
    expect(suggestions).toEqual([
      expect.objectContaining({ role: 'data_engineer', approach: 'augment', when: 'now' }),
    ]);
  });

  it('says how many people each seat needs', () => {
    const { suggestions } = assess(healthy('scale', { roles: { ai_engineer: 0 } }));
    expect(suggestions.find((s) => s.role === 'ai_engineer')?.people).toBe(2);
  });
});
