import type { App } from '@slack/bolt';
import type { Services } from '../services.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { registerFunctions } from './functions/index.js';
import { registerViews } from './views/index.js';

/** Every listener, registered in one place, by Slack surface. */
export function registerListeners(app: App, services: Services): void {
  registerCommands(app, services);
  registerViews(app, services);
  registerActions(app, services);
  registerEvents(app, services);
  registerFunctions(app, services);
}
