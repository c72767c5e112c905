import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assess,
  compareSummaries,
  getDefaultPlaybook,
  planHiring,
  summarize,
  type TeamOnRecord,
  teamProfileSchema,
} from '../../src/advisor/index.js';
import type { Reminder } from '../../src/reminders/reminder-store.js';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import { assessmentDocument } from '../../src/render/assessment-document.js';
import { planDocument } from '../../src/render/plan-document.js';
import { planAltText } from '../../src/render/plan-picture/plan-alt-text.js';
import { planSvg } from '../../src/render/plan-picture/plan-svg.js';
import { toText } from '../../src/render/to-text.js';
import { answerMessages } from '../../src/slack/blocks/answer-messages.js';
import { describeChanges, stageAndSize } from '../../src/slack/blocks/changes.js';
import {
  forgetConfirmView,
  forgetMeConfirmView,
  forgottenMeView,
  forgottenView,
} from '../../src/slack/blocks/forget-view.js';
import { historyMessage } from '../../src/slack/blocks/history-message.js';
import { homeView } from '../../src/slack/blocks/home-view.js';
import { homePlanBlocks, planMessages, unsharedText } from '../../src/slack/blocks/plan-messages.js';
import {
  pauseReasonText,
  reminderListMessage,
  reminderMessage,
  reminderPausedMessage,
} from '../../src/slack/blocks/reminder-messages.js';
import { exportText, personExportText } from '../../src/slack/export/send-export.js';
import { notSentText } from '../../src/slack/listeners/functions/send-hiring-plan.js';
import { failureText } from '../../src/slack/plan/deliver-plan.js';
import { slackTeamNamer } from '../../src/slack/plan/plan-teams.js';
import { noTeamsText, PlanCutShortError } from '../../src/slack/plan/send-plan.js';
import { planExportText } from '../../src/slack/plan/send-plan-export.js';
import type { AssessmentRecord } from '../../src/storage/assessment-store.js';

/**
 * Every message builder that counts something, given counts of one: never "1 people", "1 teams"... (the
 * words the bot counts with, each of which the plural helper, countNoun, must make singular).
 */
const NOUNS = [
  ['person', 'people'],
  ['team', 'teams'],
  ['seat', 'seats'],
  ['reminder', 'reminders'],
  ['assessment', 'assessments'],
  ['message', 'messages'],
  ['conversation', 'conversations'],
  ['hire', 'hires'],
  ['full-time hire', 'full-time hires'],
  ['contractor', 'contractors'],
  ['role', 'roles'],
  ['step', 'steps'],
  ['stall point', 'stall points'],
  ['time', 'times'],
  ['most recently assessed team', 'most recently assessed teams'],
] as const;
const WRONG_SINGULAR = new RegExp(
  `\\b1 (?:more )?(${NOUNS.map(([, plural]) => plural).join('|')}|persons)\\b`,
);
const WRONG_PLURAL = new RegExp(
  `\\b(?:[02-9]|\\d{2,}) (?:more )?(${NOUNS.map(([singular]) => singular).join('|')})\\b(?![-'’]|s\\b)`,
);

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

/** A team of `people` AI engineers, assessed. */
function assessed(people: number) {
  const profile = teamProfileSchema.parse({
    name: 'Solo',
    stage: 'pilot',
    builds: 'both',
    urgency: 'weeks',
    roles: people > 0 ? { ai_engineer: { inHouse: people } } : {},
  });
  return assess(profile, playbook);
}

