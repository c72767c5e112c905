import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openModalFromButton } from '../../open-modal.js';
import { openQuestionnaire } from '../../open-questionnaire.js';
import { decodeEditValue } from '../../questionnaire/edit-value.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * "Edit answers" on an answer, and a stale team's Re-assess on the hiring plan: the questionnaire again,
 * prefilled, answering where the question was asked.
 */
export function editAnswers({ playbook, logger, support }: Services) {
  return async ({ ack, action, body, client, context, respond }: Args): Promise<void> => {
    await ack();
    const edit = decodeEditValue(action.value);
    await openModalFromButton(
      { body, client, respond, context, logger, support },
      { what: 'the questionnaire', button: 'Edit answers' },
      () =>
        openQuestionnaire(client, body.trigger_id, {
          playbook,
          channelId: edit?.channelId ?? body.channel?.id,
          prefill: edit?.profile,
          prefillShared: edit?.shared === true,
          // Pressed outside the team's conversation (a plan's Re-assess, a DM copy of the answer, App Home):
          // the submission answers there only if the person is a member of it.
          membersOnly: edit !== undefined && edit.channelId !== body.channel?.id,
          // The submission updates this team's answer in place (or posts anew if the person asks).
          ...(edit ? { edits: edit.profile.name ? { teamName: edit.profile.name } : {} } : {}),
        }),
    );
  };
}
