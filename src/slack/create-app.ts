import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  App,
  HTTPModuleFunctions,
  HTTPReceiver,
  type ReceiverProcessEventErrorHandlerArgs,
  webApi,
} from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import { ServingGate } from '../http/serving-gate.js';
import { boltLogger } from '../logging/logger.js';
import { tellWhenDatabaseFails } from './database-failures.js';
import { PostingClients } from './delivery/posting-clients.js';
import { describeFailure } from './delivery/slack-error.js';
import { eventDedupe } from './event-dedupe.js';
import { InFlight } from './in-flight.js';
import { registerListeners } from './listeners/index.js';
import { ImpossiblePayloadError, impossibleShape } from './payload-shape.js';
import { rateLimitLog } from './rate-limit-log.js';
import { requestLog } from './request-log.js';
import { BOT_SCOPES } from './scopes.js';
import type { Services } from './services.js';
import { triggerBoundFetch } from './trigger-deadline.js';
import { UnfinishedAnswers } from './unfinished-answers.js';

/** How long shutdown waits for work already acknowledged (posting an answer's thread) to finish, by default. */
export const SHUTDOWN_GRACE_MS = 20_000;

const { defaultProcessEventErrorHandler } = HTTPModuleFunctions;

/** After the grace, how long shutdown gives the notices to askers of unfinished answers. */
const TELL_CUT_OFF_MS = 3_000;

/** Which step of start-up failed, and why: the bootstrap turns it into a message naming the setting to fix. */
export class StartStepError extends Error {
  constructor(
    readonly step: 'verify the bot token' | 'connect in Socket Mode' | 'listen on PORT',
    override readonly cause: unknown,
  ) {
    super(`could not ${step}`);
    this.name = 'StartStepError';
  }
}

export { BOT_SCOPES } from './scopes.js';

/** Where Web API calls go when SLACK_API_URL is set; nothing (Slack itself) when it is not. */
function slackApiUrlOption(config: Pick<Config, 'slackApiUrl'>): { slackApiUrl?: string } {
  return config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {};
}

/** How long a Web API call made outside anyone's request (reminders, token refresh) may take, per attempt. */
export const BACKGROUND_CALL_TIMEOUT_MS = 10_000;

/**
 * Options for every Web API client the bot makes. Each logs through our logger (as Bolt's own clients do):
 * a client left to its default writes to the console, outside the JSON logs and their redaction.
 *
 * `background` clients (reminders, token refresh) give up on a call after BACKGROUND_CALL_TIMEOUT_MS: a
 * reminder's lease must outlast its delivery, and a refresh holds a lock. Clients answering people's
 * requests (Bolt's) carry no timeout of their own, as Bolt's defaults: Node's HTTP client already gives up on
 * a Slack that stops answering after five minutes (undici's header and body timeouts), and a per-call timeout
 * gives every call an abort signal, which cost about 0.6 ms of CPU per answer (six calls; BENCHMARKS.md).
 * `timeoutMs` replaces the background timeout (tests).
 */
export function webClientOptions(
  config: Pick<Config, 'slackApiUrl'>,
  logger: Logger,
  use: 'requests' | 'background' | 'posting',
  timeoutMs = BACKGROUND_CALL_TIMEOUT_MS,
): webApi.WebClientOptions {
  const common = { ...slackApiUrlOption(config), logger: boltLogger(logger) };
  if (use === 'posting') {
    // Posts made in the background (reminders, answers' threads): a post whose request may have reached
    // Slack (a timeout, a reset, a 5xx) is never re-sent blindly by the client, and a 429 is handed back
    // with its Retry-After instead of pausing the client's whole queue (which held every other channel, and
    // a reminder's lease, behind one channel's wait). The callers retry, per channel, knowing what they post.
    return { ...common, timeout: timeoutMs, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true };
  }
  return {
    ...common,
    // Rate limits are waited out as Slack's Retry-After says; other failures are retried briefly, since
    // someone is waiting for the answer.
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000, randomize: true },
    // Calls made with a trigger id are abandoned when the trigger expires, not after Node's five minutes.
    ...(use === 'requests' ? { fetch: triggerBoundFetch() } : {}),
    ...(use === 'background' ? { timeout: timeoutMs } : {}),
  };
}

export interface RunningBot {
  mode: 'socket' | 'http';
  /** The HTTP port: Slack requests (HTTP mode) and the probes /healthz and /readyz. */
  port: number;
  /**
   * Stops taking new work at once: /readyz and every new request answer 503 while the port stays open
   * (HTTP), or the Socket Mode connection closes so Slack sends to another instance.
   */
  drain(): void;
  /** Drains, lets the requests in flight finish (up to the grace), then closes the port. Idempotent. */
  stop(): Promise<void>;
}

export interface ServingOptions {
  /** Why the database cannot serve right now (undefined: it can), for readiness. */
  databaseProblem?: () => Promise<string | undefined>;
  /** How long stop() waits for requests in flight; default SHUTDOWN_GRACE_MS. */
  shutdownGraceMs?: number;
}

/**
 * The Bolt app, wired: Socket Mode when an app token is configured, HTTP on `/slack/events` otherwise, with
 * the probes `/healthz` and `/readyz` in both. Every Slack API call goes to SLACK_API_URL when it is set.
 */
