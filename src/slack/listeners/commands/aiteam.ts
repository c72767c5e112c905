import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { STAGE_IDS, type StageId } from '../../../advisor/index.js';
import {
  gridMessage,
  gridUsageMessage,
  helpMessage,
  rolesMessage,
  unknownSubcommandMessage,
} from '../../blocks/command-replies.js';
import type { SlackMessage } from '../../blocks/limits.js';
import { describeFailure } from '../../delivery/slack-error.js';
import { openQuestionnaire } from '../../open-questionnaire.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/** Replies visible only to the person who typed the command, sent with the acknowledgement itself. */
function ephemeral(message: SlackMessage) {
  return { response_type: 'ephemeral' as const, text: message.text, blocks: message.blocks };
}

/** `/aiteam [help | grid [stage] | roles]`: no text opens the questionnaire. */
export function aiteamCommand({ playbook, logger }: Services) {
  return async ({ command, ack, client, respond, context }: Args): Promise<void> => {
    const [subcommand = '', ...rest] = command.text.trim().split(/\s+/).filter(Boolean);
    switch (subcommand.toLowerCase()) {
      case '': {
        await ack();
        try {
          await openQuestionnaire(client, command.trigger_id, { playbook, channelId: command.channel_id });
        } catch (error) {
          setOutcome(context, 'failed');
          logger.warn(
            { method: 'views.open', ...describeFailure(error) },
            'could not open the questionnaire',
          );
          await respond({
            response_type: 'ephemeral',
            text: 'Sorry, the questionnaire did not open in time. Please run `/aiteam` again.',
          });
        }
        return;
      }
      case 'help':
        await ack(ephemeral(helpMessage()));
        return;
      case 'grid': {
        const stage = rest[0]?.toLowerCase();
        if (stage !== undefined && !(STAGE_IDS as readonly string[]).includes(stage)) {
          setOutcome(context, 'invalid_input');
          await ack(ephemeral(gridUsageMessage(rest.join(' '))));
          return;
        }
        await ack(ephemeral(gridMessage(playbook, stage as StageId | undefined)));
        return;
      }
      case 'roles':
        await ack(ephemeral(rolesMessage(playbook)));
        return;
      default:
        setOutcome(context, 'invalid_input');
        await ack(ephemeral(unknownSubcommandMessage(command.text.trim())));
    }
  };
}
