import type { App } from '@slack/bolt';
import { COMMAND } from '../../blocks/command-replies.js';
import type { Services } from '../../services.js';
import { aiteamCommand } from './aiteam.js';

export function registerCommands(app: App, services: Services): void {
  app.command(COMMAND, aiteamCommand(services));
}
