import type { Logger } from 'pino';
import { systemClock } from './clock.js';
import { type Config, ConfigError, loadConfig } from './config/env.js';
import { loadPlaybook, PlaybookFileError } from './config/playbook-file.js';
import { createLogger } from './logging/logger.js';
import { createSlackApp, type RunningBot } from './slack/create-app.js';
import { slackErrorCode } from './slack/delivery/slack-error.js';
import { MemoryAssessmentStore } from './storage/memory-assessment-store.js';

/** A start-up problem the operator can fix; printed as one line per problem, with no stack trace. */
export class StartupError extends Error {}

export interface Bot {
  config: Config;
  logger: Logger;
  running: RunningBot;
}

/** Reads the configuration, builds every service and starts the bot. */
export async function startBot(env: Record<string, string | undefined>): Promise<Bot> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new StartupError(
        `Configuration error:\n${error.problems.map((p) => `  ${p}`).join('\n')}\nSee .env.example.`,
      );
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  let playbook: Awaited<ReturnType<typeof loadPlaybook>>;
  try {
    playbook = await loadPlaybook(config.playbookFile);
  } catch (error) {
    if (error instanceof PlaybookFileError) throw new StartupError(`PLAYBOOK_FILE: ${error.message}`);
    throw error;
  }

  const { start } = createSlackApp(config, {
    playbook,
    store: new MemoryAssessmentStore(),
    clock: systemClock,
    logger,
  });
  try {
    const running = await start();
    return { config, logger, running };
  } catch (error) {
    const code = slackErrorCode(error);
    if (
      code === 'invalid_auth' ||
      code === 'not_authed' ||
      code === 'account_inactive' ||
      code === 'token_revoked'
    ) {
      throw new StartupError(
        `SLACK_BOT_TOKEN was rejected by Slack (${code}). Copy the current bot token into .env.`,
      );
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(`PORT ${config.port} is already in use. Stop the other process or set PORT.`);
    }
    throw new StartupError(`Could not start: ${code ?? (error as Error).message}`);
  }
}
