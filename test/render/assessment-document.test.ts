import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/advisor/index.js';
import { assessmentDocument } from '../../src/render/assessment-document.js';
import { toText } from '../../src/render/to-text.js';
import { realisticProfile } from '../helpers/arbitrary-profile.js';

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
