import { EDIT_ANSWERS_ACTION_ID } from './answer-messages.js';
import type { SlackMessage } from './limits.js';
import { section } from './text.js';

export const NOT_SAVED_TEXT =
  "Sorry, your answers could not be saved just now (my database isn't available), so no assessment was posted. Nothing you typed is lost: press *Try again* to reopen the questionnaire with your answers filled in.";

/**
 * Told when a submission could not be stored: it says so (never "saved"), and its button reopens the
 * questionnaire prefilled, as Edit answers does, so trying again costs one click.
 */
export function notSavedMessage(editValue: string): SlackMessage {
  return {
    text: NOT_SAVED_TEXT,
    blocks: [
      section(NOT_SAVED_TEXT),
      {
        type: 'actions',
        block_id: 'not_saved_actions',
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
