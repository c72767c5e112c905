import type {
  AllMiddlewareArgs,
  BlockAction,
  ConversationsSelectAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { NOTICE_BLOCK_ID, questionnaireView } from '../../blocks/questionnaire-view.js';
import { describeFailure } from '../../delivery/slack-error.js';
import { canPostCacheOf } from '../../questionnaire/can-post-cache.js';
import { postingNotice } from '../../questionnaire/posting-check.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ConversationsSelectAction>>;

/**
 * A conversation picked on the questionnaire opened from App Home: at once, before the rest is filled in,
 * the form says if the person is not a member of it (answers go only to their own channels) or if the bot
 * cannot post there (a private channel it is not in). The form is updated only when what it says changes;
 * Slack keeps what was typed (same block and action ids).
 */
export function channelPicked(services: Services) {
  const { playbook, logger } = services;
  const canPost = canPostCacheOf(services);
  return async ({ ack, action, body, client }: Args): Promise<void> => {
    await ack();
    const view = body.view;
    const channelId = action.selected_conversation;
    if (!view || !channelId) return;
    try {
      const notice = await postingNotice(
        client,
        {
          channelId,
          userId: body.user.id,
          pickedOnForm: true,
          ...(body.team?.id ? { workspaceId: body.team.id } : {}),
        },
        canPost,
      );
      const shown = (view.blocks as { block_id?: string; text?: { text?: string } }[]).find(
        (block) => block.block_id === NOTICE_BLOCK_ID,
      );
      const current = shown?.text?.text;
      if (notice === undefined ? current === undefined : current?.endsWith(notice)) return;
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: questionnaireView({
          playbook,
          privateMetadata: view.private_metadata,
          askForChannel: true,
          pickedChannel: channelId,
          notice,
        }),
      });
    } catch (error) {
      logger.warn({ method: 'views.update', ...describeFailure(error) }, 'could not warn on the form');
    }
  };
}
