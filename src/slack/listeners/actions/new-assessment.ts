import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describeFailure } from '../../delivery/slack-error.js';
import { openQuestionnaire } from '../../open-questionnaire.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

/** "New assessment" on App Home: no channel is known, so the questionnaire asks where to post. */
export function newAssessment({ playbook, logger }: Services) {
  return async ({ ack, body, client, context }: Args): Promise<void> => {
    await ack();
    try {
      await openQuestionnaire(client, body.trigger_id, { playbook });
    } catch (error) {
      setOutcome(context, 'failed');
      logger.warn({ method: 'views.open', ...describeFailure(error) }, 'could not open the questionnaire');
    }
  };
}
