import { type AnyMiddlewareArgs, type Middleware, webApi } from '@slack/bolt';
import type { Logger } from 'pino';

/**
 * The Web API client waits out a 429 as Slack's Retry-After says, then retries; this logs each wait with the
 * method and channel, so rate limits show up in the logs with their context. Bolt may hand listeners more than
 * one client, so each is watched once.
 */
export function rateLimitLog(logger: Logger): Middleware<AnyMiddlewareArgs> {
  const watched = new WeakSet<object>();
  return async ({ client, next }) => {
    if (!watched.has(client)) {
      watched.add(client);
      client.on(
        webApi.WebClientEvent.RATE_LIMITED,
        (retryAfterSeconds: number, request: { url?: string; body?: { channel?: unknown } }) => {
          logger.warn(
            {
              method: request.url?.split('/').pop(),
              channel: typeof request.body?.channel === 'string' ? request.body.channel : undefined,
              retryAfterSeconds,
            },
            'rate limited by Slack; retrying after the wait Slack asked for',
          );
        },
      );
    }
    await next();
  };
}
