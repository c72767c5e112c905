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
    rule: 'no_ai_engineer',
    fires: healthy('pilot', { roles: { ai_engineer: 0, backend: 2 } }),
    nearMiss: healthy('pilot', { roles: { ai_engineer: [0, 1], backend: 2 } }),
    severity: 'critical',
  },
  {
    rule: 'no_ai_engineer',
    fires: healthy('production', { roles: { ai_engineer: 0, ml_engineer: 3 } }),
    nearMiss: healthy('production', { roles: { ml_engineer: 3 } }),
    severity: 'critical',
  },
  {
    rule: 'custom_model_without_ml_engineer',
    fires: healthy('production', { builds: 'custom_models' }),
    nearMiss: healthy('production', {
      builds: 'custom_models',
      roles: { ml_engineer: 1, data_scientist: 1 },
    }),
    severity: 'high',
  },
  {
    rule: 'researchers_not_shippers',
    fires: healthy('pilot', { roles: { ml_engineer: 2 } }),
    nearMiss: healthy('pilot', { builds: 'custom_models', roles: { ml_engineer: 2 } }),
    severity: 'medium',
  },
  {
    rule: 'data_scientists_without_data_engineering',
    fires: healthy('production', {
      builds: 'both',
      roles: { data_engineer: 0, data_scientist: 2, backend: 1, ml_engineer: 1 },
    }),
    nearMiss: healthy('production', {
      builds: 'both',
      roles: { data_scientist: 2, backend: 1, ml_engineer: 1 },
    }),
    // "The most damaging pattern": hiring for the model and forgetting the data.
    severity: 'critical',
  },
  {
    rule: 'data_scientists_without_data_engineering',
    // At a pilot the data scientist is ahead of the stage: still the named mistake, but the fix moves them.
    fires: healthy('pilot', { roles: { data_scientist: 1 } }),
    nearMiss: healthy('pilot', { roles: { data_scientist: 1, data_engineer: 1 } }),
    severity: 'medium',
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
    rule: 'no_security_seat',
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
    rule: 'no_security_review',
    fires: healthy('production', { practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data'] }),
    nearMiss: healthy('production'),
    severity: 'medium',
  },
  {
    rule: 'no_monitoring',
    fires: healthy('production', {
      practices: ['eval_set', 'eval_owner', 'governed_data', 'security_review'],
    }),
    nearMiss: healthy('production'),
    severity: 'high',
  },
  {
    rule: 'no_governed_data',
    fires: healthy('production', { practices: ['eval_set', 'eval_owner', 'monitoring', 'security_review'] }),
    nearMiss: healthy('production'),
    severity: 'high',
  },
  {
    rule: 'no_governed_data',
    fires: healthy('pilot', { headingToNext: true, roles: { mlops: 1, security: 1 } }),
    nearMiss: healthy('pilot', { roles: { mlops: 1, security: 1 } }),
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
    // A pilot heading to production is read against the production band: 14 is past it, 12 is not.
    // Seven backend engineers is past production's rule of thumb (six): someone is spare.
    fires: healthy('pilot', { headingToNext: true, roles: { ai_engineer: 4, backend: 7, ai_pm: 3 } }),
    nearMiss: healthy('pilot', { headingToNext: true, roles: { ai_engineer: 3, backend: 6, ai_pm: 3 } }),
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

  it('cites McKinsey 2025 (88% use AI, 39% attribute EBIT impact) where a pilot moves to production without MLOps', () => {
    // A team already in production is past the move the survey's gap describes: not cited there.
    const inProduction = assess(healthy('production', { roles: { mlops: 0 } })).stallPoints[0];
    expect(inProduction?.id).toBe('mlops_missing');
    expect(inProduction?.evidence).toEqual([]);
    const point = assess(healthy('pilot', { headingToNext: true, roles: { mlops: 0 } })).stallPoints.find(
      (p) => p.id === 'mlops_missing',
    );
    expect(point?.evidence).toEqual([
      {
        figure: 'valueGap',
        source: 'mckinsey',
        claim: expect.stringMatching(/88%.*39%.*EBIT/),
        cite: 'McKinsey, 2025',
      },
    ]);
  });
  it('asks a scale team for the dedicated function the playbook names, not for a seat or a size', () => {
    const fix = assess(healthy('scale', { roles: { security: 0 } })).stallPoints.find(
      (p) => p.id === 'no_security_seat',
    )?.fix;
    expect(fix).toBe('Set up a dedicated security and governance function, starting with one person now.');
    expect(
      assess(healthy('production', { roles: { security: 0 } })).stallPoints.find(
        (p) => p.id === 'no_security_seat',
      )?.fix,
    ).toBe('Add a security and governance seat now.');
  });
  it('reads the next band as a guide in readiness, not a pass mark', () => {
    const item = assess(healthy('pilot', { headingToNext: true })).readiness.items.find(
      (i) => i.kind === 'headcount',
    );
    expect(item?.text).toMatch(/^About 6 to 12 people, as a guide \(\d+ now\)$/);
  });
  it('gives a governance function no size: one person on security at scale is no stall point', () => {
    expect(stallIds(healthy('scale', { roles: { security: 0 } }))).toContain('no_security_seat');
    const one = assess(healthy('scale', { roles: { security: 1 } }));
    expect(one.stallPoints).toEqual([]);
    expect(one.grid.find((row) => row.role === 'security')?.status).toBe('covered');
    // ...but the grid says what the playbook asks for, so one person is not read as the whole function.
    expect(one.grid.find((row) => row.role === 'security')?.note).toMatch(/dedicated function.*one person/i);
    const two = assess(healthy('scale', { roles: { security: 2 } }));
    expect(two.grid.find((row) => row.role === 'security')?.note).toBeNull();
  });

  it('says who stands in for the missing AI engineer, with the line about researchers only where there are any', () => {
    const trainers = assess(healthy('pilot', { roles: { ai_engineer: 0, ml_engineer: 2 } })).stallPoints;
    // One stall point says both halves: who is missing, and what to do with the trainers who are there.
    expect(trainers.map((p) => p.id)).toContain('no_ai_engineer');
    expect(trainers.map((p) => p.id)).not.toContain('researchers_not_shippers');
    expect(trainers[0]?.what).toBe(
      'The team has 1 backend engineer and 2 ML engineers, but nobody who ships features on the models.',
    );
    expect(trainers[0]?.fix).toBe(
      'Start with an AI engineer to lead the pilot and own the product layer. Move the ML engineers to a team that trains its own models, unless a custom model is planned here.',
    );
    // With an AI engineer there, the trainers are a stall point of their own.
    const beside = assess(healthy('pilot', { roles: { ml_engineer: 2 } })).stallPoints;
    expect(beside.map((p) => p.id)).toContain('researchers_not_shippers');
    expect(trainers[0]?.evidence.map((e) => e.figure)).toEqual(['engineersNotResearchers']);
    const appTeam = assess(healthy('pilot', { roles: { ai_engineer: 0, backend: 3 } })).stallPoints[0];
    expect(appTeam?.id).toBe('no_ai_engineer');
    expect(appTeam?.what).toBe(
      'The team has 3 backend engineers, but nobody who ships features on the models.',
    );
    expect(appTeam?.evidence.map((e) => e.figure)).toEqual(['aiEngineerWithoutTraining']);
  });

  it('lets the AI engineer hold eval quality at a pilot and at production, once named its owner', () => {
    const pilot = assess(healthy('pilot', { practices: ['eval_set'] }));
    const point = pilot.stallPoints.find((p) => p.id === 'no_eval_owner');
    expect(point?.fix).toMatch(/^Name one of the AI engineers as the owner/);
    // Until someone is named, the AI engineer could carry eval work but nobody does: no hire, an owner to name.
    expect(pilot.grid.find((row) => row.role === 'eval_specialist')?.status).toBe('unowned');
    expect(pilot.suggestions).toEqual([]);
    const owned = assess(healthy('pilot')).grid.find((row) => row.role === 'eval_specialist');
    expect(owned?.carriedBy).toBe('ai_engineer');

    const named = assess(healthy('production', { roles: { eval_specialist: 0 } }));
    expect(named.grid.find((row) => row.role === 'eval_specialist')?.status).toBe('carried');
    expect(named.suggestions).toEqual([]);
    const unnamed = assess(
      healthy('production', {
        roles: { eval_specialist: 0 },
        practices: ['eval_set', 'monitoring', 'governed_data', 'security_review'],
      }),
    );
    expect(unnamed.grid.find((row) => row.role === 'eval_specialist')?.status).toBe('unowned');
    expect(unnamed.suggestions).toEqual([]);
    expect(unnamed.stallPoints.find((p) => p.id === 'no_eval_owner')?.fix).toMatch(
      /^Name one of the AI engineers/,
    );
  });

  it('does not ask to staff an eval seat that is already staffed, only to name its owner', () => {
    const { stallPoints, suggestions } = assess(
      healthy('production', { practices: ['eval_set', 'monitoring', 'governed_data', 'security_review'] }),
    );
    const point = stallPoints.find((p) => p.id === 'no_eval_owner');
    expect(point?.seatsToFill).toEqual([]);
    expect(point?.fix).toMatch(/^Name the eval \/ prompt specialist as the owner/);
    expect(suggestions).toEqual([]);
  });

  it('holds a pilot heading to production to the seats the move needs, and leads with them', () => {
    const assessment = assess(healthy('pilot', { headingToNext: true, roles: { data_engineer: 1 } }));
    const ids = assessment.stallPoints.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['mlops_missing', 'no_governed_data', 'no_security_seat']));
    expect(assessment.stallPoints.find((p) => p.id === 'no_security_seat')?.what).toMatch(
      /before the move to production/,
    );
    expect(assessment.lead).toMatch(/^Still missing for the move to production: MLOps \/ LLMOps engineer; /);
  });

  it('flags a 15-person pilot with no eval owner with the band and the eval gap', () => {
    const ids = stallIds(
      team({
        stage: 'pilot',
        roles: { ai_engineer: 5, backend: 5, ai_pm: 2, frontend_design: 3 },
        practices: ['eval_set'],
      }),
    );
    // Three times a pilot's top: the size is high, and comes first.
    expect(ids).toEqual(['headcount_outside_band', 'no_eval_owner']);
    expect(
      assess(
        team({ stage: 'pilot', roles: { ai_engineer: 5, backend: 5, ai_pm: 2, frontend_design: 3 } }),
      ).readiness.items.at(-1),
    ).toMatchObject({ kind: 'headcount', met: false });
  });

  it('keeps a seat the stage does not need "ahead of the stage" however many hold it', () => {
    for (const mlEngineers of [3, 4, 6]) {
      const assessment = assess(healthy('pilot', { roles: { ml_engineer: mlEngineers } }));
      expect(assessment.grid.find((row) => row.role === 'ml_engineer')?.status).toBe('premature');
      expect(assessment.stallPoints.map((p) => p.id)).toContain('researchers_not_shippers');
    }
  });
  it('hands eval quality to an ML engineer on a team that only trains its own models, and to the AI engineer the pilot adds on hosted ones', () => {
    // The ML engineer "builds ... the evaluation harness"; the AI engineer is the LLM-apps seat.
    const own = assess(
      team({
        stage: 'pilot',
        builds: 'custom_models',
        roles: { ai_pm: 1, ml_engineer: 2, data_engineer: 1 },
      }),
    );
    expect(own.grid.find((r) => r.role === 'eval_specialist')).toMatchObject({ status: 'unowned' });
    expect(own.grid.find((r) => r.role === 'ai_engineer')?.status).toBe('optional');
    expect(own.stallPoints.find((p) => p.id === 'no_eval_owner')?.fix).toBe(
      'Name one of the ML engineers as the owner of eval quality, and have them build an evaluation set.',
    );
    const hosted = assess(
      team({ stage: 'pilot', builds: 'both', roles: { ai_pm: 1, ml_engineer: 2, data_engineer: 1 } }),
    );
    const row = hosted.grid.find((r) => r.role === 'eval_specialist');
    // Nobody holds it until someone is named, the new AI engineer included.
    expect(row?.status).toBe('unowned');
    expect(row?.fillVia).toBeNull();
    expect(hosted.stallPoints.find((p) => p.id === 'no_eval_owner')?.fix).toBe(
      'Name the AI engineer you add as the owner of eval quality, and have them build an evaluation set.',
    );
  });

  it('with no stall points, the lead still names seats the stage needs that are empty', () => {
    const { lead, stallPoints } = assess(
      healthy('production', { roles: { backend: 0, frontend_design: 0 } }),
    );
    expect(stallPoints).toEqual([]);
    expect(lead).toBe(
      'No stall points, but seats the stage needs are still to fill: backend engineer; frontend / design.',
    );
  });

  it('tells a pilot heading to production to add security now, as it does MLOps', () => {
    const points = assess(
      healthy('pilot', { headingToNext: true, roles: { mlops: 1, data_engineer: 1 } }),
    ).stallPoints;
    expect(points.find((p) => p.id === 'no_security_seat')?.fix).toBe(
      'Add a security and governance seat now, not after launch.',
    );
  });

  it('does not say "no hire needed" of an unowned eval seat the next stage wants filled', () => {
    const { grid, suggestions, stallPoints } = assess(
      healthy('production', {
        headingToNext: true,
        roles: { eval_specialist: 0 },
        practices: ['eval_set', 'monitoring', 'governed_data', 'security_review'],
      }),
    );
    const row = grid.find((r) => r.role === 'eval_specialist');
    expect(row?.status).toBe('unowned');
    // Whom to name is the eval stall point's to say; the grid says what the next stage adds.
    expect(row?.note).toBe('Scale makes it a dedicated seat: fill it before the move.');
    expect(stallPoints.find((p) => p.id === 'no_eval_owner')?.fix).toMatch(/^Name one of the AI engineers/);
    expect(suggestions.find((s) => s.role === 'eval_specialist')?.timing).toBe('before_next_stage');
  });

  it('offers a pilot with data scientists ahead of the stage the choice the playbook implies', () => {
    const point = assess(healthy('pilot', { roles: { data_scientist: 1 } })).stallPoints.find(
      (p) => p.id === 'data_scientists_without_data_engineering',
    );
    expect(point?.fix).toBe(
      'The pilot stage has no seat for the data scientist yet: move that work to a team with data pipelines, or pause it until production, rather than adding a data engineer just for it.',
    );
    // No seat is added only to support one the stage does not need yet.
    expect(point?.seatsToFill).toEqual([]);
    const production = assess(
      healthy('production', {
        builds: 'both',
        roles: { data_engineer: 0, data_scientist: 1, ml_engineer: 1 },
      }),
    );
    expect(production.stallPoints.find((p) => p.id === 'data_scientists_without_data_engineering')?.fix).toBe(
      'Add a data engineer before adding any more data scientists.',
    );
  });
});
