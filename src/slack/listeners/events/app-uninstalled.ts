import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { planServicesOf } from '../../plan/plan-services.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'>;

/**
 * The app was removed from a workspace (or its bot token revoked): its tokens go at once, its reminders stop
 * with its data, which is deleted at once (no grace period; the README says so). The records of the App
 * Home pictures and of the files sent to DMs go too; deleting their files in Slack is tried, but Slack revokes the token before it tells the
 * app, so it normally refuses (docs/data.md says what is left in Slack).
 */
export function appUninstalled(services: Services) {
  const { installations, store, reminders, logger } = services;
  const { pictures, dmFiles } = planServicesOf(services);
  return async ({ event, body, context, client }: Args): Promise<void> => {
    if (event.type === 'tokens_revoked' && !(event.tokens.bot ?? []).length) return; // only user tokens: nothing of ours
    const workspaceId = context.teamId ?? body.team_id;
    // An org-wide install is removed for the whole org: its tokens, and the data of every workspace in it.
    const org = context.isEnterpriseInstall ? context.enterpriseId : undefined;
    const tokens = installations ? await installations.deleteForKey(org ?? workspaceId) : 0;
    const pictureFiles = org
      ? await pictures.forgetEnterprise(org)
      : await pictures.forgetWorkspace(workspaceId);
    const sentFiles = org ? await dmFiles.forgetEnterprise(org) : await dmFiles.forgetWorkspace(workspaceId);
    const deleted = org
      ? { reminders: await reminders.deleteEnterprise(org), assessments: await store.deleteEnterprise(org) }
      : {
          reminders: await reminders.deleteWorkspace(workspaceId),
          assessments: await store.deleteWorkspace(workspaceId),
        };
    logger.info(
      {
        event: event.type,
        workspace: workspaceId,
        enterprise: org,
        installations: tokens,
        ...deleted,
        pictures: pictureFiles.length,
        dmFiles: sentFiles.length,
      },
      'app removed',
    );
    await pictures.deleteInSlack(client, pictureFiles);
    await dmFiles.deleteInSlack(client, sentFiles);
  };
}
