import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import {
  BUILDS,
  type Builds,
  bandOf,
  MAX_ROLE_COUNT,
  MAX_TEAM_NAME_LENGTH,
  type Playbook,
  PRACTICE_IDS,
  type PracticeId,
  ROLE_IDS,
  type RoleId,
  STAGE_IDS,
  type TeamProfile,
  URGENCIES,
  type Urgency,
} from '../../advisor/index.js';
import { truncate } from './escape.js';
import { plain } from './text.js';

export const QUESTIONNAIRE_CALLBACK_ID = 'questionnaire';
/** Every input's action id; the block id names the profile field, so validation errors map straight back. */
export const VALUE_ACTION_ID = 'value';

/** The value of the single "heading to the next stage" checkbox. */
export const HEADING_OPTION_VALUE = 'yes';
/** The value of the single "show in the company plan" checkbox. */
export const SHARE_OPTION_VALUE = 'share';
/** The value of the single "post as a new message" checkbox (offered when editing an answer). */
export const POST_AS_NEW_OPTION_VALUE = 'new';

export const FIELD_BLOCKS = {
  name: 'name',
  stage: 'stage',
  builds: 'builds',
  headingToNext: 'headingToNext',
  practices: 'practices',
  urgency: 'urgency',
  channel: 'channel',
  shareWithPlan: 'shareWithPlan',
  postAsNew: 'postAsNew',
} as const;

export function roleBlockId(role: RoleId, kind: 'inHouse' | 'augmented'): string {
  return `roles.${role}.${kind}`;
}

export const BUILDS_LABELS: Record<Builds, string> = {
  foundation_apis: 'Features on foundation-model APIs',
  custom_models: 'Custom-trained models',
  both: 'Both',
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  weeks: 'Within weeks',
  this_quarter: 'This quarter',
  no_rush: 'No rush',
};

export interface QuestionnaireOptions {
  playbook: Playbook;
  /** Answers to start from (Edit answers, Re-assess). */
  prefill?: TeamProfile;
  /** The team was shared with the company plan last time (the box starts ticked). */
  prefillShared?: boolean;
  /** Carried through the modal to the submission; at most 3,000 characters. */
  privateMetadata: string;
  /** The answer goes to a direct message, whose team only its assessor sees in the plan: no share box. */
  inDirectMessage?: boolean;
  /** No channel is known (opened from App Home): ask where to post. */
  askForChannel: boolean;
  /** The conversation picked on the form so far (kept when the view is updated). */
  pickedChannel?: string;
  /** Said at the top when the bot cannot post where the answer would go (see postingNotice). */
  notice?: string;
  /** Opened from an answer, which the submission updates in place: offer a new message instead. */
  editsAnswer?: boolean;
}

/** The block that carries postingNotice's word, so an update can find and replace it. */
export const NOTICE_BLOCK_ID = 'posting_notice';

function option(value: string, text: string, description?: string): PlainTextOption {
  return {
    value,
    text: plain(truncate(text, 75)),
    ...(description ? { description: plain(truncate(description, 75)) } : {}),
  };
}

