import { describe, expect, it } from 'vitest';
import { assess, ROLE_IDS, type RoleId, type SeatStatus } from '../../src/advisor/index.js';
import { healthy, team } from '../helpers/teams.js';

function statusOf(profile: Parameters<typeof assess>[0], role: RoleId): SeatStatus | undefined {
  return assess(profile).grid.find((row) => row.role === role)?.status;
}

describe('the role grid', () => {
  it('lists every role in the playbook order with its seat now and at the next stage', () => {
    const { grid } = assess(healthy('pilot'));
    expect(grid.map((row) => row.role)).toEqual([...ROLE_IDS]);
    const mlops = grid.find((row) => row.role === 'mlops');
    expect(mlops?.now.label).toBe('Wait');
    expect(mlops?.next?.label).toBe('Core, do not delay');
    expect(mlops?.next?.urgent).toBe(true);
  });

  it('has no next stage at scale', () => {
    expect(assess(healthy('scale')).grid.every((row) => row.next === null)).toBe(true);
  });

  it('counts in-house and augmented people', () => {
    const row = assess(healthy('production', { roles: { mlops: [1, 2] } })).grid.find(
      (r) => r.role === 'mlops',
    );
    expect(row).toMatchObject({ inHouse: 1, augmented: 2, total: 3, status: 'covered' });
  });

  it.each<[string, Parameters<typeof healthy>, RoleId, SeatStatus]>([
    ['a core seat filled', ['production'], 'backend', 'covered'],
    ['a core seat empty', ['production', { roles: { backend: 0 } }], 'backend', 'gap'],
    [
      'one person where the stage says multiple',
      ['scale', { roles: { ai_engineer: 1 } }],
      'ai_engineer',
      'short',
    ],
    ['a shared seat left to others', ['pilot'], 'data_engineer', 'carried'],
    [
      'a custom model at a pilot: the grid still says to wait for data scientists',
      ['pilot', { builds: 'custom_models', roles: { data_scientist: 1, data_engineer: 1, ml_engineer: 1 } }],
      'data_scientist',
      'premature',
    ],
    [
      'a custom model in production and no ML engineer',
      ['production', { builds: 'both' }],
      'ml_engineer',
      'gap',
    ],
    [
      'heading to production with MLOps already in',
      ['pilot', { headingToNext: true, roles: { mlops: 1 } }],
      'mlops',
      'early',
    ],
    [
      'heading to production without MLOps: needed the moment it heads there',
      ['pilot', { headingToNext: true }],
      'mlops',
      'gap',
    ],
    [
      'heading to production without design: due before the move',
      ['pilot', { headingToNext: true }],
      'frontend_design',
      'carried',
    ],
    ['a shared seat staffed', ['pilot', { roles: { data_engineer: 1 } }], 'data_engineer', 'covered'],
    ['as needed, empty', ['production'], 'data_scientist', 'optional'],
    [
      // "As needed" at production even with custom models: the ML engineer is the seat they need first.
      'as needed, for a team with custom models',
      ['production', { builds: 'both', roles: { data_scientist: 0 } }],
      'data_scientist',
      'optional',
    ],
    ['no custom model, no ML engineer', ['pilot'], 'ml_engineer', 'not_needed'],
    ['a custom model and no ML engineer', ['pilot', { builds: 'custom_models' }], 'ml_engineer', 'gap'],
    [
      'an ML engineer with no custom model',
      ['pilot', { roles: { ml_engineer: 1 } }],
      'ml_engineer',
      'premature',
    ],
    ['waiting as told', ['pilot'], 'security', 'not_yet'],
    ['staffed before the stage needs it', ['pilot', { roles: { mlops: 1 } }], 'mlops', 'premature'],
    ['one seat bigger than the whole band', ['pilot', { roles: { backend: 6 } }], 'backend', 'over'],
  ])('%s', (_case, args, role, status) => {
    expect(statusOf(healthy(...args), role)).toBe(status);
  });

  it('counts a shared seat whose carrier is missing as a gap, and says why', () => {
    const row = assess(healthy('pilot', { roles: { ai_engineer: 0 } })).grid.find(
      (r) => r.role === 'eval_specialist',
    );
    expect(row?.status).toBe('gap');
    expect(row?.carriedBy).toBeNull();
    expect(row?.fillVia).toBe('ai_engineer');
    expect(row?.toFill).toEqual({ now: 0, beforeNext: 0 });
  });

  it('at a pilot with nobody on backend or data, asks for one engineer to cover both', () => {
    const grid = assess(healthy('pilot', { roles: { backend: 0 } })).grid;
    const backend = grid.find((r) => r.role === 'backend');
    const data = grid.find((r) => r.role === 'data_engineer');
    expect([backend?.status, backend?.toFill.now, backend?.fillVia]).toEqual(['gap', 1, null]);
    expect([data?.status, data?.toFill.now, data?.fillVia]).toEqual(['gap', 0, 'backend']);
  });
});

