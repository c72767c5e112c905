import type { KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  getDefaultPlaybook,
  ROLE_IDS,
  STAGE_IDS,
  type TeamProfile,
  teamProfileSchema,
} from '../../src/advisor/index.js';
import type { Reminder } from '../../src/reminders/reminder-store.js';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import { answerMessages } from '../../src/slack/blocks/answer-messages.js';
import {
  gridMessage,
  helpMessage,
  rolesMessage,
  unknownSubcommandMessage,
} from '../../src/slack/blocks/command-replies.js';
import { homeView } from '../../src/slack/blocks/home-view.js';
import {
  blockTextLength,
  everyTextLength,
  packIntoMessages,
  type SlackMessage,
} from '../../src/slack/blocks/limits.js';
import { questionnaireView } from '../../src/slack/blocks/questionnaire-view.js';
import { encodeEditValue } from '../../src/slack/questionnaire/edit-value.js';
import { encodeMetadata } from '../../src/slack/questionnaire/submission.js';
import type { AssessmentRecord } from '../../src/storage/assessment-store.js';
import { arbitraryProfile } from '../helpers/arbitrary-profile.js';
import { SLACK, slackLimitProblems } from './slack-limits.js';

const playbook = getDefaultPlaybook();
const LONGEST_NAME = 'W'.repeat(80);
const LONGEST_ESCAPED_NAME = '<&>'.repeat(26).padEnd(80, '&');

/** The largest team the schema allows, shaped to set off as many stall points and suggestions as it can. */
function largestTeams(): TeamProfile[] {
  const everyone = Object.fromEntries(ROLE_IDS.map((role) => [role, { inHouse: 500, augmented: 500 }]));
  const nobody = Object.fromEntries(ROLE_IDS.map((role) => [role, { inHouse: 0, augmented: 0 }]));
  const teams: unknown[] = [];
  for (const stage of STAGE_IDS) {
    for (const name of [LONGEST_NAME, LONGEST_ESCAPED_NAME]) {
      teams.push(
        {
          name,
          stage,
          builds: 'both',
          urgency: 'weeks',
          headingToNext: true,
          practices: [],
          roles: everyone,
        },
        {
          name,
          stage,
          builds: 'both',
          urgency: 'no_rush',
          headingToNext: true,
          practices: [],
          roles: nobody,
        },
        {
          name,
          stage,
          builds: 'foundation_apis',
          urgency: 'weeks',
          headingToNext: true,
          practices: [],
          roles: {
            ...nobody,
            backend: { inHouse: 500, augmented: 500 },
            data_scientist: { inHouse: 0, augmented: 500 },
          },
        },
      );
    }
  }
  return teams.map((team) => teamProfileSchema.parse(team));
}

function expectWithinLimits(message: SlackMessage) {
  expect(slackLimitProblems('message', message.blocks, message.text)).toEqual([]);
}

function allMessages(profile: TeamProfile): SlackMessage[] {
  const assessment = assess(profile, playbook);
  const answer = answerMessages(assessment, {
    userId: 'U0123456789',
    editValue: encodeEditValue({ channelId: 'C0123456789', profile }),
    channelId: 'C0123456789',
    notice: "I couldn't post in <#C0123456789>: I am not a member. Here is your answer instead.",
    playbook,
    // The most a re-assessment can have changed: every stall point and gap, both ways.
    sinceLast: {
      at: new Date('2026-01-01T00:00:00Z'),
      changes: {
        stage: { from: 'pilot', to: 'scale' },
        headcount: { from: 10_000, to: 0 },
        resolved: assessment.stallPoints,
        appeared: assessment.stallPoints,
        gapsClosed: [...ROLE_IDS],
        gapsOpened: [...ROLE_IDS],
      },
    },
  });
  return [answer.parent, ...answer.replies];
}

