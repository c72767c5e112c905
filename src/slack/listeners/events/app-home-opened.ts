import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { HomeView } from '@slack/types';
import { HOME_RECENT_LIMIT, homeView } from '../../blocks/home-view.js';
import { describeFailure } from '../../delivery/slack-error.js';
import { channelsOf, visibleTo } from '../../membership.js';
import { homePlanSection } from '../../plan/home-plan.js';
import { planServicesOf } from '../../plan/plan-services.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/**
 * App Home: a button to start an assessment, the hiring plan across the teams the user can see, their
 * upcoming reminders and recent assessments.
 */
export function appHomeOpened(services: Services) {
  const { store, reminders, playbook, logger } = services;
  const planServices = planServicesOf(services);
  return async ({ event, body, client, context }: Args): Promise<void> => {
    if (event.tab !== 'home') return;
    const workspaceId = context.teamId ?? body.team_id;
    let listed = true;
    const [recent, upcoming, memberOf] = await Promise.all([
      store.recentByUser(workspaceId, event.user, HOME_RECENT_LIMIT * 2),
      reminders.listForCreator(workspaceId, event.user),
      // Without the channel scopes (an older install), show only direct-message items rather than nothing.
      channelsOf(client, event.user).catch((error) => {
        logger.warn({ method: 'users.conversations', ...describeFailure(error) }, 'could not list channels');
        listed = false;
        return new Set<string>();
      }),
    ]);
    // The plan asks Slack again when the channels could not be listed: it shows no plan rather than one
    // silently missing every channel's teams.
    const plan = await homePlanSection(
      client,
      { workspaceId, userId: event.user },
      planServices,
      listed ? memberOf : undefined,
      context.enterpriseId ?? null,
    );
    // Only channels the user is still in: someone who left a private channel no longer sees into it.
    const view = homeView(
      recent.filter((record) => visibleTo(record.channelId, memberOf)).slice(0, HOME_RECENT_LIMIT),
      upcoming.filter((reminder) => visibleTo(reminder.channelId, memberOf)),
      playbook,
      plan,
      services.support,
    );
    try {
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      // Slack refuses the whole view when it will not show the picture (a file it is still processing):
      // Home opens without it, saying where the picture is, rather than blank.
      if (!view.blocks.some((block) => block.type === 'image')) throw error;
      logger.warn(
        { method: 'views.publish', ...describeFailure(error) },
        'App Home opens without the plan picture',
      );
      await client.views.publish({ user_id: event.user, view: withoutPictures(view) });
    }
  };
}

export const HOME_PICTURE_REFUSED_TEXT =
  'The picture of the plan could not be shown here just now. *Send me the full plan* sends it to you by DM.';

function withoutPictures(view: HomeView): HomeView {
  return {
    ...view,
    blocks: view.blocks.map((block) =>
      block.type === 'image'
        ? { type: 'context', elements: [{ type: 'mrkdwn', text: HOME_PICTURE_REFUSED_TEXT }] }
        : block,
    ),
  };
}