describe('headcount against the band', () => {
  it.each([
    ['a 4-person pilot', 'within', healthy('pilot')],
    ['a 1-person pilot', 'below', team({ stage: 'pilot', roles: { ai_engineer: 1 } })],
    ['a 6-person pilot', 'above', team({ stage: 'pilot', roles: { ai_engineer: 6 } })],
    ['200 at scale ("30+" is open-ended)', 'within', team({ stage: 'scale', roles: { ai_engineer: 200 } })],
  ] as const)('%s is %s the band', (_case, position, profile) => {
    expect(assess(profile).headcount.position).toBe(position);
  });

  it('sums in-house and augmented people', () => {
    expect(assess(healthy('pilot', { roles: { mlops: [0, 2] } })).headcount).toMatchObject({
      total: 6,
      inHouse: 4,
      augmented: 2,
    });
  });

  it('says a "pilot" of 14 with production monitoring looks like production', () => {
    const hint = assess(
      team({
        stage: 'pilot',
        roles: { ai_engineer: 4, backend: 4, ai_pm: 1, frontend_design: 3, mlops: 2 },
        practices: ['monitoring', 'eval_set'],
      }),
    ).headcount.stageHint; // Production habits point one stage on; 14 is past production's band too, which the hint says.
    expect(hint).toMatchObject({ looksLike: 'production', fitsBand: false });
    expect(hint?.reasons).toEqual([
      '14 people is above the pilot band (2 to 5).',
      'The team already runs production monitoring, versioning and drift checks.',
      // Its MLOps seat is ahead of a pilot, so the answer does not also count it as a production habit.
      'At 14 people it is past the production band (6 to 12) too.',
    ]);
  });

  it('says a "scale" team of 4 with no production habits looks like a pilot', () => {
    const hint = assess(team({ stage: 'scale', roles: { ai_engineer: 2, ai_pm: 1, backend: 1 } })).headcount
      .stageHint;
    expect(hint?.looksLike).toBe('pilot');
    expect(hint?.reasons).toContain('It has no production monitoring, governed data or MLOps seat yet.');
  });

  it('gives no pilot hint to a small team with no AI engineer: it is an app team with AI bolted on, not a pilot', () => {
    const appTeam = assess(team({ stage: 'production', roles: { backend: 1, frontend_design: 2 } }));
    expect(appTeam.headcount.stageHint).toBeNull();
    expect(appTeam.stallPoints[0]?.id).toBe('no_ai_engineer');
    // With an AI engineer, the same size and habits do read as a pilot.
    const withAiEngineer = assess(
      team({ stage: 'production', roles: { ai_engineer: 1, frontend_design: 2 } }),
    );
    expect(withAiEngineer.headcount.stageHint?.looksLike).toBe('pilot');
  });

  it('gives no hint inside the band, nor for a team smaller than any band', () => {
    expect(assess(healthy('production')).headcount.stageHint).toBeNull();
    expect(assess(team({ stage: 'pilot', roles: { ai_engineer: 1 } })).headcount.stageHint).toBeNull();
  });
});

describe('next-stage readiness', () => {
  it('lists the next stage core seats (urgent first), practices and headcount', () => {
    const { readiness } = assess(healthy('pilot'));
    expect(readiness.nextStage?.id).toBe('production'); // The AI engineer, the seat the playbook fills first, leads; then the seat not to delay.
    expect(readiness.items[0]).toMatchObject({ kind: 'role', id: 'ai_engineer', met: true });
    expect(readiness.items[1]).toEqual({
      kind: 'role',
      id: 'mlops',
      name: 'MLOps / LLMOps engineer',
      text: 'MLOps / LLMOps engineer (0 now)',
      met: false,
    });
    expect(readiness.items.filter((item) => item.kind === 'practice').map((item) => item.id)).toEqual([
      'eval_set',
      'eval_owner',
      'monitoring',
      'governed_data',
      'security_review',
    ]);
    expect(readiness.items.at(-1)).toMatchObject({ kind: 'headcount', met: false });
    expect(readiness.ready).toBe(false);
  });

  it('is ready when the production team already has what scale needs', () => {
    const scaleRoles = {
      ai_engineer: 2,
      ai_pm: 2,
      backend: 2,
      data_engineer: 2,
      mlops: 2,
      ml_engineer: 1,
      data_scientist: 1,
      security: 2,
    };
    const { readiness } = assess(healthy('production', { roles: scaleRoles }));
    expect(readiness.items.filter((item) => !item.met)).toEqual([]);
    expect(readiness.ready).toBe(true);
  });
  it('counts ML engineers toward scale only for a team with a custom model on the table', () => {
    // "The ML engineer comes later when a custom-trained model is on the table."
    expect(
      assess(healthy('production')).readiness.items.find((item) => item.id === 'ml_engineer'),
    ).toBeUndefined();
    const custom = assess(healthy('production', { builds: 'both', roles: { ml_engineer: 0 } })).readiness;
    expect(custom.items.find((item) => item.id === 'ml_engineer')).toMatchObject({ met: false });
  });

  it('has nothing to move on to at scale', () => {
    expect(assess(healthy('scale')).readiness).toEqual({ nextStage: null, items: [], ready: true });
  });
});
