import { describe, expect, it } from 'vitest';
import {
  getDefaultPlaybook,
  planHiring,
  type TeamOnRecord,
  teamProfileSchema,
} from '../../src/advisor/index.js';
import type { Reminder } from '../../src/reminders/reminder-store.js';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import {
  forgetConfirmView,
  forgetMeConfirmView,
  forgottenMeView,
  forgottenView,
} from '../../src/slack/blocks/forget-view.js';
import { historyMessage } from '../../src/slack/blocks/history-message.js';
import { homeView } from '../../src/slack/blocks/home-view.js';
import { homePlanBlocks, planMessages, unsharedText } from '../../src/slack/blocks/plan-messages.js';
import { reminderListMessage, reminderMessage } from '../../src/slack/blocks/reminder-messages.js';
import { slackTeamNamer } from '../../src/slack/plan/plan-teams.js';
import { noTeamsText } from '../../src/slack/plan/send-plan.js';
import type { AssessmentRecord } from '../../src/storage/assessment-store.js';

/**
 * Every message builder that counts something, given counts of one: never "1 people", "1 teams"... (the
 * words the bot counts with, each of which the plural helper, countNoun, must make singular).
 */
const WRONG_SINGULAR =
  /\b1 (people|persons|teams|seats|reminders|assessments|messages|conversations|hires|roles)\b/;
const WRONG_PLURAL =
  /\b([02-9]|\d{2,}) (person|team|seat|reminder|assessment|message|conversation)\b(?!['’])/;

const playbook = getDefaultPlaybook();
const NOW = new Date('2026-06-01T00:00:00Z');

function record(headcount: number, overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  const profile = teamProfileSchema.parse({
    name: 'Solo',
    stage: 'pilot',
    builds: 'both',
    urgency: 'weeks',
    roles: { ai_engineer: { inHouse: headcount } },
  });
  return {
    id: `a${headcount}`,
    workspaceId: 'T1',
    enterpriseId: null,
    channelId: 'C0123456789',
    userId: 'U1',
    teamName: 'Solo',
    stage: 'pilot',
    createdAt: new Date('2026-05-01T00:00:00Z'),
    profile,
    summary: { headcount, band: '2 to 5', position: 'below', stallPoints: [], gaps: [], covered: [] },
    sharedWithPlan: false,
    ...overrides,
  };
}

const reminder: Reminder = {
  id: 'r1',
  workspaceId: 'T1',
  enterpriseId: null,
  channelId: 'C0123456789',
  createdBy: 'U1',
  timeZone: 'UTC',
  rule: reminderRuleSchema.parse({ startDate: '2026-06-02', time: '09:00', repeat: { kind: 'once' } }),
  status: 'active',
  pausedReason: null,
  occurrence: 0,
  nextDueAt: Date.parse('2026-06-02T09:00:00Z'),
} as Reminder;

function plan(teams: number) {
  const records: TeamOnRecord[] = Array.from({ length: teams }, (_, index) => ({
    id: `C${index}/solo`,
    channelId: `C${index}`,
    source: null,
    assessedAt: new Date('2026-05-01T00:00:00Z'),
    profile: record(1).profile,
  }));
  return planHiring(records, NOW, playbook);
}

/** Every piece of text a message or view shows. */
function everyText(value: unknown): string {
  return JSON.stringify(value);
}

describe('counts read right in every message builder', () => {
  for (const count of [1, 2]) {
    it(`with counts of ${count}`, () => {
      const counts = { assessments: count, reminders: count, conversations: count };
      const onePlan = plan(count);
      const shown = [
        historyMessage([record(count)], playbook, undefined),
        homeView(
          [record(count)],
          [reminder],
          playbook,
          homePlanBlocks(onePlan, slackTeamNamer(onePlan), { kind: 'none' }, undefined, count),
        ),
        reminderMessage(reminder, record(count), playbook),
        reminderListMessage([reminder]),
        forgetConfirmView('C1', counts),
        forgottenView('C1', counts),
        forgetMeConfirmView(counts),
        forgottenMeView(counts),
        planMessages(
          onePlan,
          slackTeamNamer(onePlan),
          { kind: 'none' },
          { mayReassess: () => false, unshared: count },
        ),
        unsharedText(count),
        noTeamsText(undefined, count),
      ].map(everyText);
      for (const text of shown) {
        expect(text).not.toMatch(WRONG_SINGULAR);
        expect(text).not.toMatch(WRONG_PLURAL);
      }
      // The counts are there, and read as words that agree.
      const all = shown.join('\n');
      expect(all).toContain(count === 1 ? '1 person' : '2 people');
      expect(all).toContain(count === 1 ? '1 assessment' : '2 assessments');
      expect(all).toContain(count === 1 ? '1 team in private channels' : '2 teams in private channels');
    });
  }
});
