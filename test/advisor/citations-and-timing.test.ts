import { describe, expect, it } from 'vitest';
import { assess, type TeamProfile } from '../../src/advisor/index.js';
import { team } from '../helpers/teams.js';

/** The sources an answer cites, over its stall points and suggestions, sorted. */
function citedSources(profile: TeamProfile): string[] {
  const { stallPoints, suggestions } = assess(profile);
  return [...stallPoints, ...suggestions].flatMap((item) => item.evidence.map((e) => e.source)).sort();
}

describe('an answer cites each source once', () => {
  it('a pilot of data scientists with no AI engineer: a16z once, though two of its findings apply', () => {
    // The stall point rests on "engineers, not researchers"; the AI engineer suggestion on "AI engineer
    // first". Both are a16z's: the second is not cited again. McKinsey's value gap is about the move to
    // production, which a pilot staying a pilot is not making: not cited.
    const profile = team({ stage: 'pilot', roles: { data_scientist: 2, backend: 1, ai_pm: 1 } });
    expect(citedSources(profile)).toEqual(['a16z']);
  });
  it('a production team missing most seats: two sources at most, each once, the first claims they support', () => {
    const profile = team({ stage: 'production', roles: { data_scientist: 1, backend: 1, ai_pm: 1 } });
    // McKinsey's gap is the move into production, which this team has made: IDC's shortage is the second.
    expect(citedSources(profile)).toEqual(['a16z', 'idc']);
  });
});

describe('governed data: when it is needed', () => {
  const governedDataPoint = (profile: TeamProfile) =>
    assess(profile).stallPoints.find((point) => point.id === 'no_governed_data')?.what;
  const roles = { ai_engineer: 2, ai_pm: 1, backend: 2, mlops: 1 };
  const practices = ['eval_set', 'eval_owner', 'monitoring'] as const;

  it('a production team needs it now, whether or not it is heading to scale', () => {
    for (const headingToNext of [false, true]) {
      const profile = team({ stage: 'production', headingToNext, roles, practices: [...practices] });
      expect(governedDataPoint(profile)).toBe('No governed pipelines and no data engineer.');
    }
  });

  it('a pilot heading to production needs it before the move; a pilot staying a pilot is not told', () => {
    const pilot = { ai_engineer: 2, ai_pm: 1, backend: 1 };
    const heading = team({
      stage: 'pilot',
      headingToNext: true,
      roles: pilot,
      practices: ['eval_set', 'eval_owner'],
    });
    expect(governedDataPoint(heading)).toBe(
      'No governed pipelines and no data engineer before the move to production.',
    );
    const staying = team({ stage: 'pilot', roles: pilot, practices: ['eval_set', 'eval_owner'] });
    expect(governedDataPoint(staying)).toBeUndefined();
  });
});
