#!/usr/bin/env node
import dotenv from 'dotenv';
import { StartupError, startBot } from './bootstrap.js';
import { logsWritten } from './logging/logger.js';

/** How long the last log lines may take to reach standard output before the process exits anyway. */
const FINAL_LOG_WAIT_MS = 2_000;

dotenv.config({ quiet: true });

try {
  const { config, logger, running } = await startBot(process.env);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, graceSeconds: config.shutdownGraceSeconds },
      'stopping: no new requests (readiness and new requests answer 503); finishing work in flight',
    );
    let code = 0;
    try {
      await running.stop();
      logger.info('stopped');
    } catch (error) {
      logger.error({ error: (error as Error).message }, 'could not stop cleanly');
      code = 1;
    }
    await logsWritten(logger, FINAL_LOG_WAIT_MS);
    process.exit(code);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Only now say so: a supervisor (or a test) that reads this line and stops the bot at once must find the
  // signal handled, not the process killed by the default action.
  logger.info({ mode: running.mode, port: running.port }, 'AI Team Advisor is running');
} catch (error) {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : `Could not start: ${(error as Error).message}`}\n`,
  );
  process.exit(1);
}
