import { describe, expect, it } from 'vitest';
import {
  assess,
  resolvePlaybook,
  STALL_IDS,
  type StallId,
  type TeamProfile,
} from '../../src/advisor/index.js';
import { HEALTHY, healthy, team } from '../helpers/teams.js';

function stallIds(profile: TeamProfile): StallId[] {
  return assess(profile).stallPoints.map((point) => point.id);
}

describe('healthy teams', () => {
  it.each(Object.keys(HEALTHY) as (keyof typeof HEALTHY)[])(
    'a healthy %s team gets no stall point',
    (stage) => {
      expect(stallIds(healthy(stage))).toEqual([]);
    },
  );

  it('raises no alarm about the seats a pilot should wait for (MLOps, data science, security)', () => {
    const pilot = assess(healthy('pilot'));
    expect(pilot.stallPoints).toEqual([]);
    const waiting = pilot.grid.filter((row) => ['mlops', 'data_scientist', 'security'].includes(row.role));
    expect(waiting.map((row) => row.status)).toEqual(['not_yet', 'not_yet', 'not_yet']);
  });
});

/** Each rule: a team that shows the pattern, and the nearest team that does not. */
const CASES: { rule: StallId; fires: TeamProfile; nearMiss: TeamProfile; severity: string }[] = [
  {
    rule: 'mlops_missing',
    fires: healthy('production', { roles: { mlops: 0 } }),
    nearMiss: healthy('production', { roles: { mlops: [0, 1] } }),
    severity: 'critical',
  },
  {
    rule: 'mlops_missing',
    fires: healthy('pilot', {
      headingToNext: true,
      roles: { data_engineer: 1, security: 1 },
      practices: ['eval_set', 'eval_owner', 'governed_data'],
    }),
    nearMiss: healthy('pilot', { roles: { data_engineer: 1, security: 1 } }),
    severity: 'high',
  },
  {
    rule: 'ai_bolted_onto_app_team',
    fires: healthy('pilot', { roles: { ai_engineer: 0, backend: 2 } }),
    nearMiss: healthy('pilot', { roles: { ai_engineer: [0, 1], backend: 2 } }),
    severity: 'critical',
  },
  {
    rule: 'researchers_not_shippers',
    fires: healthy('production', { roles: { ai_engineer: 0, ml_engineer: 3 } }),
    nearMiss: healthy('production', { roles: { ml_engineer: 3 } }),
    severity: 'high',
  },
  {
    rule: 'researchers_not_shippers',
    fires: healthy('pilot', { roles: { ml_engineer: 1 } }),
    nearMiss: healthy('pilot', { builds: 'custom_models', roles: { ml_engineer: 1 } }),
    severity: 'medium',
  },
  {
    rule: 'data_scientists_without_data_engineering',
    fires: healthy('production', { roles: { data_engineer: 0, data_scientist: 2, backend: 1 } }),
    nearMiss: healthy('production', { roles: { data_scientist: 2, backend: 1 } }),
    severity: 'high',
  },
  {
    rule: 'no_eval_owner',
    fires: healthy('production', {
      practices: ['eval_set', 'monitoring', 'governed_data', 'security_review'],
    }),
    nearMiss: healthy('production'),
    severity: 'high',
  },
  {
    rule: 'no_eval_owner',
    fires: healthy('pilot', { practices: ['eval_owner'] }),
    nearMiss: healthy('pilot', { practices: ['eval_set', 'eval_owner'] }),
    severity: 'medium',
  },
  {
    rule: 'no_security_seat',
    fires: healthy('production', { roles: { security: 0 } }),
    nearMiss: healthy('production', { roles: { security: [0, 1] } }),
    severity: 'high',
  },
  {
    rule: 'no_backend_or_data_engineer',
    fires: healthy('pilot', { roles: { backend: 0, ai_engineer: 2, ai_pm: 1 } }),
    nearMiss: healthy('pilot', { roles: { backend: 0, data_engineer: [0, 1] } }),
    severity: 'medium',
  },
  {
    rule: 'pilot_exit_unprepared',
    fires: healthy('pilot', {
      headingToNext: true,
      roles: { mlops: [0, 1], data_engineer: 1 },
      practices: ['eval_set', 'eval_owner', 'governed_data'],
    }),
    nearMiss: healthy('pilot', {
      headingToNext: true,
      roles: { mlops: [0, 1], data_engineer: 1, security: 1 },
      practices: ['eval_set', 'eval_owner', 'governed_data'],
    }),
    severity: 'high',
  },
  {
    rule: 'no_product_owner',
    fires: healthy('pilot', { roles: { ai_pm: 0, backend: 2 } }),
    nearMiss: healthy('pilot', { roles: { ai_pm: [0, 1], backend: 2 } }),
    severity: 'high',
  },
  {
    rule: 'headcount_outside_band',
    fires: healthy('pilot', { roles: { ai_engineer: 3, backend: 2 } }),
    nearMiss: healthy('pilot', { roles: { ai_engineer: 2, backend: 2 } }),
    severity: 'medium',
  },
  {
    rule: 'headcount_outside_band',
    fires: healthy('production', {
      roles: { backend: 1, frontend_design: 0, eval_specialist: 0, ai_engineer: 1, data_engineer: 0 },
    }),
    nearMiss: healthy('production', {
      roles: { backend: 1, eval_specialist: 0, ai_engineer: 1, data_engineer: 0 },
    }),
    severity: 'medium',
  },
  {
    rule: 'no_governance_function',
    fires: healthy('scale', { roles: { security: 1 } }),
    nearMiss: healthy('scale', { roles: { security: [1, 1] } }),
    severity: 'medium',
  },
];