/** The questionnaire: everything the advisor's profile needs, in one modal. */
export function questionnaireView(options: QuestionnaireOptions): ModalView {
  const { playbook, prefill } = options;
  const stageOptions = STAGE_IDS.map((id) =>
    option(id, playbook.stages[id].name, `Typically ${bandOf(playbook.stages[id]).label} people`),
  );
  const buildsOptions = BUILDS.map((id) => option(id, BUILDS_LABELS[id]));
  const practiceOption = (id: PracticeId) => option(id, playbook.practices[id].name);
  const urgencyOptions = URGENCIES.map((id) => option(id, URGENCY_LABELS[id]));
  const headingOption = option(HEADING_OPTION_VALUE, 'Yes, the team expects to move to the next stage soon');
  const shareOption = option(SHARE_OPTION_VALUE, 'Show this team to people outside a private channel');
  const pick = (all: PlainTextOption[], value: string | undefined) => all.find((o) => o.value === value);

  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Answer for the team as it is today. Not sure which seat is which? `/aiteam roles` explains each one.',
        },
      ],
    },
  ];
  if (options.askForChannel) {
    blocks.push({
      type: 'input',
      block_id: FIELD_BLOCKS.channel,
      label: plain('Post the advice in'),
      // A pick is sent at once, so the form can say before the rest is filled in if it cannot go there.
      dispatch_action: true,
      element: {
        type: 'conversations_select',
        action_id: VALUE_ACTION_ID,
        filter: { include: ['public', 'private', 'im'], exclude_bot_users: true },
        ...(options.pickedChannel ? { initial_conversation: options.pickedChannel } : {}),
      },
    });
  }
  if (options.notice) {
    blocks.push({
      type: 'section',
      block_id: NOTICE_BLOCK_ID,
      text: { type: 'mrkdwn', text: `:warning: *Before you answer:* ${options.notice}` },
    });
  }
  blocks.push(
    {
      type: 'input',
      block_id: FIELD_BLOCKS.name,
      optional: true,
      label: plain('Team name'),
      element: {
        type: 'plain_text_input',
        action_id: VALUE_ACTION_ID,
        max_length: MAX_TEAM_NAME_LENGTH,
        ...(prefill?.name ? { initial_value: prefill.name } : {}),
        placeholder: plain('e.g. Checkout assistant'),
      },
    },
    radioInput(FIELD_BLOCKS.stage, 'Stage', stageOptions, pick(stageOptions, prefill?.stage)),
    radioInput(
      FIELD_BLOCKS.builds,
      'What the team builds',
      buildsOptions,
      pick(buildsOptions, prefill?.builds),
    ),
    checkboxInput(
      FIELD_BLOCKS.headingToNext,
      'Heading to the next stage?',
      [headingOption],
      prefill?.headingToNext ? [headingOption] : [],
    ),
    checkboxInput(
      FIELD_BLOCKS.practices,
      'Practices in place',
      PRACTICE_IDS.map(practiceOption),
      (prefill?.practices ?? []).map(practiceOption),
    ),
    radioInput(
      FIELD_BLOCKS.urgency,
      'How urgent is hiring?',
      urgencyOptions,
      pick(urgencyOptions, prefill?.urgency),
    ),
    // A DM's team shows in the plan only to the person who assessed it, whatever is ticked: no box to tick.
    ...(options.inDirectMessage
      ? []
      : [
          checkboxInput(
            FIELD_BLOCKS.shareWithPlan,
            'Company hiring plan',
            [shareOption],
            options.prefillShared ? [shareOption] : [],
            "A private channel's team shows in `/aiteam plan` only to the channel's members, unless this is ticked. Public channels and DMs are not affected.",
          ),
        ]),
    ...(options.editsAnswer
      ? [
          checkboxInput(
            FIELD_BLOCKS.postAsNew,
            'Where the answer goes',
            [option(POST_AS_NEW_OPTION_VALUE, 'Post as a new message')],
            [],
            'Unticked, the answer already in the channel and its thread are updated, with a line saying what changed.',
          ),
        ]
      : []),
    { type: 'header', text: plain('Who holds each role') },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Count people by the seat they hold: *in-house* employees, and *augmented* contractors or agency people. Leave a box empty for nobody.',
        },
      ],
    },
  );
  for (const role of ROLE_IDS) {
    const name = playbook.roles[role].shortName;
    blocks.push(
      countInput(roleBlockId(role, 'inHouse'), `${name}: in-house`, prefill?.roles[role].inHouse),
      countInput(roleBlockId(role, 'augmented'), `${name}: augmented`, prefill?.roles[role].augmented),
    );
  }

  return {
    type: 'modal',
    callback_id: QUESTIONNAIRE_CALLBACK_ID,
    title: plain('AI team assessment'),
    submit: plain('Get advice'),
    close: plain('Cancel'),
    private_metadata: options.privateMetadata,
    blocks,
  };
}

function radioInput(
  blockId: string,
  label: string,
  options: PlainTextOption[],
  initial: PlainTextOption | undefined,
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label),
    element: {
      type: 'radio_buttons',
      action_id: VALUE_ACTION_ID,
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function checkboxInput(
  blockId: string,
  label: string,
  options: PlainTextOption[],
  initial: PlainTextOption[],
  hint?: string,
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    ...(hint ? { hint: plain(hint) } : {}),
    element: {
      type: 'checkboxes',
      action_id: VALUE_ACTION_ID,
      options,
      // Slack rejects an empty initial_options array.
      ...(initial.length > 0 ? { initial_options: initial } : {}),
    },
  };
}

function countInput(blockId: string, label: string, initial: number | undefined): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    element: {
      type: 'number_input',
      action_id: VALUE_ACTION_ID,
      is_decimal_allowed: false,
      min_value: '0',
      max_value: String(MAX_ROLE_COUNT),
      ...(initial ? { initial_value: String(initial) } : {}),
    },
  };
}
