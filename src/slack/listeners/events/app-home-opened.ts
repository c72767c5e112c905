import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { HOME_RECENT_LIMIT, homeView } from '../../blocks/home-view.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/** App Home: the user's recent assessments and a button to start a new one. */
export function appHomeOpened({ store, playbook }: Services) {
  return async ({ event, body, client, context }: Args): Promise<void> => {
    if (event.tab !== 'home') return;
    const workspaceId = context.teamId ?? body.team_id;
    const recent = await store.recentByUser(workspaceId, event.user, HOME_RECENT_LIMIT);
    await client.views.publish({ user_id: event.user, view: homeView(recent, playbook) });
  };
}
