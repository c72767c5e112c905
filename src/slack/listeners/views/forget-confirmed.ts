import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { forgetRefusedView, forgottenView } from '../../blocks/forget-view.js';
import { CHANNEL_ID, decodeJson } from '../../decode-json.js';
import { planServicesOf } from '../../plan/plan-services.js';
import { FORGET_REFUSAL, mayForget } from '../../reminders/permissions.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const metadataSchema = z.object({ channelId: z.string().regex(CHANNEL_ID) });

/**
 * The confirmation of `/aiteam forget`: deletes the channel's assessments and reminders, and says how many;
 * and the files that may show its team: every plan picture of the workspace, in DMs and on App Home (a
 * person's next plan or Home draws a new one), and the channel's exports.
 */
export function forgetConfirmed(services: Services) {
  const { store, reminders, logger } = services;
  const { pictures, dmFiles } = planServicesOf(services);
  return async ({ ack, body, view, client, context }: Args): Promise<void> => {
    const channelId = decodeJson(metadataSchema, view.private_metadata)?.channelId;
    if (!channelId) {
      setOutcome(context, 'invalid_input');
      await ack({
        response_action: 'update',
        view: forgottenView('unknown', { assessments: 0, reminders: 0 }),
      });
      return;
    }
    const workspaceId = body.team?.id ?? view.team_id;
    // Checked again here: the confirmation could be submitted by someone other than who opened it.
    if (!(await mayForget(client, { store, reminders }, { workspaceId, channelId }, body.user.id))) {
      setOutcome(context, 'refused');
      await ack({ response_action: 'update', view: forgetRefusedView(FORGET_REFUSAL) });
      return;
    }
    const deleted = {
      assessments: await store.deleteChannel(workspaceId, channelId),
      reminders: await reminders.deleteChannel(workspaceId, channelId),
    };
    const sentFiles = await dmFiles.forgetChannel(workspaceId, channelId);
    const homeFiles = await pictures.forgetWorkspace(workspaceId);
    logger.info(
      {
        workspace: workspaceId,
        channel: channelId,
        user: body.user.id,
        ...deleted,
        dmFiles: sentFiles.length,
        pictures: homeFiles.length,
      },
      'channel data deleted',
    );
    await ack({ response_action: 'update', view: forgottenView(channelId, deleted) });
    await dmFiles.deleteInSlack(client, sentFiles);
    await pictures.deleteInSlack(client, homeFiles);
  };
}
