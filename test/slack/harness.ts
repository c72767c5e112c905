import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { getDefaultPlaybook } from '../../src/advisor/index.js';
import type { Clock } from '../../src/clock.js';
import type { Config } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';
import { ReminderScheduler, type SchedulerOptions } from '../../src/reminders/scheduler.js';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { createSlackApp, type RunningBot, webClientOptions } from '../../src/slack/create-app.js';
import type { PlanPictureRenderer } from '../../src/slack/plan/plan-picture.js';
import { SlackReminderChannel } from '../../src/slack/reminders/slack-reminder-channel.js';
import { slackTokenRefresher } from '../../src/slack/token-refresher.js';
import { workspaceClients } from '../../src/slack/workspace-clients.js';
import { migrate, type OpenDatabase, openDatabase } from '../../src/storage/database.js';
import { SqlDmFileStore } from '../../src/storage/dm-file-store.js';
import { EventLog } from '../../src/storage/event-log.js';
import { SqlHomePictureStore } from '../../src/storage/home-picture-store.js';
import { SqlInstallationStore } from '../../src/storage/installation-store.js';
import { SqlAssessmentStore } from '../../src/storage/sql-assessment-store.js';
import { TokenCipher } from '../../src/storage/token-cipher.js';
import { SlackDriver } from './driver.js';
import { SlackStandIn } from './stand-in.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-test-0000-secret-bot-token';
export const APP_TOKEN = 'xapp-test-0000-secret-app-token';

/** The environment of a bot process (`node dist/app.js`) talking to a stand-in over HTTP, on any free port. */
export function processBotEnv(
  slackApiUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApiUrl,
    PORT: '0',
    ...extra,
  };
}
export const OAUTH = {
  clientId: '1111.2222',
  clientSecret: 'oauth-client-secret-0123456789',
  stateSecret: 'oauth-state-secret-0123456789',
  encryptionKey: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
};

/** Log lines, parsed, captured from the bot's real logger. */
export class LogCapture extends Writable {
  readonly raw: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.raw.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get lines(): Record<string, any>[] {
    return this.raw.map((line) => JSON.parse(line));
  }
  requests(): Record<string, any>[] {
    return this.lines.filter((line) => line.msg === 'request');
  }
}

export interface BotHarness {
  standIn: SlackStandIn;
  driver: SlackDriver;
  logs: LogCapture;
  store: SqlAssessmentStore;
  reminders: SqlReminderStore;
  installations: SqlInstallationStore | undefined;
  homePictures: SqlHomePictureStore;
  dmFiles: SqlDmFileStore;
  database: OpenDatabase;
  scheduler: ReminderScheduler;
  running: RunningBot;
  url: string;
  stop(): Promise<void>;
}

