import { webApi } from '@slack/bolt';

/**
 * Posts to one channel, one at a time and at the pace Slack sets for it, apart from every other channel.
 * Slack allows about one message a second per channel with short bursts (an answer and its thread), and
 * answers more with 429 and a Retry-After for that channel. The Web API client would wait out a 429 by
 * pausing its whole queue (every channel, and any interactive call on the same client, waiting behind one
 * channel); here only the channel's own posts wait, as long as Slack asked, and the refused post is sent
 * again (Slack posted nothing on a 429, so sending again cannot duplicate). Bursts are not held back in
 * advance: an answer's thread goes out at once, as people expect, until Slack says otherwise.
 */
export class ChannelPacing {
  private readonly channels = new Map<string, ChannelState>();

  constructor(
    private readonly options: {
      /** Longest total wait on 429s for one post before giving up (the caller then tells the asker). */
      maxRateLimitWaitMs: number;
      onRateLimited?: (channel: string, retryAfterMs: number) => void;
    },
  ) {}

  /** Runs `post` for `channel` after the channel's earlier posts, paced, retrying after each 429's wait. */
  async run<T>(channel: string, post: () => Promise<T>): Promise<T> {
    const state = this.stateOf(channel);
    const previous = state.tail;
    let release = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    state.tail = previous.then(() => mine);
    await previous;
    try {
      let waited = 0;
      for (;;) {
        await sleep(state.blockedUntil - Date.now());
        try {
          return await post();
        } catch (error) {
          if (!(error instanceof webApi.WebAPIRateLimitedError)) throw error;
          const retryAfterMs = error.retryAfter * 1000;
          waited += retryAfterMs;
          if (waited > this.options.maxRateLimitWaitMs) throw error;
          state.blockedUntil = Date.now() + retryAfterMs;
          this.options.onRateLimited?.(channel, retryAfterMs);
        }
      }
    } finally {
      release();
      state.lastUsed = Date.now();
    }
  }

  private stateOf(channel: string): ChannelState {
    let state = this.channels.get(channel);
    if (!state) {
      if (this.channels.size >= 1_000) this.forgetIdle();
      state = { tail: Promise.resolve(), blockedUntil: 0, lastUsed: Date.now() };
      this.channels.set(channel, state);
    }
    return state;
  }

  /** Channels with no post and no wait pending for a while, so the map stays small. */
  private forgetIdle(): void {
    const now = Date.now();
    for (const [channel, state] of this.channels) {
      if (state.blockedUntil < now && now - state.lastUsed > IDLE_MS) this.channels.delete(channel);
    }
  }
}

interface ChannelState {
  /** Settles when the channel's latest post so far is done: posts to one channel go one at a time. */
  tail: Promise<void>;
  blockedUntil: number;
  lastUsed: number;
}

const IDLE_MS = 60_000;

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
