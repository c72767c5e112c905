/**
 * The advice the playbook calls for on realistic teams (team-profiles.fixtures.ts), checked against the
 * assessment and the CLI text. Beyond each case's own expectations, every answer must agree with itself:
 * nothing is carried by an empty seat, no seat is both to fill and over-staffed, no figure is repeated.
 */
import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  assess,
  PRACTICE_IDS,
  ROLE_IDS,
  type TeamProfile,
} from '../../src/advisor/index.js';
import { assessmentDocument } from '../../src/render/assessment-document.js';
import { toText } from '../../src/render/to-text.js';
import { LENGTH_LIMITS } from '../helpers/advice-length.js';
import { team } from '../helpers/teams.js';
import { wordCount } from '../helpers/words.js';
import { TEAM_PROFILES } from './team-profiles.fixtures.js';

/** The parts of the assessment the expectations read, by the names the fixtures use. */
interface LooseRow {
  role: string;
  status: string;
  total: number;
  carriedBy?: string | null;
}
interface LooseSuggestion {
  role: string;
  action?: string;
  timing?: string;
}
interface LooseAssessment {
  grid: LooseRow[];
  stallPoints: { id: string }[];
  suggestions: LooseSuggestion[];
  readiness: { items: { kind: string; id: string; met: boolean }[] };
  plan?: { pastBand?: boolean; projectedHeadcount?: number };
}

/** The figures the advice cites (McKinsey's two, IDC's, Gartner's year): each at most once in an answer. */
const FIGURES = ['88%', '39%', '45%', '2027'];

/** No answer runs past the longest the length limits allow (test/helpers/advice-length.ts). */
const MAX_WORDS = LENGTH_LIMITS.max;

function describeSuggestions(suggestions: LooseSuggestion[]): string {
  return suggestions.map((s) => `${s.role}:${s.action ?? '?'}/${s.timing ?? '?'}`).join(', ') || '(none)';
}

function occurrences(text: string, fragment: string): number {
  return text.toLowerCase().split(fragment.toLowerCase()).length - 1;
}

/** Computed on first use inside a test, so an advisor that throws fails that case's tests, not the file. */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

describe.each(TEAM_PROFILES.map((teamCase) => [teamCase.name, teamCase] as const))(
  '%s',
  (_name, teamCase) => {
    const { expect: want } = teamCase;
    const real = lazy((): Assessment => assess(team(teamCase.profile)));
    const loose = () => real() as unknown as LooseAssessment;
    const answerText = lazy(() => toText(assessmentDocument(real())));
    const row = (role: string) => loose().grid.find((r) => r.role === role);
    const stallIdsOf = () => loose().stallPoints.map((p) => p.id);

    if (want.statuses || want.carriedBy) {
      it('reads each seat the way the playbook does', () => {
        for (const [role, status] of Object.entries(want.statuses ?? {})) {
          expect(row(role)?.status, `status of ${role}`).toBe(status);
        }
        for (const [role, carrier] of Object.entries(want.carriedBy ?? {})) {
          expect(row(role)?.status, `status of ${role} (expected carried by ${carrier})`).toBe('carried');
          expect(row(role)?.carriedBy, `who carries ${role}`).toBe(carrier);
        }
      });
    }

    if (want.stall || want.noStall || want.firstStall || want.noStallPoints) {
      it('names the stall points that matter, most severe first', () => {
        const stallIds = stallIdsOf();
        const got = `stall points: [${stallIds.join(', ')}]`;
        if (want.noStallPoints) expect(stallIds, `expected no stall points; ${got}`).toEqual([]);
        for (const id of want.stall ?? []) expect(stallIds, `missing ${id}; ${got}`).toContain(id);
        for (const id of want.noStall ?? []) expect(stallIds, `unexpected ${id}; ${got}`).not.toContain(id);
        if (want.firstStall) expect(stallIds[0], `the lead stall point; ${got}`).toBe(want.firstStall);
      });
    }

    if (want.suggest || want.noSuggest || want.firstSuggest || want.pastBand !== undefined) {
      it('suggests the right seats, the right way, at the right time', () => {
        const assessment = loose();
        const suggestions = assessment.suggestions;
        const got = `suggestions: ${describeSuggestions(suggestions)}`;
        for (const wanted of want.suggest ?? []) {
          const match = suggestions.find(
            (s) =>
              s.role === wanted.role &&
              (wanted.action === undefined || s.action === wanted.action) &&
              (wanted.timing === undefined || s.timing === wanted.timing),
          );
          expect(
            match,
            `expected ${wanted.role}:${wanted.action ?? 'any'}/${wanted.timing ?? 'any'}; ${got}`,
          ).toBeDefined();
        }
        for (const role of want.noSuggest ?? []) {
          expect(
            suggestions.map((s) => s.role),
            `${role} must not be suggested; ${got}`,
          ).not.toContain(role);
        }
        if (want.firstSuggest) {
          expect(suggestions[0]?.role, `the first suggestion; ${got}`).toBe(want.firstSuggest);
        }
        if (want.pastBand !== undefined) {
          expect(
            assessment.plan?.pastBand,
            `plan.pastBand (projected ${assessment.plan?.projectedHeadcount})`,
          ).toBe(want.pastBand);
        }
      });
    }

    if (want.readinessHeadcountMet !== undefined || want.readinessMet || want.readinessUnmet) {
      it('ticks only what is in place for the next stage', () => {
        const items = loose().readiness.items;
        if (want.readinessHeadcountMet !== undefined) {
          const headcount = items.find((i) => i.kind === 'headcount');
          expect(headcount?.met, 'readiness headcount item met').toBe(want.readinessHeadcountMet);
        }
        for (const id of want.readinessMet ?? []) {
          expect(
            items.find((i) => i.kind !== 'headcount' && i.id === id)?.met,
            `readiness item ${id} ticked`,
          ).toBe(true);
        }
        for (const id of want.readinessUnmet ?? []) {
          expect(
            items.find((i) => i.kind !== 'headcount' && i.id === id)?.met,
            `readiness item ${id} listed and not ticked`,
          ).toBe(false);
        }
      });
    }

    if (want.textIncludes || want.textExcludes) {
      it('says what must be said in the text, and not what must not', () => {
        const text = answerText();
        for (const fragment of want.textIncludes ?? []) {
          expect(occurrences(text, fragment), `text should mention "${fragment}"\n${text}`).toBeGreaterThan(
            0,
          );
        }
        for (const fragment of want.textExcludes ?? []) {
          if (typeof fragment === 'string') {
            expect(occurrences(text, fragment), `text must not say "${fragment}"\n${text}`).toBe(0);
          } else {
            expect(text, `text must not match ${fragment}`).not.toMatch(fragment);
          }
        }
      });
    }

    it('agrees with itself: nothing carried by an empty seat, no seat both to fill and over-staffed', () => {
      const assessment = loose();
      for (const r of assessment.grid) {
        if (r.status !== 'carried') continue;
        const carrier = r.carriedBy ? row(r.carriedBy) : undefined;
        expect(
          carrier?.total ?? 0,
          `${r.role} is carried by ${r.carriedBy ?? 'nobody'}, so someone must hold that seat`,
        ).toBeGreaterThan(0);
      }
      for (const s of assessment.suggestions) {
        expect(
          ['over', 'premature'],
          `${s.role} is suggested, so it cannot be over-staffed or premature`,
        ).not.toContain(row(s.role)?.status);
      }
    });

    it('quotes each figure at most once and stays short enough to read', () => {
      const text = answerText();
      for (const figure of FIGURES) {
        expect(occurrences(text, figure), `"${figure}" quoted more than once`).toBeLessThanOrEqual(1);
      }
      const words = wordCount(text);
      expect(words, 'words in the text answer').toBeLessThanOrEqual(MAX_WORDS);
    });
  },
);