describe('Block Kit stays within Slack limits', () => {
  it('for the largest possible teams: every message, the questionnaire and the Edit answers value', () => {
    for (const profile of largestTeams()) {
      const messages = allMessages(profile);
      messages.forEach(expectWithinLimits);
      expect(encodeEditValue({ channelId: 'C0123456789', profile }).length).toBeLessThanOrEqual(
        SLACK.buttonValue,
      );

      const view = questionnaireView({
        playbook,
        prefill: profile,
        privateMetadata: encodeMetadata({ channelId: 'C0123456789' }),
        askForChannel: true,
      });
      expect(slackLimitProblems('view', view.blocks)).toEqual([]);
      expect(view.title?.text.length).toBeLessThanOrEqual(SLACK.modalTitle);
      expect(view.private_metadata?.length ?? 0).toBeLessThanOrEqual(SLACK.privateMetadata);
    }
  });

  it('keeps every stall point and suggestion of the largest team in the thread', () => {
    const profile = largestTeams()[1] as TeamProfile;
    const assessment = assess(profile, playbook);
    const replies = answerMessages(assessment, {
      userId: 'U1',
      editValue: '{}',
      channelId: 'C1',
      playbook,
    }).replies;
    const shown = JSON.stringify(replies);
    for (const point of assessment.stallPoints) expect(shown).toContain(point.title);
    for (const suggestion of assessment.suggestions) expect(shown).toContain(suggestion.why);
  });

  it('for any valid team', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        allMessages(profile).forEach(expectWithinLimits);
      }),
      { numRuns: 300 },
    );
  });

  it('for the command replies and App Home with a full history', () => {
    [
      helpMessage(),
      gridMessage(playbook),
      rolesMessage(playbook),
      unknownSubcommandMessage('x'.repeat(3000)),
    ].forEach(expectWithinLimits);
    for (const stage of STAGE_IDS) expectWithinLimits(gridMessage(playbook, stage));

    const profile = largestTeams()[0] as TeamProfile;
    const record: AssessmentRecord = {
      id: 'a',
      workspaceId: 'T1',
      enterpriseId: null,
      sharedWithPlan: false,
      channelId: 'C0123456789',
      userId: 'U1',
      teamName: LONGEST_ESCAPED_NAME,
      stage: 'pilot',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      profile,
      summary: {
        headcount: 10_000,
        band: '2 to 5',
        position: 'above',
        stallPoints: [],
        gaps: [],
        covered: [],
      },
    };
    const reminder: Reminder = {
      id: 'r',
      workspaceId: 'T1',
      enterpriseId: null,
      channelId: 'C0123456789',
      createdBy: 'U1',
      timeZone: 'America/Argentina/ComodRivadavia',
      rule: reminderRuleSchema.parse({
        startDate: '2026-01-01',
        time: '09:00',
        repeat: { kind: 'weeks', every: 52 },
        weekdaysOnly: true,
      }),
      status: 'paused',
      pausedReason: 'channel_not_found',
      failingSince: null,
      occurrence: 0,
      nextDueAt: 0,
      attemptAt: 0,
      attempts: 0,
      lastError: null,
      createdAt: 0,
      updatedAt: 0,
    };
    const view = homeView(
      Array.from({ length: 200 }, () => record),
      Array.from({ length: 200 }, () => reminder),
      playbook,
    );
    expect(slackLimitProblems('view', view.blocks)).toEqual([]);
  });

  it('packs blocks over the limits into several messages, in order, dropping none', () => {
    const sections = Array.from({ length: 120 }, (_, i) => ({
      type: 'section' as const,
      text: { type: 'mrkdwn' as const, text: `${i}:`.padEnd(400, 'x') },
    }));
    const messages = packIntoMessages(sections, (part, parts) => `part ${part} of ${parts}`);
    expect(messages.map((m) => m.blocks.length)).toEqual([27, 27, 27, 27, 12]);
    expect(messages.flatMap((m) => m.blocks)).toEqual(sections);
    expect(messages.map((m) => m.text)).toEqual([
      'part 1 of 5',
      'part 2 of 5',
      'part 3 of 5',
      'part 4 of 5',
      'part 5 of 5',
    ]);
    messages.forEach(expectWithinLimits);
    const dividers = Array.from({ length: 120 }, () => ({ type: 'divider' as const }));
    expect(packIntoMessages(dividers, () => 't').map((m) => m.blocks.length)).toEqual([50, 50, 20]);
  });

  it('counts block text the same way by block kind as by walking every field', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const answer = answerMessages(assess(profile, playbook), {
          userId: 'U1',
          editValue: '{}',
          channelId: 'C1',
          playbook,
        });
        for (const block of [answer.parent, ...answer.replies].flatMap((message) => message.blocks)) {
          expect(blockTextLength(block)).toBe(everyTextLength(block));
        }
      }),
      { numRuns: 50 },
    );
    // Shapes answers do not use are walked: a section with a button, a table cell of rich text.
    const withButton: KnownBlock = {
      type: 'section',
      text: { type: 'mrkdwn', text: 'abc' },
      accessory: { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'Press' } },
    };
    expect(blockTextLength(withButton)).toBe(8);
    const richCell: KnownBlock = {
      type: 'table',
      rows: [
        [
          { type: 'raw_text', text: 'ab' },
          {
            type: 'rich_text',
            elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'xyz' }] }],
          },
        ],
      ],
    };
    expect(blockTextLength(richCell)).toBe(5);
  });

  it('the limit checker the tests use catches what Slack rejects', () => {
    const many = Array.from({ length: 51 }, () => ({ type: 'divider' as const }));
    expect(slackLimitProblems('message', many, 'x')).toContain('51 blocks (max 50)');
    const long = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'x'.repeat(3001) } }];
    expect(slackLimitProblems('message', long, 'x')).toEqual(['block 0 (section): text over 3000']);
    expect(slackLimitProblems('message', [], '')).toEqual(['no fallback text']);
  });
});