export function createSlackApp(config: Config, services: Services, serving: ServingOptions = {}) {
  const { logger } = services;
  const inFlight = new InFlight();
  const gate = new ServingGate(serving.databaseProblem ?? (async () => undefined));
  const graceMs = serving.shutdownGraceMs ?? SHUTDOWN_GRACE_MS;

  const slackApiUrl = slackApiUrlOption(config);
  const clientOptions = webClientOptions(config, logger, 'requests');
  const { oauth } = config;
  if (oauth && !services.installations) throw new Error('OAuth mode needs an installation store');
  const boltLog = boltLogger(logger);
  // Over HTTP our own receiver, so a payload of a shape Slack never sends can be answered 400 (Bolt's own
  // receiver answers every failure 500). One workspace: its bot token. Many (OAuth): Bolt's installer at
  // /slack/install and /slack/oauth_redirect (state checked), the token exchange at SLACK_API_URL, each
  // request authorised with its workspace's installation.
  const receiver = config.appToken
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.signingSecret ?? '',
        endpoints: '/slack/events',
        logger: boltLog,
        processEventErrorHandler: answerImpossiblePayloads,
        ...(oauth && services.installations
          ? {
              clientId: oauth.clientId,
              clientSecret: oauth.clientSecret,
              stateSecret: oauth.stateSecret,
              scopes: [...BOT_SCOPES],
              installationStore: services.installations,
              installerOptions: { directInstall: true, clientOptions: slackApiUrl },
            }
          : {}),
      });
  const app = new App({
    ...(oauth ? {} : { token: config.botToken }),
    logger: boltLog,
    // Checked by init() below, so a bad token stops start-up with a clear message instead of failing later.
    deferInitialization: true,
    // No listener keeps state per conversation: Bolt's conversation store would otherwise look each request's
    // conversation up and build an Error for "not found" every time (a tenth of `/aiteam help`'s CPU).
    convoStore: false,
    clientOptions,
    ...(receiver
      ? { receiver }
      : // Socket Mode: our own small server answers the probes on PORT (see start()).
        { socketMode: true, appToken: config.appToken, installerOptions: { clientOptions: slackApiUrl } }),
  });
  refuseImpossiblePayloads(app, logger);

  app.use(requestLog(logger, inFlight));
  app.use(rateLimitLog(logger));
  app.use(tellWhenDatabaseFails(logger, services.support));
  app.use(eventDedupe(services.events, services.clock));
  const unfinished = new UnfinishedAnswers();
  registerListeners(app, {
    ...services,
    unfinished,
    posting: services.posting ?? new PostingClients(webClientOptions(config, logger, 'posting'), logger),
    botClient: services.botClient ?? ((token) => new webApi.WebClient(token, clientOptions)),
  });
  app.error(async (error) => {
    logger.error(describeFailure(error.original ?? error), 'a listener failed');
  });

  async function start(): Promise<RunningBot> {
    try {
      await app.init();
    } catch (error) {
      throw new StartStepError('verify the bot token', error);
    }
    let started: unknown;
    try {
      started = await app.start(config.port);
    } catch (error) {
      throw new StartStepError(config.appToken ? 'connect in Socket Mode' : 'listen on PORT', error);
    }
    // Over HTTP the probes and the refusals while draining answer ahead of Bolt on its own server; in Socket
    // Mode a small server of our own answers them.
    const server = config.appToken ? await listen(gate, config.port) : gateAhead(started as Server, gate);
    gate.phase = 'serving';
    let stopping: Promise<void> | undefined;
    const drain = () => {
      if (gate.phase === 'draining') return;
      gate.phase = 'draining';
      // Socket Mode: closing the connection is how Slack learns to send elsewhere.
      if (config.appToken) void app.stop().catch(() => {});
    };
    return {
      mode: config.appToken ? 'socket' : 'http',
      port: (server.address() as AddressInfo).port,
      drain,
      // Idempotent: a second signal, or a second caller, waits for the same shutdown.
      stop() {
        stopping ??= shutdown();
        return stopping;
      },
    };

    async function shutdown(): Promise<void> {
      drain();
      const finished = await inFlight.drain(graceMs);
      if (!finished) {
        logger.warn(
          { pending: inFlight.size, answersCutOff: unfinished.size },
          'stopped with work still in flight; the askers of unfinished answers are told',
        );
        await unfinished.tellAll(TELL_CUT_OFF_MS);
      }
      if (config.appToken) await new Promise((resolve) => server.close(resolve));
      else await app.stop();
    }
  }

  return { app, start };
}

/** Routes each request through the gate first, then to Bolt's own listener on Bolt's server. */
function gateAhead(server: Server, gate: ServingGate): Server {
  const bolt = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (gate.handle(request, response)) return;
    for (const listener of bolt) listener.call(server, request, response);
  });
  return server;
}

function listen(gate: ServingGate, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    if (gate.handle(request, response)) return;
    response.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

/**
 * Checks each payload's shape before Bolt looks at it: Bolt reads `actions[0]`, `user.id` and the like while
 * routing, so an impossible shape would fail inside it or match no listener.
 */
function refuseImpossiblePayloads(app: App, logger: Logger): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    const problem = impossibleShape(event.body);
    if (problem) {
      logger.warn({ problem }, 'refused a payload of a shape Slack never sends');
      throw new ImpossiblePayloadError(problem);
    }
    return processEvent(event);
  };
}

/** 400 for an impossible payload; any other failure as Bolt answers it (401 unauthorised, 500). */
async function answerImpossiblePayloads(args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
  if (!(args.error instanceof ImpossiblePayloadError)) return defaultProcessEventErrorHandler(args);
  if (!args.response.headersSent) args.response.writeHead(400).end();
  // Answered: Bolt marks it acknowledged, so its three-second "not acknowledged" timer does not fire.
  return true;
}
