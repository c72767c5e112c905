import { describe, expect, it } from 'vitest';
import {
  assess,
  getDefaultPlaybook,
  planHiring,
  type TeamOnRecord,
  type TeamProfile,
  teamProfileSchema,
} from '../../src/advisor/index.js';
import type { Reminder } from '../../src/reminders/reminder-store.js';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import { buildAnswer } from '../../src/slack/answer-team.js';
import {
  gridMessage,
  helpMessage,
  rolesMessage,
  unknownSubcommandMessage,
} from '../../src/slack/blocks/command-replies.js';
import {
  forgetConfirmView,
  forgetMeConfirmView,
  forgottenMeView,
  forgottenView,
} from '../../src/slack/blocks/forget-view.js';
import { historyMessage } from '../../src/slack/blocks/history-message.js';
import { homeView } from '../../src/slack/blocks/home-view.js';
import { cutOffMessage, notSavedMessage } from '../../src/slack/blocks/not-saved-message.js';
import { homePlanBlocks, planMessages } from '../../src/slack/blocks/plan-messages.js';
import { questionnaireView } from '../../src/slack/blocks/questionnaire-view.js';
import {
  reminderListMessage,
  reminderMessage,
  reminderPausedMessage,
} from '../../src/slack/blocks/reminder-messages.js';
import { reminderFormView, reminderSavedView } from '../../src/slack/blocks/reminder-view.js';
import { slackTeamNamer } from '../../src/slack/plan/plan-teams.js';
import type { AssessmentRecord } from '../../src/storage/assessment-store.js';

/**
 * Readiness and status are marked in words as well as symbols: a screen reader, or a reader whose client
 * shows emoji as their names or not at all, gets the same meaning. Every emoji in every message, view and
 * App Home the bot builds is followed by words that say what it marks.
 */
const playbook = getDefaultPlaybook();
const NOW = new Date('2026-06-01T00:00:00Z');

function profile(overrides: Partial<Record<string, unknown>> = {}): TeamProfile {
  return teamProfileSchema.parse({
    name: 'Checkout',
    stage: 'production',
    builds: 'both',
    urgency: 'weeks',
    headingToNext: true,
    practices: ['eval_set', 'monitoring'],
    roles: { ai_engineer: { inHouse: 2, augmented: 1 }, ai_pm: { inHouse: 1 }, mlops: { augmented: 2 } },
    ...overrides,
  });
}

/** Teams on the move, staying put, at the first and at the last stage, sparse and full. */
const PROFILES: TeamProfile[] = [
  profile(),
  profile({ headingToNext: false }),
  profile({ stage: 'pilot' }),
  profile({ stage: 'scale', headingToNext: false }),
  profile({ stage: 'scale', headingToNext: true }),
  profile({
    stage: 'pilot',
    practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
    roles: {
      ai_engineer: { inHouse: 3 },
      ai_pm: { inHouse: 1 },
      backend: { inHouse: 2 },
      mlops: { inHouse: 1 },
    },
  }),
  profile({ roles: { data_scientist: { inHouse: 40 } }, practices: [], builds: 'custom_models' }),
];

function record(team: TeamProfile): AssessmentRecord {
  const assessment = assess(team, playbook);
  return {
    id: 'a1',
    workspaceId: 'T1',
    enterpriseId: null,
    channelId: 'C0123456789',
    userId: 'U1',
    teamName: team.name,
    stage: team.stage,
    createdAt: new Date('2026-05-01T00:00:00Z'),
    profile: team,
    summary: {
      headcount: assessment.headcount.total,
      band: assessment.headcount.band.label,
      position: 'within',
      stallPoints: [],
      gaps: [],
      covered: [],
    },
    sharedWithPlan: false,
  };
}

const reminder = (status: Reminder['status'], pausedReason: string | null = null): Reminder =>
  ({
    id: `r-${status}`,
    workspaceId: 'T1',
    enterpriseId: null,
    channelId: 'C0123456789',
    createdBy: 'U1',
    timeZone: 'UTC',
    rule: reminderRuleSchema.parse({ startDate: '2026-06-02', time: '09:00', repeat: { kind: 'once' } }),
    status,
    pausedReason,
    occurrence: 0,
    nextDueAt: Date.parse('2026-06-02T09:00:00Z'),
  }) as Reminder;

function plan() {
  const records: TeamOnRecord[] = PROFILES.map((team, index) => ({
    id: `C${index}/checkout`,
    channelId: `C${index}`,
    source: null,
    // Half of them stale, so the plan marks them.
    assessedAt: new Date(NOW.getTime() - (index % 2) * 120 * 24 * 60 * 60 * 1000),
    profile: team,
  }));
  return planHiring(records, NOW, playbook);
}

