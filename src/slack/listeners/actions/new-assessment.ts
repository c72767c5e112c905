import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openModal } from '../../open-modal.js';
import { openQuestionnaire } from '../../open-questionnaire.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

/** "New assessment" on App Home: no channel is known, so the questionnaire asks where to post. */
export function newAssessment({ playbook, logger }: Services) {
  return async ({ ack, body, client, context }: Args): Promise<void> => {
    await ack();
    await openModal({ context, logger }, 'the questionnaire', () =>
      openQuestionnaire(client, body.trigger_id, { playbook }),
    );
  };
}
