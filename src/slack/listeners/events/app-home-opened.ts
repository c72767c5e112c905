import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { HOME_RECENT_LIMIT, homeView } from '../../blocks/home-view.js';
import { describeFailure } from '../../delivery/slack-error.js';
import { channelsOf, visibleTo } from '../../membership.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/** App Home: a button to start an assessment, the user's upcoming reminders and recent assessments. */
export function appHomeOpened({ store, reminders, playbook, logger }: Services) {
  return async ({ event, body, client, context }: Args): Promise<void> => {
    if (event.tab !== 'home') return;
    const workspaceId = context.teamId ?? body.team_id;
    const [recent, upcoming, memberOf] = await Promise.all([
      store.recentByUser(workspaceId, event.user, HOME_RECENT_LIMIT * 2),
      reminders.listForCreator(workspaceId, event.user),
      // Without the channel scopes (an older install), show only direct-message items rather than nothing.
      channelsOf(client, event.user).catch((error) => {
        logger.warn({ method: 'users.conversations', ...describeFailure(error) }, 'could not list channels');
        return new Set<string>();
      }),
    ]);
    // Only channels the user is still in: someone who left a private channel no longer sees into it.
    await client.views.publish({
      user_id: event.user,
      view: homeView(
        recent.filter((record) => visibleTo(record.channelId, memberOf)).slice(0, HOME_RECENT_LIMIT),
        upcoming.filter((reminder) => visibleTo(reminder.channelId, memberOf)),
        playbook,
      ),
    });
  };
}