/** Everything the bot builds for a person to read. */
function everyBuilder(): { name: string; value: unknown }[] {
  const shown: { name: string; value: unknown }[] = [];
  for (const [index, team] of PROFILES.entries()) {
    const answer = buildAnswer(
      assess(team, playbook),
      { channelId: 'C0123456789', userId: 'U1', profile: team },
      playbook,
      { notice: ":information_source: I couldn't post in <#C0123456789>. Here is your answer instead." },
    );
    shown.push({ name: `answer ${index}`, value: answer });
  }
  const companyPlan = plan();
  const namer = slackTeamNamer(companyPlan);
  const paused = reminder('paused', 'not_in_channel');
  shown.push(
    { name: 'history', value: historyMessage(PROFILES.map(record), playbook, undefined) },
    {
      name: 'App Home',
      value: homeView(
        PROFILES.map(record),
        [reminder('active'), paused],
        playbook,
        homePlanBlocks(companyPlan, namer, { kind: 'none' }, undefined, 2),
      ),
    },
    {
      name: 'plan',
      value: planMessages(companyPlan, namer, { kind: 'none' }, { mayReassess: () => true, unshared: 2 }),
    },
    {
      name: 'reminder',
      value: reminderMessage(reminder('active'), record(PROFILES[0] as TeamProfile), playbook),
    },
    { name: 'reminder list', value: reminderListMessage([reminder('active'), paused]) },
    { name: 'reminder paused', value: reminderPausedMessage(paused, 'not_in_channel') },
    {
      name: 'reminder form',
      value: reminderFormView({ channelId: 'C0123456789', defaultDate: '2026-06-02' }),
    },
    { name: 'reminder saved', value: reminderSavedView(reminder('active'), false) },
    { name: 'help', value: helpMessage() },
    { name: 'unknown', value: unknownSubcommandMessage('what') },
    { name: 'grid', value: gridMessage(playbook) },
    { name: 'roles', value: rolesMessage(playbook) },
    { name: 'forget', value: forgetConfirmView('C1', { assessments: 2, reminders: 1 }) },
    { name: 'forgotten', value: forgottenView('C1', { assessments: 2, reminders: 1 }) },
    { name: 'forget me', value: forgetMeConfirmView({ assessments: 2, reminders: 1, conversations: 1 }) },
    { name: 'forgotten me', value: forgottenMeView({ assessments: 2, reminders: 1 }) },
    { name: 'not saved', value: notSavedMessage('{}') },
    { name: 'cut off', value: cutOffMessage('{}') },
    {
      name: 'questionnaire',
      value: questionnaireView({
        playbook,
        privateMetadata: '{}',
        askForChannel: false,
        notice: 'I am not in that private channel.',
        editsAnswer: true,
      }),
    },
  );
  return shown;
}

/** Every string in a message or view (texts, fallbacks, table cells, labels). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** An emoji, as a Slack shortcode or a pictograph. */
const EMOJI = /:[a-z][a-z0-9_+-]*:|\p{Extended_Pictographic}/gu;
const ANY_EMOJI = new RegExp(EMOJI.source, 'u');
/** What must follow an emoji: words (bold or not) saying what it marks. */
const WORDS_AFTER = /^\s*\*?[A-Za-z][A-Za-z']*\b/;

describe('readiness and status in words as well as symbols', () => {
  const shown = everyBuilder();

  it('every emoji in every message, view and App Home is followed by words saying what it marks', () => {
    let emoji = 0;
    for (const { name, value } of shown) {
      for (const text of strings(value)) {
        for (const match of text.matchAll(EMOJI)) {
          emoji += 1;
          const after = text.slice((match.index ?? 0) + match[0].length);
          expect(after, `${name}: ${match[0]} in "${text.slice(0, 120)}"`).toMatch(WORDS_AFTER);
        }
      }
    }
    // The readiness checklists and the notices above carry emoji: the walk saw them.
    expect(emoji).toBeGreaterThan(0);
  });

  it('every readiness line says "In place" or "Missing", and the counts agree with the advice', () => {
    let checked = 0;
    for (const team of PROFILES) {
      const assessment = assess(team, playbook);
      const { replies } = buildAnswer(assessment, { channelId: 'C1', userId: 'U1', profile: team }, playbook);
      const readiness = replies.at(-1);
      const text = strings(readiness?.blocks).join('\n');
      if (!assessment.readiness.nextStage) {
        expect(text).toContain('last stage');
        continue;
      }
      const met = assessment.readiness.items.filter((item) => item.met).length;
      const total = assessment.readiness.items.length;
      if (!team.headingToNext) {
        // A summary in words, with no symbol at all: how many seats and practices are missing (the size
        // guide is not one).
        const missing = assessment.readiness.items.filter((item) => !item.met && item.kind !== 'headcount');
        expect(text).toMatch(
          missing.length === 0
            ? /every seat and practice in place/
            : new RegExp(`: ${missing.length} seats? or practices? missing`),
        );
        expect(text).not.toMatch(ANY_EMOJI);
        continue;
      }
      expect(readiness?.text).toContain(`${met} of ${total} in place`);
      checked += 1;
      const lines = text.split('\n').filter((line) => /^:\w+:/.test(line));
      expect(lines).toHaveLength(total);
      expect(lines.filter((line) => /^:\w+: In place: /.test(line))).toHaveLength(met);
      expect(lines.filter((line) => /^:\w+: Missing: /.test(line))).toHaveLength(total - met);
      expect(text).toContain(`${met} of ${total} in place`);
    }
    expect(checked).toBeGreaterThan(1);
  });
});
