import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  ROLE_IDS,
  SEAT_STATUSES,
  SEVERITIES,
  STALL_IDS,
  summarize,
} from '../../src/advisor/index.js';
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

  it('never suggests filling now a seat the stage says to wait for', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile);
        for (const suggestion of assessment.suggestions) {
          expect(suggestion.people).toBeGreaterThan(0);
          const row = assessment.grid.find((r) => r.role === suggestion.role);
          if (row?.now.need === 'wait' && suggestion.action !== 'convert') {
            // The seat is needed at the stage the team is heading to (some the moment it heads there), or by a
            // seat it already holds.
            const headingFor = profile.headingToNext && row.next !== null && row.next.minCount > 0;
            expect(headingFor || row.now.minCount > 0).toBe(true);
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

/** The parts of one answer read the same seat verdicts, so they cannot disagree. */
describe('every part of an answer agrees with the seat verdicts', () => {
  const runs = { numRuns: 1000 };
  const rowOf = (assessment: ReturnType<typeof assess>, role: string) => {
    const row = assessment.grid.find((r) => r.role === role);
    if (!row) throw new Error(`no row for ${role}`);
    return row;
  };

  it('nothing is carried by a seat nobody holds', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile);
        for (const row of assessment.grid) {
          if (row.status === 'carried') {
            expect(row.total).toBe(0);
            expect(row.carriedBy).not.toBeNull();
            expect(rowOf(assessment, row.carriedBy ?? '').total).toBeGreaterThan(0);
          } else {
            expect(row.carriedBy).toBeNull();
          }
          if (row.status === 'unowned') {
            // Someone could carry it (the seat its work folds into is held); the answer says to name them.
            expect(row.total).toBe(0);
            expect(assessment.stallPoints.map((p) => p.id)).toContain('no_eval_owner');
          }
          if (row.fillVia) expect(rowOf(assessment, row.fillVia).toFill.now).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('no seat is both to fill and over-staffed or premature, and every gap is filled by someone', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile); // An over-staffed anchor seat held only by augmented people still brings its lead in-house (a
        // conversion); nothing is ever added to a seat over or ahead of the stage.
        const suggested = new Set(
          assessment.suggestions.filter((s) => s.action !== 'convert').map((s) => s.role),
        );
        for (const row of assessment.grid) {
          const toFill = row.toFill.now + row.toFill.beforeNext;
          if (row.status === 'over' || row.status === 'premature') {
            expect(toFill).toBe(0);
            expect(suggested.has(row.role)).toBe(false);
          }
          if (row.status === 'gap') expect(row.toFill.now > 0 || row.fillVia !== null).toBe(true);
          if (row.status === 'short') expect(row.toFill.now).toBeGreaterThan(0);
          if (row.status === 'due_next') expect(row.toFill.beforeNext).toBeGreaterThan(0);
          // The people a seat needs now and before the next stage are suggested, each part with its timing;
          // no other seat gets an addition (only a conversion).
          const additions = assessment.suggestions.filter(
            (s) => s.role === row.role && s.action !== 'convert',
          );
          const now = additions.filter((s) => s.timing === 'now').reduce((sum, s) => sum + s.people, 0);
          const later = additions.filter((s) => s.timing !== 'now').reduce((sum, s) => sum + s.people, 0);
          expect([now, later]).toEqual([row.toFill.now, row.toFill.beforeNext]);
        }
      }),
      runs,
    );
  });

  it('a stall point only asks for seats the grid shows as open, and suggests them', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile);
        const suggested = new Set(assessment.suggestions.map((s) => s.role));
        for (const point of assessment.stallPoints) {
          for (const role of point.seatsToFill) {
            const row = rowOf(assessment, role);
            expect(row.toFill.now + row.toFill.beforeNext).toBeGreaterThan(0);
            expect([
              'covered',
              'carried',
              'early',
              'optional',
              'not_needed',
              'not_yet',
              'premature',
              'over',
            ]).not.toContain(row.toFill.now > 0 ? row.status : 'gap');
            expect(suggested.has(role)).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('the readiness headcount check respects both ends of the band', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile);
        const item = assessment.readiness.items.find((i) => i.kind === 'headcount');
        if (!assessment.nextStage) {
          expect(item).toBeUndefined();
          return;
        }
        const { min, max, openEnded } = assessment.nextStage.band;
        const total = assessment.headcount.total;
        expect(item?.met).toBe(total >= min && (openEnded || total <= max));
      }),
      runs,
    );
  });

  it('readiness for a team on the move is what its verdicts leave to fill', () => {
    fc.assert(
      fc.property(
        arbitraryProfile.filter((p) => p.headingToNext && p.stage !== 'scale'),
        (profile) => {
          const assessment = assess(profile);
          for (const item of assessment.readiness.items) {
            if (item.kind !== 'role') continue;
            const row = rowOf(assessment, item.id);
            if (item.met) expect(row.toFill.beforeNext).toBe(0);
            else {
              // Unmet: people to add, a hire that covers it, or an owner to name (folded eval work).
              const open = row.toFill.now + row.toFill.beforeNext > 0 || row.fillVia !== null;
              expect(open || row.status === 'unowned' || row.status === 'carried').toBe(true);
            }
          }
        },
      ),
      runs,
    );
  });

  it('suggestions that take the team past its band say so', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const { plan, suggestions, headcount } = assess(profile);
        // Hiring and augmenting add people; upskilling and converting move people already there.
        let added = 0;
        for (const s of suggestions) if (s.action === 'hire' || s.action === 'augment') added += s.people;
        expect(plan.projectedHeadcount).toBe(headcount.total + added);
        const past = !headcount.band.openEnded && plan.projectedHeadcount > headcount.band.max;
        expect(plan.pastBand).toBe(past); // Already past the band, the headcount stall point says where to make room; the note says it is further.
        if (past && added > 0) {
          expect(plan.note).toMatch(
            headcount.position === 'above'
              ? /make room first|further past the band/
              : /past the \w+ band of|moving out the seats the stall points above name/,
          );
        }
      }),
      runs,
    );
  });

  it('cites each figure at most once per answer', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile);
        const figures = [...assessment.stallPoints, ...assessment.suggestions].flatMap((part) =>
          part.evidence.map((e) => e.figure),
        );
        expect(new Set(figures).size).toBe(figures.length);
      }),
      runs,
    );
  });

  it('history counts as gaps exactly the seats with people to add', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const assessment = assess(profile);
        const { gaps, covered } = summarize(assessment);
        for (const row of assessment.grid) {
          const open = row.toFill.now + row.toFill.beforeNext > 0 || row.fillVia !== null;
          expect(gaps.includes(row.role)).toBe(open);
          if (covered.includes(row.role)) expect(open).toBe(false);
        }
      }),
      runs,
    );
  });
});
