import { assess, getDefaultPlaybook, type RoleId, teamProfileSchema } from '../../src/advisor/index.js';
import { buildAnswer } from '../../src/slack/answer-team.js';

/** Questionnaire answers as Slack puts them in `view.state.values` (block id → action id → value). */
export interface FormAnswers {
  name?: string;
  stage?: string;
  builds?: string;
  urgency?: string;
  headingToNext?: boolean;
  practices?: string[];
  roles?: Partial<Record<RoleId | string, { inHouse?: string | number; augmented?: string | number }>>;
  channel?: string;
  /** The "show in the company plan" box. */
  shareWithPlan?: boolean;
  /** The "Post as a new message" box (on a form opened from an answer). */
  postAsNew?: boolean;
}

export function formState(answers: FormAnswers): Record<string, Record<string, unknown>> {
  const value = (v: unknown) => ({ value: v });
  const option = (v: string | undefined) =>
    value({
      type: 'radio_buttons',
      selected_option: v === undefined ? null : { value: v, text: { type: 'plain_text', text: v } },
    });
  const state: Record<string, Record<string, unknown>> = {
    name: value({ type: 'plain_text_input', value: answers.name ?? null }),
    stage: option(answers.stage),
    builds: option(answers.builds),
    urgency: option(answers.urgency),
    headingToNext: value({
      type: 'checkboxes',
      selected_options: answers.headingToNext
        ? [{ value: 'yes', text: { type: 'plain_text', text: 'yes' } }]
        : [],
    }),
    practices: value({
      type: 'checkboxes',
      selected_options: (answers.practices ?? []).map((p) => ({
        value: p,
        text: { type: 'plain_text', text: p },
      })),
    }),
  };
  for (const [role, counts] of Object.entries(answers.roles ?? {})) {
    for (const kind of ['inHouse', 'augmented'] as const) {
      const count = counts?.[kind];
      state[`roles.${role}.${kind}`] = value({
        type: 'number_input',
        value: count === undefined ? null : String(count),
      });
    }
  }
  if (answers.shareWithPlan) {
    state.shareWithPlan = value({
      type: 'checkboxes',
      selected_options: [{ value: 'share', text: { type: 'plain_text', text: 'share' } }],
    });
  }
  if (answers.postAsNew) {
    state.postAsNew = value({
      type: 'checkboxes',
      selected_options: [{ value: 'new', text: { type: 'plain_text', text: 'Post as a new message' } }],
    });
  }
  if (answers.channel !== undefined) {
    state.channel = value({ type: 'conversations_select', selected_conversation: answers.channel });
  }
  return state;
}

export interface ReminderAnswers {
  date?: string;
  time?: string;
  repeat?: 'once' | 'weeks' | 'monthly' | 'quarterly' | string;
  every?: string | number;
  weekdaysOnly?: boolean;
}

/** The reminder form's answers as Slack puts them in `view.state.values`. */
export function reminderState(answers: ReminderAnswers): Record<string, Record<string, unknown>> {
  return {
    date: { value: { type: 'datepicker', selected_date: answers.date ?? null } },
    time: { value: { type: 'timepicker', selected_time: answers.time ?? null } },
    repeat: {
      value: { type: 'radio_buttons', selected_option: answers.repeat ? { value: answers.repeat } : null },
    },
    every: {
      value: { type: 'number_input', value: answers.every === undefined ? null : String(answers.every) },
    },
    weekdays: {
      value: { type: 'checkboxes', selected_options: answers.weekdaysOnly ? [{ value: 'yes' }] : [] },
    },
  };
}

/**
 * How many messages the bot posts for an answer to these profile fields (parent and thread replies), as its
 * own builder makes them: for tests that wait for a whole answer.
 */
export function answerPosts(fields: Record<string, unknown>): number {
  const profile = teamProfileSchema.parse({ roles: {}, ...fields });
  const playbook = getDefaultPlaybook();
  const answer = buildAnswer(
    assess(profile, playbook),
    { channelId: 'C0GENERAL', userId: 'U0ASKER', profile },
    playbook,
  );
  return 1 + answer.replies.length;
}
