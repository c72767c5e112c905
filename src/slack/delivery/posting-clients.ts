import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { ChannelPacing } from './channel-pacing.js';

/** An answer waits this long in all on one channel's 429s before the asker is told it could not be posted. */
export const ANSWER_RATE_LIMIT_WAIT_MS = 60_000;

export interface Poster {
  client: webApi.WebClient;
  pacing: ChannelPacing;
}

/**
 * The clients that post answers (the message and its thread) once the request that asked is acknowledged:
 * one per bot token, separate from the client Bolt gives listeners for interactive calls (views.open,
 * ephemeral messages), so those never queue behind a rate-limited channel. The options given must hand 429s
 * back (webClientOptions 'posting'); each token's posts are paced per channel (ChannelPacing).
 */
export class PostingClients {
  private readonly posters = new Map<string, Poster>();

  /** `options` undefined: no clients of their own; posts go through the listener's client, still paced. */
  constructor(
    private readonly options: webApi.WebClientOptions | undefined,
    private readonly logger: Logger,
  ) {}

  /** The posting client with the same token as `client` (a listener's); `client` itself if there is none. */
  like(client: webApi.WebClient): Poster {
    const token = client.token;
    if (!token || !this.options) return { client, pacing: this.pacing() };
    let poster = this.posters.get(token);
    if (!poster) {
      // Rotated tokens leave old clients behind; start afresh now and then rather than grow without bound.
      if (this.posters.size >= 1_000) this.posters.clear();
      poster = { client: new webApi.WebClient(token, this.options), pacing: this.pacing() };
      this.posters.set(token, poster);
    }
    return poster;
  }

  private pacing(): ChannelPacing {
    return new ChannelPacing({
      maxRateLimitWaitMs: ANSWER_RATE_LIMIT_WAIT_MS,
      onRateLimited: (channel, retryAfterMs) =>
        this.logger.warn(
          { method: 'chat.postMessage', channel, retryAfterSeconds: retryAfterMs / 1000 },
          'rate limited by Slack; this channel waits as Slack asked, the others go on',
        ),
    });
  }
}
