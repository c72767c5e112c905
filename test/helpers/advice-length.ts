import fc from 'fast-check';
import { assess } from '../../src/advisor/index.js';
import { assessmentDocument } from '../../src/render/assessment-document.js';
import { toText } from '../../src/render/to-text.js';
import { TEAM_PROFILES } from '../advisor/team-profiles.fixtures.js';
import { arbitraryProfile, realisticProfile } from './arbitrary-profile.js';
import { team } from './teams.js';
import { wordCount } from './words.js';

/** The length the advice must keep to, in words of the text answer (issue: half the words). */
export const LENGTH_LIMITS = { median: 350, p90: 500, max: 650 } as const;

export interface LengthFigures {
  count: number;
  median: number;
  p90: number;
  max: number;
}

function figures(words: number[]): LengthFigures {
  const sorted = [...words].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { count: sorted.length, median: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? 0 };
}

const textWords = (profile: Parameters<typeof assess>[0]) =>
  wordCount(toText(assessmentDocument(assess(profile))));

/** Words in the text answer over the fixtures and over 1,000 random profiles drawn with a fixed seed. */
export function adviceLengths() {
  const each = TEAM_PROFILES.map((teamCase) => ({
    name: teamCase.name,
    words: textWords(team(teamCase.profile)),
  }));
  const randomWords = fc.sample(realisticProfile, { numRuns: 1000, seed: 19 }).map(textWords);
  const extremeWords = fc.sample(arbitraryProfile, { numRuns: 1000, seed: 19 }).map(textWords);
  const fixtureWords = each.map((c) => c.words);
  return {
    fixtures: { each, figures: figures(fixtureWords) },
    random: { figures: figures(randomWords) },
    extreme: { figures: figures(extremeWords) },
    all: { figures: figures([...fixtureWords, ...randomWords]) },
  };
}
