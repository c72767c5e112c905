import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describeFailure } from '../../delivery/slack-error.js';
import { openQuestionnaire } from '../../open-questionnaire.js';
import { decodeEditValue } from '../../questionnaire/edit-value.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** "Edit answers" on an answer: the questionnaire again, prefilled, answering where the question was asked. */
export function editAnswers({ playbook, logger }: Services) {
  return async ({ ack, action, body, client, context }: Args): Promise<void> => {
    await ack();
    const edit = decodeEditValue(action.value);
    try {
      await openQuestionnaire(client, body.trigger_id, {
        playbook,
        channelId: edit?.channelId ?? body.channel?.id,
        prefill: edit?.profile,
      });
    } catch (error) {
      setOutcome(context, 'failed');
      logger.warn({ method: 'views.open', ...describeFailure(error) }, 'could not reopen the questionnaire');
    }
  };
}
