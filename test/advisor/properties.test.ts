import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, ROLE_IDS, SEAT_STATUSES, SEVERITIES, STALL_IDS } from '../../src/advisor/index.js';
import { arbitraryProfile } from '../helpers/arbitrary-profile.js';

describe('every valid profile', () => {
  it('yields an assessment covering all ten roles, without throwing', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile);
        expect(assessment.grid.map((row) => row.role)).toEqual([...ROLE_IDS]);
        for (const row of assessment.grid) {
          expect(SEAT_STATUSES).toContain(row.status);
          expect(row.total).toBe(row.inHouse + row.augmented);
        }
        expect(assessment.headcount.total).toBe(assessment.grid.reduce((sum, row) => sum + row.total, 0));
      }),
      { numRuns: 500 },
    );
  });

  it('lists stall points most severe first, each rule at most once', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const points = assess(profile).stallPoints;
        const ranks = points.map((point) => SEVERITIES.indexOf(point.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(new Set(points.map((point) => point.id)).size).toBe(points.length);
        for (const point of points) expect(STALL_IDS).toContain(point.id);
      }),
      { numRuns: 500 },
    );
  });

  it('gets at most two full-time hires, and never a suggestion for a seat the stage says to wait for', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile);
        expect(assessment.suggestions.filter((s) => s.approach === 'hire').length).toBeLessThanOrEqual(2);
        for (const suggestion of assessment.suggestions) {
          expect(suggestion.people).toBeGreaterThan(0);
          const row = assessment.grid.find((r) => r.role === suggestion.role);
          if (suggestion.when === 'now' && row?.now.need === 'wait') {
            // Only the surge of a pilot heading to production may fill a waiting seat early.
            expect(profile.stage === 'pilot' && profile.headingToNext).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: the same profile gives the same assessment', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        expect(assess(structuredClone(profile))).toEqual(assess(profile));
      }),
      { numRuns: 200 },
    );
  });
});
