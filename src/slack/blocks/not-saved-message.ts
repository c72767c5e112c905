import { EDIT_ANSWERS_ACTION_ID } from './answer-messages.js';
import type { SlackMessage } from './limits.js';
import { type SupportLinks, withSupport } from './support.js';
import { section } from './text.js';

export const NOT_SAVED_TEXT =
  "Sorry, your answers could not be saved just now (my database isn't available), so no assessment was posted. Nothing you typed is lost: press *Try again* to reopen the questionnaire with your answers filled in.";

export const CUT_OFF_TEXT =
  'Sorry, I was restarting while posting your AI team assessment, so it may be missing or incomplete. Nothing you typed is lost: press *Try again* to reopen the questionnaire with your answers filled in.';

/**
 * Told when a submission could not be stored: it says so (never "saved"), and its button reopens the
 * questionnaire prefilled, as Edit answers does, so trying again costs one click. Who to ask if it goes on
 * follows.
 */
export function notSavedMessage(editValue: string, support: SupportLinks = {}): SlackMessage {
  return retryMessage(withSupport(NOT_SAVED_TEXT, support), editValue);
}

/** Told when the bot stopped before the answer was fully posted; the same one-click way to try again. */
export function cutOffMessage(editValue: string, support: SupportLinks = {}): SlackMessage {
  return retryMessage(withSupport(CUT_OFF_TEXT, support), editValue);
}

function retryMessage(text: string, editValue: string): SlackMessage {
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        block_id: 'retry_actions',
        elements: [
          {
            type: 'button',
            action_id: EDIT_ANSWERS_ACTION_ID,
            text: { type: 'plain_text', text: 'Try again', emoji: false },
            style: 'primary',
            value: editValue,
          },
        ],
      },
    ],
  };
}
