import type { ActionsBlock } from '@slack/types';
import { escapeUserText } from '../blocks/escape.js';
import type { SlackMessage } from '../blocks/limits.js';
import { plain, section } from '../blocks/text.js';

/** The buttons on the message "Assess an AI team" sends the person it asks. */
export const ASSESS_STEP_ACTIONS = {
  open: 'assess_step_open',
  skip: 'assess_step_skip',
} as const;

/** The questionnaire opened from that message: its submission ends the step. */
export const ASSESS_STEP_CALLBACK_ID = 'assess_step_questionnaire';

function teamWords(teamName: string | undefined): string {
  return teamName ? `*${escapeUserText(teamName)}*` : 'the AI team';
}

/**
 * Asks the person to assess the channel's team: the questionnaire (prefilled from the channel's latest
 * answers) or Skip. Posted with the workflow token, so Slack sends the clicks with the step's execution.
 */
export function assessRequestMessage(request: {
  channelId: string;
  teamName: string | undefined;
}): SlackMessage {
  const team = teamWords(request.teamName);
  const text = `A workflow asks you to assess ${team} in <#${request.channelId}>. Answer the questionnaire (it starts from the channel's latest answers) and the advice is posted there.`;
  const actions: ActionsBlock = {
    type: 'actions',
    block_id: 'assess_step_actions',
    elements: [
      {
        type: 'button',
        action_id: ASSESS_STEP_ACTIONS.open,
        text: plain('Answer the questionnaire'),
        style: 'primary',
      },
      { type: 'button', action_id: ASSESS_STEP_ACTIONS.skip, text: plain('Skip') },
    ],
  };
  return { text, blocks: [section(text), actions] };
}

/** The request once answered or skipped: its buttons go, so nobody answers a step that has ended. */
export function assessRequestDone(
  request: { channelId: string; teamName: string | undefined },
  how: { answered: true } | { skippedBy: string },
): SlackMessage {
  const team = teamWords(request.teamName);
  const text =
    'answered' in how
      ? `Thank you: your assessment of ${team} is posted in <#${request.channelId}>, and the workflow has it.`
      : `<@${how.skippedBy}> skipped the assessment of ${team} in <#${request.channelId}>; the workflow was told.`;
  return { text, blocks: [section(text)] };
}