/** Every text the bot builds that holds a count, with that count set to `count` wherever it can be. */
function everyBuilder(count: number): string[] {
  const counts = { assessments: count, reminders: count, conversations: count };
  const onePlan = plan(count);
  const namer = slackTeamNamer(onePlan);
  const assessment = assessed(count);
  const after = summarize(assessment);
  const changes = compareSummaries(
    { stage: 'pilot', summary: summarize(assessed(count + 1)) },
    { stage: 'pilot', summary: after },
  );
  return [
    // The answer: parent, thread replies and their text fallbacks, as a first answer and a re-assessment.
    answerMessages(assessment, { userId: 'U1', editValue: 'e', channelId: 'C1', playbook }),
    answerMessages(assessment, {
      userId: 'U1',
      editValue: 'e',
      channelId: 'C1',
      playbook,
      sinceLast: { at: NOW, changes, updatedAt: NOW },
    }),
    describeChanges(changes, playbook),
    stageAndSize('pilot', after, playbook),
    toText(assessmentDocument(assessment)),
    // History, App Home, reminders (the post, the list, the paused notice), forget.
    historyMessage([record(count)], playbook, undefined),
    homeView(
      count === 0 ? [] : [record(count)],
      count === 0 ? [] : [reminder],
      playbook,
      homePlanBlocks(onePlan, namer, { kind: 'none' }, undefined, count),
    ),
    reminderMessage(reminder, record(count), playbook),
    reminderListMessage(Array.from({ length: count }, (_, index) => ({ ...reminder, id: `r${index}` }))),
    reminderPausedMessage(reminder, `failed ${count === 1 ? '1 time' : `${count} times`} (fatal_error)`),
    pauseReasonText('channel_not_found'),
    forgetConfirmView('C1', counts),
    forgottenView('C1', counts),
    forgetMeConfirmView(counts),
    forgottenMeView(counts),
    // The plan: messages, document, picture and its alt text, exports, and what it leaves out.
    planMessages(
      onePlan,
      namer,
      { kind: 'none' },
      { mayReassess: () => false, unshared: count, cutAt: count },
    ),
    toText(planDocument(onePlan, namer)),
    planSvg(onePlan, (team) => team.name ?? team.id).svg,
    planAltText(onePlan, (team) => team.name ?? team.id, count),
    unsharedText(count),
    noTeamsText(count, count),
    exportText('C1', count, count),
    personExportText(count, count),
    planExportText(count, count, count),
    failureText('plan', new PlanCutShortError(count, count, new Error('x'))),
    notSentText('U1', new PlanCutShortError(count, count, new Error('x'))),
  ].map(everyText);
}

describe('counts read right in every message builder', () => {
  for (const count of [0, 1, 2]) {
    it(`with counts of ${count}`, () => {
      const shown = everyBuilder(count);
      for (const text of shown) {
        expect(text).not.toMatch(WRONG_SINGULAR);
        expect(text).not.toMatch(WRONG_PLURAL);
      }
      // The counts are there, and read as words that agree.
      const all = shown.join('\n');
      const words = count === 1 ? (singular: string) => singular : (_: string, plural: string) => plural;
      for (const [singular, plural] of [
        ['person', 'people'],
        ['assessment', 'assessments'],
        ['reminder', 'reminders'],
        ['conversation', 'conversations'],
        ['team in private channels', 'teams in private channels'],
        ['most recently assessed team', 'most recently assessed teams'],
        ['message', 'messages'],
      ] as const) {
        expect(all).toContain(`${count} ${words(singular, plural)}`);
      }
    });
  }

  it('the check itself catches a count that does not agree', () => {
    for (const wrong of ['1 people', '1 teams', '2 person', '0 team', '1 more teams', '3 stall point']) {
      expect(`x ${wrong} y`).toMatch(wrong.startsWith('1 ') ? WRONG_SINGULAR : WRONG_PLURAL);
    }
    for (const right of ['1 person', '2 people', '0 teams', '1 more team', "2 team's", '2 team-wide']) {
      expect(`x ${right} y`).not.toMatch(WRONG_SINGULAR);
      expect(`x ${right} y`).not.toMatch(WRONG_PLURAL);
    }
  });
});

/**
 * A count followed by its noun chosen by hand (`${n} more ${n === 1 ? 'gap' : 'gaps'}`): what countNoun is
 * for. Words that agree with a count without being its noun (is/are, moves/move) are left as they are.
 */
const COUNT_THEN_CHOICE = /\$\{([\w.]+)\}(?: [\w-]+)* \$\{\1 === 1 \? '([^']+)' : '([^']+)'\}/g;

function handBuiltPlurals(line: string): string[] {
  return [...line.matchAll(COUNT_THEN_CHOICE)]
    .filter(
      ([, , singular = '', plural = '']) =>
        plural === `${singular}s` || (singular.endsWith('person') && plural.endsWith('people')),
    )
    .map(([match]) => match);
}

/** A line of source that counts `count` with `between` and then a choice of two words. */
const sourceLine = (count: string, between: string, one: string, other: string) =>
  `\`${'$'}{${count}}${between} ${'$'}{${count} === 1 ? '${one}' : '${other}'}\``;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

describe('one plural helper', () => {
  it('every count in the source is put with its noun by countNoun, never by hand', () => {
    const found = sourceFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (handBuiltPlurals(line).length > 0 ? [`${file}:${index + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('the check itself catches a noun chosen by hand after its count, and only that', () => {
    expect(handBuiltPlurals(sourceLine('rest', ' more', 'gap', 'gaps'))).toHaveLength(1);
    expect(handBuiltPlurals(sourceLine('n', ' shared-platform', 'bridge', 'bridges'))).toHaveLength(1);
    expect(handBuiltPlurals(sourceLine('total.n', ' new', 'person', 'people'))).toHaveLength(1);
    expect(handBuiltPlurals(sourceLine('moved', '', 'moves', 'move'))).toEqual([]);
    expect(handBuiltPlurals(sourceLine('n', ' seats', 'is', 'are'))).toEqual([]);
  });
});
