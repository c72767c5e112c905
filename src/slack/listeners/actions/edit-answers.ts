import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { type TeamProfile, teamProfileSchema } from '../../../advisor/index.js';
import { describeFailure } from '../../delivery/slack-error.js';
import { openQuestionnaire } from '../../open-questionnaire.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** A button value we did not write, or cannot read, opens a blank questionnaire rather than failing. */
function decodeProfile(value: string | undefined): TeamProfile | undefined {
  try {
    const parsed = teamProfileSchema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** "Edit answers" on an answer: the questionnaire again, prefilled, answering in the same conversation. */
export function editAnswers({ playbook, logger }: Services) {
  return async ({ ack, action, body, client, context }: Args): Promise<void> => {
    await ack();
    try {
      await openQuestionnaire(client, body.trigger_id, {
        playbook,
        channelId: body.channel?.id,
        prefill: decodeProfile(action.value),
      });
    } catch (error) {
      setOutcome(context, 'failed');
      logger.warn({ method: 'views.open', ...describeFailure(error) }, 'could not reopen the questionnaire');
    }
  };
}
