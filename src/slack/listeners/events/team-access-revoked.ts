import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { planServicesOf } from '../../plan/plan-services.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'team_access_revoked'>;

/**
 * An org-wide install lost access to some of the org's workspaces (they were removed from the install, or
 * left the org): each one's data goes at once, as an uninstall of that workspace would do. The org's
 * installation stays, for its other workspaces; with its token the bot tries to delete each workspace's App
 * Home pictures and the files it sent to DMs there (plan pictures, exports) in Slack (Slack may refuse, the access being gone).
 */
export function teamAccessRevoked(services: Services) {
  const { store, reminders, logger } = services;
  const { pictures, dmFiles } = planServicesOf(services);
  return async ({ event, context, client }: Args): Promise<void> => {
    for (const workspaceId of event.team_ids ?? []) {
      const pictureFiles = await pictures.forgetWorkspace(workspaceId);
      const sentFiles = await dmFiles.forgetWorkspace(workspaceId);
      const deleted = {
        reminders: await reminders.deleteWorkspace(workspaceId),
        assessments: await store.deleteWorkspace(workspaceId),
        pictures: pictureFiles.length,
        dmFiles: sentFiles.length,
      };
      logger.info(
        { event: event.type, workspace: workspaceId, enterprise: context.enterpriseId, ...deleted },
        'workspace removed from the org install',
      );
      await pictures.deleteInSlack(client, pictureFiles);
      await dmFiles.deleteInSlack(client, sentFiles);
    }
  };
}
