import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { forgottenMeView } from '../../blocks/forget-view.js';
import { planServicesOf } from '../../plan/plan-services.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * The confirmation of `/aiteam forget me`: deletes what the person who submits it wrote in the workspace
 * (whoever opened the form, it is always the submitter's own): the assessments they submitted, the
 * reminders they set with their deliveries, their App Home plan pictures, and the files the bot sent to
 * their DM (plan pictures, exports): the records at once, the files in Slack right after the answer.
 */
export function forgetMeConfirmed(services: Services) {
  const { store, reminders, logger } = services;
  const { pictures, dmFiles } = planServicesOf(services);
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const workspaceId = body.team?.id ?? view.team_id;
    const userId = body.user.id;
    const deleted = {
      assessments: await store.deleteByUser(workspaceId, userId),
      reminders: await reminders.deleteByCreator(workspaceId, userId),
    };
    const pictureFiles = await pictures.forgetPerson(workspaceId, userId, client);
    const sentFiles = await dmFiles.forgetPerson(workspaceId, userId);
    logger.info(
      {
        workspace: workspaceId,
        user: userId,
        ...deleted,
        pictures: pictureFiles.length,
        dmFiles: sentFiles.length,
      },
      "a person's data deleted",
    );
    await ack({ response_action: 'update', view: forgottenMeView(deleted) });
    await pictures.deleteInSlack(client, pictureFiles);
    await dmFiles.deleteInSlack(client, sentFiles);
  };
}