/** The real Bolt app on a real HTTP port, talking to a Slack stand-in; time pinned by `clock` if given. */
export async function startBot(
  options: {
    clock?: Clock;
    logLevel?: Config['logLevel'];
    signingSecret?: string;
    socketMode?: boolean;
    port?: number;
    /** Install by OAuth into many workspaces instead of one bot token. */
    oauth?: boolean;
    /** How long a reminder's Slack call may take before it is given up (default: the app's). */
    postingTimeoutMs?: number;
    /** Scheduler settings to replace (the token retry window, ...). */
    scheduler?: Partial<SchedulerOptions>;
    /** Draws the hiring plan's picture instead of the real renderer. */
    renderPlanPicture?: PlanPictureRenderer;
    /** The most teams a hiring plan reads (the app's 5,000 when not given). */
    planTeamLimit?: number;
    /** From how many teams a plan is made in a worker thread (the app's PLAN_WORKER_FROM when not given). */
    planWorkerFrom?: number;
    /** SUPPORT_URL and PRIVACY_URL as the config reads them. */
    support?: { supportUrl?: string; privacyUrl?: string };
    /** REMINDER_DUPLICATE_CHECK (none when not given). */
    duplicateCheck?: Config['reminderDuplicateCheck'];
    /**
     * A restart, or another instance: the app runs on this bot's database and Slack stand-in (migrated again,
     * as a starting bot does). Stopping it leaves both to their owner.
     */
    sharing?: Pick<BotHarness, 'database' | 'standIn'>;
  } = {},
): Promise<BotHarness> {
  const standIn = options.sharing?.standIn ?? new SlackStandIn({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  if (!options.sharing) {
    await standIn.start();
    standIn.addChannel('C0GENERAL', 'public');
  }
  const logs = new LogCapture();
  const logger = createLogger({ level: options.logLevel ?? 'trace', format: 'json' }, logs);
  const database = options.sharing?.database ?? openDatabase({ engine: 'sqlite', path: ':memory:' });
  await migrate(database.db);
  const store = new SqlAssessmentStore(database.db);
  const reminders = new SqlReminderStore(database.db, database.engine);
  const homePictures = new SqlHomePictureStore(database.db);
  const dmFiles = new SqlDmFileStore(database.db);
  const oauth = options.oauth
    ? {
        clientId: OAUTH.clientId,
        clientSecret: OAUTH.clientSecret,
        stateSecret: OAUTH.stateSecret,
        encryptionKey: OAUTH.encryptionKey,
      }
    : undefined;
  if (oauth) standIn.oauthClient = { id: oauth.clientId, secret: oauth.clientSecret };
  const installations = oauth
    ? new SqlInstallationStore(database.db, new TokenCipher(oauth.encryptionKey), {
        engine: 'sqlite',
        refresh: slackTokenRefresher(oauth, { slackApiUrl: standIn.apiUrl }),
      })
    : undefined;
  const config: Config = {
    botToken: oauth ? undefined : BOT_TOKEN,
    oauth,
    signingSecret: options.socketMode ? undefined : (options.signingSecret ?? SIGNING_SECRET),
    appToken: options.socketMode ? APP_TOKEN : undefined,
    port: options.port ?? 0,
    slackApiUrl: standIn.apiUrl,
    logLevel: options.logLevel ?? 'trace',
    logFormat: 'json',
    playbookFile: undefined,
    databaseUrl: undefined,
    reminderPollSeconds: 15,
    reminderLeaseSeconds: 120,
    reminderTokenRetryMinutes: 60,
    databaseTimeoutSeconds: 10,
    shutdownGraceSeconds: 20,
    reminderDuplicateCheck: options.duplicateCheck ?? 'none',
    supportUrl: options.support?.supportUrl,
    privacyUrl: options.support?.privacyUrl,
  };
  const clock = options.clock ?? { now: () => new Date() };
  const { app, start } = createSlackApp(
    config,
    {
      playbook: getDefaultPlaybook(),
      store,
      reminders,
      events: new EventLog(database.db),
      homePictures,
      dmFileStore: dmFiles,
      installations,
      clock,
      logger,
      support: { supportUrl: config.supportUrl, privacyUrl: config.privacyUrl },
      ...(options.renderPlanPicture ? { renderPlanPicture: options.renderPlanPicture } : {}),
      ...(options.planTeamLimit ? { planTeamLimit: options.planTeamLimit } : {}),
      ...(options.planWorkerFrom ? { planWorkerFrom: options.planWorkerFrom } : {}),
    },
    { databaseProblem: () => database.problem() },
  );
  // Ticked by the tests themselves (no timer), on the same clock.
  const scheduler = new ReminderScheduler({
    store: reminders,
    channel: new SlackReminderChannel(
      workspaceClients(
        app.client,
        installations,
        webClientOptions(config, logger, 'posting', options.postingTimeoutMs),
      ),
      store,
      getDefaultPlaybook(),
      logger,
      config.reminderDuplicateCheck,
      reminders,
    ),
    clock,
    logger,
    channelSpacingMs: 0,
    ...options.scheduler,
  });
  const running = await start();
  const url = `http://127.0.0.1:${running.port}`;
  return {
    standIn,
    driver: new SlackDriver(url, options.signingSecret ?? SIGNING_SECRET, standIn),
    logs,
    store,
    reminders,
    installations,
    homePictures,
    dmFiles,
    database,
    scheduler,
    running,
    url,
    async stop() {
      await running.stop();
      if (options.sharing) return;
      await standIn.stop();
      await database.close();
    },
  };
}

/** A TCP port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