describe('each stall rule fires on its case and stays silent on its near miss', () => {
  it.each(CASES)('$rule ($severity)', ({ rule, fires, nearMiss, severity }) => {
    const point = assess(fires).stallPoints.find((candidate) => candidate.id === rule);
    expect(point, `${rule} should fire`).toBeDefined();
    expect(point?.severity).toBe(severity);
    expect(point?.what).not.toBe('');
    expect(point?.why).not.toBe('');
    expect(point?.fix).not.toBe('');
    expect(stallIds(nearMiss)).not.toContain(rule);
  });

  it('covers every rule', () => {
    expect(new Set(CASES.map((entry) => entry.rule))).toEqual(new Set(STALL_IDS));
  });
});

describe('the rules follow the playbook in force, not fixed stages', () => {
  const relaxed = resolvePlaybook({
    roles: { mlops: { seats: { production: 'as_needed' } }, security: { seats: { production: 'wait' } } },
  });

  it('raises no MLOps or security alarm where an operator playbook does not need those seats', () => {
    const assessment = assess(healthy('production', { roles: { mlops: 0, security: 0 } }), relaxed);
    expect(assessment.stallPoints.map((point) => point.id)).toEqual([]);
    expect(assessment.suggestions).toEqual([]);
    expect(assessment.grid.find((row) => row.role === 'security')?.status).toBe('not_yet');
  });

  it('raises them where an operator playbook needs the seats earlier', () => {
    const strict = resolvePlaybook({ roles: { security: { seats: { pilot: 'core' } } } });
    const ids = assess(healthy('pilot'), strict).stallPoints.map((point) => point.id);
    expect(ids).toEqual(['no_security_seat']);
  });
});

describe('stall point details', () => {
  it('orders stall points most severe first', () => {
    const severities = assess(
      team({ stage: 'production', roles: { backend: 4, data_scientist: 1 }, practices: [] }),
    ).stallPoints.map((point) => point.severity);
    expect(severities.length).toBeGreaterThan(3);
    const rank = ['critical', 'high', 'medium', 'low'];
    expect([...severities].sort((a, b) => rank.indexOf(a) - rank.indexOf(b))).toEqual(severities);
  });

  it('cites McKinsey 2025 (88% use AI, 39% see EBIT impact) where MLOps is missing', () => {
    const point = assess(healthy('production', { roles: { mlops: 0 } })).stallPoints[0];
    expect(point?.id).toBe('mlops_missing');
    expect(point?.evidence).toEqual([{ source: 'mckinsey', claim: expect.stringMatching(/88%.*39%.*EBIT/) }]);
  });

  it('does not double up: no security at scale is the missing seat, not the missing function', () => {
    const ids = stallIds(healthy('scale', { roles: { security: 0 } }));
    expect(ids).toContain('no_security_seat');
    expect(ids).not.toContain('no_governance_function');
  });

  it('does not call ML engineers "bolted-on AI": a team with ML engineers and no AI engineer is researchers-not-shippers', () => {
    const ids = stallIds(healthy('pilot', { roles: { ai_engineer: 0, ml_engineer: 2 } }));
    expect(ids).toContain('researchers_not_shippers');
    expect(ids).not.toContain('ai_bolted_onto_app_team');
  });

  it('lets the AI engineer hold eval quality at a pilot, and asks for the eval seat from production on', () => {
    const pilot = assess(healthy('pilot', { practices: ['eval_set'] })).stallPoints.find(
      (p) => p.id === 'no_eval_owner',
    );
    expect(pilot?.fix).toMatch(/AI engineer can hold/);
    expect(pilot?.seatsToFill).toEqual([]);
    const production = assess(
      healthy('production', { practices: [], roles: { eval_specialist: 0 } }),
    ).stallPoints.find((p) => p.id === 'no_eval_owner');
    expect(production?.seatsToFill).toEqual(['eval_specialist']);
  });

  it('does not ask to staff an eval seat that is already staffed, only to name its owner', () => {
    const { stallPoints, suggestions } = assess(healthy('production', { practices: ['eval_set'] }));
    const point = stallPoints.find((p) => p.id === 'no_eval_owner');
    expect(point?.seatsToFill).toEqual([]);
    expect(point?.fix).toMatch(/^Name the eval \/ prompt specialist as the owner/);
    expect(suggestions).toEqual([]);
  });

  it('names what a pilot heading to production lacks', () => {
    const point = assess(
      healthy('pilot', { headingToNext: true, roles: { data_engineer: 1 } }),
    ).stallPoints.find((p) => p.id === 'pilot_exit_unprepared');
    expect(point?.what).toBe(
      'The pilot is heading to production without governed data pipelines and a security and governance seat.',
    );
    expect(point?.seatsToFill).toEqual(['security']);
  });

  it('flags a 15-person pilot with no eval owner with the band and the eval gap', () => {
    const ids = stallIds(
      team({
        stage: 'pilot',
        roles: { ai_engineer: 5, backend: 5, ai_pm: 2, frontend_design: 3 },
        practices: ['eval_set'],
      }),
    );
    expect(ids).toEqual(['no_eval_owner', 'headcount_outside_band']);
  });
});
