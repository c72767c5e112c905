import { describe, expect, it } from 'vitest';
import { assess, compareSummaries, hasChanges, summarize } from '../../src/advisor/index.js';
import { healthy } from '../helpers/teams.js';

const point = (profile: Parameters<typeof assess>[0]) => ({
  stage: profile.stage,
  summary: summarize(assess(profile)),
});

describe('what changed between two assessments', () => {
  it('says a gap was filled only when the seat is now staffed', () => {
    const before = point(healthy('production', { roles: { mlops: 0 } }));
    const filled = compareSummaries(before, point(healthy('production')));
    expect(filled.gapsClosed).toEqual(['mlops']);
    expect(filled.resolved.map((p) => p.id)).toEqual(['mlops_missing']);

    // Back at the pilot stage the seat is no longer asked for, but nobody filled it.
    const backToPilot = compareSummaries(before, point(healthy('pilot')));
    expect(backToPilot.gapsClosed).not.toContain('mlops');
    expect(backToPilot.stage).toEqual({ from: 'production', to: 'pilot' });
  });

  it('reports new stall points and opened gaps, and nothing when nothing changed', () => {
    const before = point(healthy('production'));
    const after = point(healthy('production', { roles: { security: 0 } }));
    const changes = compareSummaries(before, after);
    expect(changes.appeared.map((p) => p.id)).toEqual(['no_security_seat']);
    expect(changes.gapsOpened).toEqual(['security']);
    expect(changes.headcount).toEqual({ from: 10, to: 9 });
    expect(hasChanges(compareSummaries(before, point(healthy('production'))))).toBe(false);
  });
});
