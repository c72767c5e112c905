import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openModalFromButton } from '../../open-modal.js';
import { openQuestionnaire } from '../../open-questionnaire.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

/** "New assessment" on App Home: no channel is known, so the questionnaire asks where to post. */
export function newAssessment({ playbook, logger, support }: Services) {
  return async ({ ack, body, client, context, respond }: Args): Promise<void> => {
    await ack();
    await openModalFromButton(
      { body, client, respond, context, logger, support },
      { what: 'the questionnaire', button: 'New assessment' },
      () => openQuestionnaire(client, body.trigger_id, { playbook }),
    );
  };
}
