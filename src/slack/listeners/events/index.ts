import type { App } from '@slack/bolt';
import type { Services } from '../../services.js';
import { appHomeOpened } from './app-home-opened.js';
import { appUninstalled } from './app-uninstalled.js';
import { CONVERSATION_CHANGED_EVENTS, conversationChanged } from './conversation-changed.js';
import { teamAccessRevoked } from './team-access-revoked.js';

export function registerEvents(app: App, services: Services): void {
  app.event('app_home_opened', appHomeOpened(services));
  app.event('app_uninstalled', appUninstalled(services));
  app.event('tokens_revoked', appUninstalled(services));
  app.event('team_access_revoked', teamAccessRevoked(services));
  const changed = conversationChanged(services);
  for (const event of CONVERSATION_CHANGED_EVENTS) app.event(event, changed);
}
