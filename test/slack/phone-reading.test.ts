import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, getDefaultPlaybook, type TeamProfile } from '../../src/advisor/index.js';
import { buildAnswer } from '../../src/slack/answer-team.js';
import { escapeUserText } from '../../src/slack/blocks/escape.js';
import { arbitraryProfile, realisticProfile } from '../helpers/arbitrary-profile.js';

/**
 * An answer reads on a phone: a short lead, the team's name once in the channel message, no thread reply
 * longer than about 40 lines, the grid once (as a table), and each role once in the suggestions.
 */
const playbook = getDefaultPlaybook();
const runs = { numRuns: 300, seed: 23 };
const anyTeam = fc.oneof(arbitraryProfile, realisticProfile);

function answerFor(profile: TeamProfile) {
  const assessment = assess(profile, playbook);
  return {
    assessment,
    ...buildAnswer(assessment, { channelId: 'C0000000001', userId: 'U0000000001', profile }, playbook),
  };
}

/** Characters a phone shows on one line of a message (Slack on a 390-point-wide screen, about 45). */
const PHONE_LINE = 45;

/** Lines of text as a phone wraps them: mrkdwn marks and link targets take no room. */
function wrapped(text: string): number {
  return text
    .replace(/<[^|>]*\|([^>]*)>/g, '$1')
    .replace(/[*_~]/g, '')
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / PHONE_LINE)), 0);
}

/** The lines a block shows on a phone: its text wrapped; a table's rows, one line each. */
function linesOf(block: Record<string, any>): number {
  switch (block.type) {
    case 'section':
      return wrapped(String(block.text?.text ?? ''));
    case 'context':
      return wrapped(block.elements.map((element: { text?: string }) => element.text ?? '').join(' '));
    case 'table':
      return block.rows.length;
    default:
      return 1;
  }
}

/** Every text the blocks show (not the fallback, which only notifications use). */
function shownText(blocks: readonly Record<string, any>[]): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key === 'text' || key === 'alt_text') texts.push(value);
    } else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (k !== 'value') walk(v, k);
    }
  };
  walk(blocks);
  return texts;
}

describe('an answer read on a phone', () => {
  it("the parent's lead is at most 200 characters", () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const { assessment, parent } = answerFor(profile);
        expect(assessment.lead.length).toBeLessThanOrEqual(200);
        expect(
          shownText(parent.blocks as never).some((text) => text.startsWith(`*${assessment.lead}*`)),
        ).toBe(true);
      }),
      runs,
    );
  });

  it("names the team once in the channel message's blocks", () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const named = { ...profile, name: 'Claims triage' };
        const { parent } = answerFor(named);
        const shown = shownText(parent.blocks as never).join('\n');
        expect(shown.split(escapeUserText('Claims triage')).length - 1).toBe(1);
      }),
      runs,
    );
  });

  it('keeps every thread reply to about 40 lines', () => {
    let longest = 0;
    fc.assert(
      fc.property(anyTeam, (profile) => {
        for (const reply of answerFor(profile).replies) {
          const lines = (reply.blocks as Record<string, any>[]).reduce(
            (sum, block) => sum + linesOf(block),
            0,
          );
          longest = Math.max(longest, lines);
          expect(lines).toBeLessThanOrEqual(40);
        }
      }),
      runs,
    );
    // The walk met long replies (most teams' fit well under the limit).
    expect(longest).toBeGreaterThan(30);
  });

  it('shows the grid once, as a table, and names each role once in the suggestions', () => {
    fc.assert(
      fc.property(anyTeam, (profile) => {
        const { replies } = answerFor(profile);
        const grid = replies.filter((reply) => reply.text.startsWith('Role grid'));
        const tables = grid.flatMap((reply) => reply.blocks.filter((block) => block.type === 'table'));
        expect(tables).toHaveLength(1);
        // Its rows are not repeated as text: besides the table, the grid says only its heading and notes.
        const rows = (tables[0] as { rows: unknown[] }).rows.length - 1;
        for (const block of grid.flatMap((reply) => reply.blocks)) {
          if (block.type !== 'section') continue;
          const text = String((block as { text?: { text?: string } }).text?.text);
          if (text.startsWith('*Role grid*')) continue;
          const lines = text.split('\n');
          expect(lines.every((line) => line.startsWith('• '))).toBe(true);
          expect(lines.length).toBeLessThan(rows);
        }
        const suggestions = replies.find((reply) => reply.text.startsWith('Build, hire or augment'));
        const roleLines = shownText(suggestions?.blocks as never).filter((text) => /^\*[^*]+\*: /.test(text));
        const named = roleLines.map((text) => text.slice(1, text.indexOf('*', 1)));
        expect(new Set(named).size).toBe(named.length);
        for (const name of named) {
          expect(
            Object.values(playbook.roles).some((role) => role.name === name || role.shortName === name),
          ).toBe(true);
        }
      }),
      runs,
    );
  });

  it('says in the channel message when the answers look like another stage, as the text answer does', () => {
    const profile = assess(
      {
        stage: 'production',
        builds: 'foundation_apis',
        urgency: 'this_quarter',
        headingToNext: false,
        practices: [],
        roles: {
          ai_engineer: { inHouse: 1, augmented: 0 },
          backend: { inHouse: 1, augmented: 0 },
          ai_pm: { inHouse: 0, augmented: 0 },
          data_engineer: { inHouse: 0, augmented: 0 },
          mlops: { inHouse: 0, augmented: 0 },
          eval_specialist: { inHouse: 0, augmented: 0 },
          ml_engineer: { inHouse: 0, augmented: 0 },
          data_scientist: { inHouse: 0, augmented: 0 },
          frontend_design: { inHouse: 0, augmented: 0 },
          security: { inHouse: 0, augmented: 0 },
        },
      },
      playbook,
    ).profile;
    const { parent } = answerFor(profile);
    expect(shownText(parent.blocks as Record<string, any>[]).join('\n')).toContain(
      'The team looks more like a pilot team than a production one.',
    );
  });
});
