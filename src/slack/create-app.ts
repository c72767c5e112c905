import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type CustomRoute, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import { boltLogger } from '../logging/logger.js';
import { PostingClients } from './delivery/posting-clients.js';
import { describeFailure } from './delivery/slack-error.js';
import { eventDedupe } from './event-dedupe.js';
import { InFlight } from './in-flight.js';
import { registerListeners } from './listeners/index.js';
import { rateLimitLog } from './rate-limit-log.js';
import { requestLog } from './request-log.js';
import type { Services } from './services.js';
import { triggerBoundFetch } from './trigger-deadline.js';

/** How long shutdown waits for work already acknowledged (posting an answer's thread) to finish. */
export const SHUTDOWN_GRACE_MS = 10_000;

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

/** The bot scopes the app asks for; the manifests list the same (a test keeps them equal). */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'channels:join',
  'users:read',
  'files:write',
  'channels:read',
  'groups:read',
  'channels:history',
  'groups:history',
] as const;

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
  /** The HTTP port: Slack requests (HTTP mode) and /healthz. */
  port: number;
  stop(): Promise<void>;
}

/**
 * The Bolt app, wired: Socket Mode when an app token is configured, HTTP on `/slack/events` otherwise, with
 * `GET /healthz` in both. Every Slack API call goes to SLACK_API_URL when it is set.
 */
export function createSlackApp(config: Config, services: Services) {
  const { logger } = services;
  const inFlight = new InFlight();
  let ready = false;

  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_request, response) => {
      response.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: ready ? 'ok' : 'unavailable' }));
    },
  };
  const slackApiUrl = slackApiUrlOption(config);
  const clientOptions = webClientOptions(config, logger, 'requests');
  const { oauth } = config;
  if (oauth && !services.installations) throw new Error('OAuth mode needs an installation store');
  const app = new App({
    // One workspace: its bot token. Many (OAuth): Bolt's installer at /slack/install and
    // /slack/oauth_redirect (state checked), the token exchange at SLACK_API_URL, each request authorised
    // with its workspace's installation.
    ...(oauth && services.installations
      ? {
          clientId: oauth.clientId,
          clientSecret: oauth.clientSecret,
          stateSecret: oauth.stateSecret,
          scopes: [...BOT_SCOPES],
          installationStore: services.installations,
          installerOptions: { directInstall: true, clientOptions: slackApiUrl },
        }
      : { token: config.botToken }),
    logger: boltLogger(logger),
    // Checked by init() below, so a bad token stops start-up with a clear message instead of failing later.
    deferInitialization: true,
    clientOptions,
    ...(config.appToken
      ? // Socket Mode: our own small server answers /healthz on PORT (see start()).
        { socketMode: true, appToken: config.appToken, installerOptions: { clientOptions: slackApiUrl } }
      : { signingSecret: config.signingSecret, endpoints: '/slack/events', customRoutes: [healthz] }),
  });

  app.use(requestLog(logger, inFlight));
  app.use(rateLimitLog(logger));
  app.use(eventDedupe(services.events, services.clock));
  registerListeners(app, {
    ...services,
    posting: services.posting ?? new PostingClients(webClientOptions(config, logger, 'posting'), logger),
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
    // Over HTTP, Bolt's server also answers /healthz; in Socket Mode a small server of our own does.
    const server = config.appToken ? await listen(healthz, config.port) : (started as Server);
    ready = true;
    let stopping: Promise<void> | undefined;
    return {
      mode: config.appToken ? 'socket' : 'http',
      port: (server.address() as AddressInfo).port,
      // Idempotent: a second signal, or a second caller, waits for the same shutdown.
      stop() {
        stopping ??= shutdown();
        return stopping;
      },
    };

    async function shutdown(): Promise<void> {
      ready = false;
      await app.stop();
      if (config.appToken) await new Promise((resolve) => server.close(resolve));
      const finished = await inFlight.drain(SHUTDOWN_GRACE_MS);
      if (!finished) logger.warn({ pending: inFlight.size }, 'stopped with work still in flight');
    }
  }

  return { app, start };
}

function listen(route: CustomRoute, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === route.path) {
      void route.handler(Object.assign(request, { params: {} }), response);
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
