import type { App } from '@slack/bolt';
import type { Services } from '../../services.js';
import { COMMAND } from '../../subcommands.js';
import { aiteamCommand } from './aiteam.js';

export function registerCommands(app: App, services: Services): void {
  app.command(COMMAND, aiteamCommand(services));
}
