import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'>;

/**
 * The app was removed from a workspace (or its bot token revoked): its tokens go at once, its reminders stop
 * with its data, which is deleted at once (no grace period; the README says so).
 */
export function appUninstalled({ installations, store, reminders, logger }: Services) {
  return async ({ event, body, context }: Args): Promise<void> => {
    if (event.type === 'tokens_revoked' && !(event.tokens.bot ?? []).length) return; // only user tokens: nothing of ours
    const workspaceId = context.teamId ?? body.team_id;
    const key = context.isEnterpriseInstall ? (context.enterpriseId ?? workspaceId) : workspaceId;
    const tokens = installations ? await installations.deleteForKey(key) : 0;
    const deleted = {
      reminders: await reminders.deleteWorkspace(workspaceId),
      assessments: await store.deleteWorkspace(workspaceId),
    };
    logger.info(
      { event: event.type, workspace: workspaceId, installations: tokens, ...deleted },
      'workspace removed',
    );
  };
}
