import { describe, expect, it } from 'vitest';
import { adviceLengths, LENGTH_LIMITS } from '../helpers/advice-length.js';

/**
 * Half the words: the text answer over the team-profile fixtures and 1,000 random teams (a fixed seed, the same
 * figures `npm run advice-length` prints) keeps to a median, a 90th percentile and a longest.
 */
describe('answer length', () => {
  const { fixtures, random, all } = adviceLengths();

  it.each([
    ['the team-profile fixtures', fixtures.figures],
    ['1,000 random teams', random.figures],
    ['both together', all.figures],
  ])('%s: median, 90th percentile and longest within the limits', (_label, figures) => {
    expect(figures.median).toBeLessThanOrEqual(LENGTH_LIMITS.median);
    expect(figures.p90).toBeLessThanOrEqual(LENGTH_LIMITS.p90);
    expect(figures.max).toBeLessThanOrEqual(LENGTH_LIMITS.max);
  });
});
