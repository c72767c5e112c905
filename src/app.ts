#!/usr/bin/env node
import dotenv from 'dotenv';
import { StartupError, startBot } from './bootstrap.js';

dotenv.config({ quiet: true });

try {
  const { logger, running } = await startBot(process.env);
  logger.info({ mode: running.mode, port: running.port }, 'AI Team Advisor is running');

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new requests; finishing work in flight');
    try {
      await running.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ error: (error as Error).message }, 'could not stop cleanly');
      process.exit(1);
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : `Could not start: ${(error as Error).message}`}\n`,
  );
  process.exit(1);
}
