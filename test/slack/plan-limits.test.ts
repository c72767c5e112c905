import { describe, expect, it } from 'vitest';
import {
  getDefaultPlaybook,
  planHiring,
  ROLE_IDS,
  STAGE_IDS,
  type TeamOnRecord,
  teamProfileSchema,
} from '../../src/advisor/index.js';
import { homeView } from '../../src/slack/blocks/home-view.js';
import { homePlanBlocks, planMessages } from '../../src/slack/blocks/plan-messages.js';
import { slackTeamNamer } from '../../src/slack/plan/plan-teams.js';
import { slackLimitProblems } from './slack-limits.js';

const playbook = getDefaultPlaybook();
const LONGEST_ESCAPED_NAME = '<&>'.repeat(26).padEnd(80, '&');
const NOW = new Date('2027-01-01T00:00:00Z');

/**
 * `count` teams at every stage with nobody in any seat (every seat a gap, every stall point set off), the
 * longest name the schema allows made of characters that grow when escaped, all assessed a year ago (stale:
 * each line carries a Re-assess button with its answers): the largest plan lines there can be.
 */
function largestPlanRecords(count: number): TeamOnRecord[] {
  const nobody = Object.fromEntries(ROLE_IDS.map((role) => [role, { inHouse: 0, augmented: 1 }]));
  return Array.from({ length: count }, (_, index) => ({
    id: `C${String(index).padStart(10, '0')}/team`,
    channelId: `C${String(index).padStart(10, '0')}`,
    source: null,
    assessedAt: new Date('2026-01-01T00:00:00Z'),
    profile: teamProfileSchema.parse({
      name: LONGEST_ESCAPED_NAME,
      stage: STAGE_IDS[index % STAGE_IDS.length],
      builds: 'both',
      urgency: 'weeks',
      headingToNext: true,
      practices: [],
      roles: nobody,
    }),
  }));
}

describe('the hiring plan in Slack stays within Slack limits', () => {
  it('for 600 of the largest team lines: every message, every team once, in rank order', () => {
    const plan = planHiring(largestPlanRecords(600), NOW, playbook);
    const messages = planMessages(
      plan,
      slackTeamNamer(plan),
      { kind: 'shown', fileId: 'F0123456789', altText: 'x'.repeat(5000) },
      // Every line with its button and the note on teams left out: the largest messages there can be.
      { mayReassess: () => true, cutAt: 5_000 },
    );
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages)
      expect(slackLimitProblems('message', message.blocks, message.text)).toEqual([]);
    const ranks = messages
      .flatMap((message) => message.blocks)
      .filter((block) => block.type === 'section' && block.accessory?.type === 'button')
      .map((block) =>
        Number(/^(\d+)\. /.exec(block.type === 'section' ? (block.text?.text ?? '') : '')?.[1]),
      );
    expect(ranks).toEqual(Array.from({ length: 600 }, (_, index) => index + 1));
  });

  it('for 600 of the largest team lines a reader may not re-assess (each says who can instead)', () => {
    const plan = planHiring(largestPlanRecords(600), NOW, playbook);
    const messages = planMessages(
      plan,
      slackTeamNamer(plan),
      { kind: 'failed' },
      { mayReassess: () => false, cutAt: 5_000 },
    );
    for (const message of messages)
      expect(slackLimitProblems('message', message.blocks, message.text)).toEqual([]);
    const notes = JSON.stringify(messages).match(/can re-assess it there/g) ?? [];
    expect(notes).toHaveLength(600);
  });

  it('for App Home with the plan section of the largest plan', () => {
    const plan = planHiring(largestPlanRecords(600), NOW, playbook);
    const section = homePlanBlocks(
      plan,
      slackTeamNamer(plan),
      { kind: 'shown', fileId: 'F0123456789', altText: 'x'.repeat(2000) },
      5_000,
    );
    expect(section.length).toBeLessThanOrEqual(14);
    const view = homeView([], [], playbook, section);
    expect(slackLimitProblems('view', view.blocks)).toEqual([]);
    expect(JSON.stringify(view.blocks)).toContain('plan_by_dm');
  });
});
