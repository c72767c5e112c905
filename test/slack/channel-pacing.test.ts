import { webApi } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { ChannelPacing } from '../../src/slack/delivery/channel-pacing.js';

describe('posting paced per channel', () => {
  it("a 429 holds only its own channel's posts, for as long as Slack asked, then sends the refused post again", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      let rateLimited = (_channel: string, _ms: number) => {};
      const refused = new Promise<[string, number]>((resolve) => {
        rateLimited = (channel, ms) => resolve([channel, ms]);
      });
      const pacing = new ChannelPacing({ maxRateLimitWaitMs: 5_000, onRateLimited: rateLimited });
      const events: string[] = [];
      let refusals = 1;
      const limited = pacing.run('C-LIMITED', async () => {
        if (refusals-- > 0) {
          events.push('limited: 429');
          throw new webApi.WebAPIRateLimitedError(2);
        }
        events.push('limited: posted');
      });
      // Queued behind the refused post in the same channel: it waits too.
      const sameChannel = pacing.run('C-LIMITED', async () => {
        events.push('limited: second posted');
      });
      expect(await refused).toEqual(['C-LIMITED', 2_000]);
      await pacing.run('C-OTHER', async () => {
        events.push('other: posted');
      });
      await vi.advanceTimersByTimeAsync(1_999);
      expect(events).toEqual(['limited: 429', 'other: posted']);
      await vi.advanceTimersByTimeAsync(1);
      await Promise.all([limited, sameChannel]);
      expect(events).toEqual(['limited: 429', 'other: posted', 'limited: posted', 'limited: second posted']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up when Slack asks to wait longer than allowed, so the caller can tell the asker', async () => {
    const pacing = new ChannelPacing({ maxRateLimitWaitMs: 5_000 });
    let calls = 0;
    const post = pacing.run('C-LIMITED', async () => {
      calls += 1;
      throw new webApi.WebAPIRateLimitedError(60);
    });
    await expect(post).rejects.toBeInstanceOf(webApi.WebAPIRateLimitedError);
    expect(calls).toBe(1);
  });

  it('other failures are not retried: a post that may have arrived is never sent twice', async () => {
    const pacing = new ChannelPacing({ maxRateLimitWaitMs: 5_000 });
    let calls = 0;
    const post = pacing.run('C-SLOW', async () => {
      calls += 1;
      throw new Error('The operation was aborted due to timeout');
    });
    await expect(post).rejects.toThrow('timeout');
    expect(calls).toBe(1);
  });
});