/** Every questionnaire answer: two cases that differ only in it, whose expected advice differs. */
describe('the fixtures cover every questionnaire answer', () => {
  const answers = [
    'stage',
    'builds',
    'urgency',
    'headingToNext',
    ...PRACTICE_IDS.map((practice) => `practice:${practice}`),
    ...ROLE_IDS.map((role) => `role:${role}`),
  ];

  function fields(profile: TeamProfile): Map<string, string> {
    const out = new Map<string, string>([
      ['stage', profile.stage],
      ['builds', profile.builds],
      ['urgency', profile.urgency],
      ['headingToNext', String(profile.headingToNext)],
    ]);
    for (const practice of PRACTICE_IDS)
      out.set(`practice:${practice}`, String(profile.practices.includes(practice)));
    for (const role of ROLE_IDS) out.set(`role:${role}`, JSON.stringify(profile.roles[role]));
    return out;
  }

  const normalised = TEAM_PROFILES.map((teamCase) => ({ teamCase, fields: fields(team(teamCase.profile)) }));

  it('has at least 32 cases with distinct names', () => {
    expect(TEAM_PROFILES.length).toBeGreaterThanOrEqual(32);
    expect(new Set(TEAM_PROFILES.map((c) => c.name)).size).toBe(TEAM_PROFILES.length);
  });

  /** Everything the answer says, without the profile it echoes. */
  function advice(teamCase: (typeof TEAM_PROFILES)[number]): string {
    const { profile: _profile, ...said } = assess(team(teamCase.profile));
    return JSON.stringify(said);
  }

  it.each(answers)('%s changes the advice', (answerId) => {
    const pairs = normalised.flatMap((a, i) =>
      normalised.slice(i + 1).flatMap((b) => {
        const differing = answers.filter((id) => a.fields.get(id) !== b.fields.get(id));
        return differing.length === 1 && differing[0] === answerId ? [[a.teamCase, b.teamCase] as const] : [];
      }),
    );
    expect(pairs.length, `no pair of cases differs only in ${answerId}`).toBeGreaterThan(0);
    for (const [a, b] of pairs) {
      expect(JSON.stringify(a.expect), `${a.name} / ${b.name}: same expectations`).not.toBe(
        JSON.stringify(b.expect),
      );
      expect(advice(a), `${a.name} / ${b.name}: same advice`).not.toBe(advice(b));
    }
  });
});
