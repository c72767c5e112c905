import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/advisor/index.js';
import { assessmentDocument } from '../../src/render/assessment-document.js';
import { statusLabel } from '../../src/render/labels.js';
import { toText } from '../../src/render/to-text.js';
import { realisticProfile } from '../helpers/arbitrary-profile.js';
import { team } from '../helpers/teams.js';

describe('the text answer', () => {
  it('gives every stall point its fix, the short ones too, whatever the suggestions below say', () => {
    fc.assert(
      fc.property(realisticProfile, (profile) => {
        const assessment = assess(profile);
        const text = toText(assessmentDocument(assessment)).replace(/\s+/g, ' ');
        for (const point of assessment.stallPoints) {
          expect(text).toContain(`${point.title}.`);
          expect(text, `fix of "${point.title}"`).toContain(`Fix: ${point.fix}`.replace(/\s+/g, ' '));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('ends with the grid at scale, where there is no next stage to get ready for', () => {
    const text = toText(
      assessmentDocument(
        assess({
          stage: 'scale',
          builds: 'foundation_apis',
          urgency: 'no_rush',
          headingToNext: true,
          practices: [],
          roles: {
            ai_engineer: { inHouse: 4, augmented: 0 },
            backend: { inHouse: 2, augmented: 0 },
            ai_pm: { inHouse: 2, augmented: 0 },
            data_engineer: { inHouse: 0, augmented: 0 },
            mlops: { inHouse: 0, augmented: 0 },
            eval_specialist: { inHouse: 0, augmented: 0 },
            ml_engineer: { inHouse: 0, augmented: 0 },
            data_scientist: { inHouse: 0, augmented: 0 },
            frontend_design: { inHouse: 1, augmented: 0 },
            security: { inHouse: 0, augmented: 0 },
          },
        }),
      ),
    );
    expect(text).not.toMatch(/Toward|Ready for|last stage/);
    expect(text.trimEnd().split('\n').at(-1)).not.toBe('');
  });
});

describe('the eval seat, said the same way in the grid, its note and readiness', () => {
  const eval_ = (assessment: ReturnType<typeof assess>) =>
    assessment.grid.find((row) => row.role === 'eval_specialist');

  it('at production is held by an AI engineer named its owner, not "carried": the playbook makes it core there', () => {
    const assessment = assess(
      team({
        stage: 'production',
        builds: 'foundation_apis',
        practices: ['eval_set', 'eval_owner'],
        roles: { ai_engineer: 2, backend: 2, ai_pm: 1, data_engineer: 1, mlops: 1 },
      }),
    );
    const row = eval_(assessment);
    expect(row?.status).toBe('carried');
    expect(row && statusLabel(row, assessment)).toBe('held by AI engineer, named owner');
    expect(row?.note).toBe('No hire needed while an AI engineer is the named owner of eval quality.');
  });

  it('at a pilot, where the playbook shares it with the AI engineer, is carried; readiness counts its owner once', () => {
    const assessment = assess(
      team({
        stage: 'pilot',
        builds: 'foundation_apis',
        headingToNext: true,
        practices: ['eval_set', 'eval_owner'],
        roles: { ai_engineer: 2, ai_pm: 1 },
      }),
    );
    const row = eval_(assessment);
    expect(row && statusLabel(row, assessment)).toBe('carried by AI engineer');
    // The named owner is the one line: the seat it holds is not a second one (review 13).
    expect(assessment.readiness.items.find((i) => i.id === 'eval_specialist')).toBeUndefined();
    expect(assessment.readiness.items.find((i) => i.id === 'eval_owner')).toMatchObject({ met: true });
  });

  it('with no owner named, is open whoever is hired: "no named owner", never covered once a new AI engineer starts', () => {
    const assessment = assess(
      team({
        stage: 'production',
        builds: 'foundation_apis',
        practices: ['eval_set'],
        roles: { backend: 2, ai_pm: 1, data_engineer: 1, mlops: 1 },
      }),
    );
    const row = eval_(assessment);
    expect(row?.status).toBe('unowned');
    expect(row && statusLabel(row, assessment)).toBe('no named owner');
    expect(assessment.stallPoints.find((p) => p.id === 'no_eval_owner')?.fix).toBe(
      'Name the AI engineer you add as the owner of eval quality.',
    );
  });
});
