import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Services } from '../../services.js';
import { route } from '../route.js';
import { appHomeOpened } from './app-home-opened.js';
import { appUninstalled } from './app-uninstalled.js';
import { CONVERSATION_CHANGED_EVENTS, conversationChanged } from './conversation-changed.js';
import { teamAccessRevoked } from './team-access-revoked.js';

type EventArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs;

/** Every event the app subscribes to, through one Bolt listener (see route.ts: each listener costs every request). */
export function registerEvents(app: App, services: Services): void {
  const changed = conversationChanged(services);
  // Each listener is typed for its own event; the route hands it only that event.
  const events = route<EventArgs>(
    {
      app_home_opened: appHomeOpened(services) as (args: EventArgs) => Promise<void>,
      app_uninstalled: appUninstalled(services) as (args: EventArgs) => Promise<void>,
      tokens_revoked: appUninstalled(services) as (args: EventArgs) => Promise<void>,
      team_access_revoked: teamAccessRevoked(services) as (args: EventArgs) => Promise<void>,
      ...Object.fromEntries(
        CONVERSATION_CHANGED_EVENTS.map((event) => [event, changed as (args: EventArgs) => Promise<void>]),
      ),
    },
    ({ event }) => event.type,
  );
  app.event(events.pattern, events.listener);
}
