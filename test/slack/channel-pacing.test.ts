import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ChannelPacing } from '../../src/slack/delivery/channel-pacing.js';

describe('posting paced per channel', () => {
  it("a 429 holds only its own channel's posts, and the refused post is sent again after the wait", async () => {
    const pacing = new ChannelPacing({ maxRateLimitWaitMs: 5_000 });
    const events: string[] = [];
    let refusals = 1;
    const limited = pacing.run('C-LIMITED', async () => {
      if (refusals-- > 0) {
        events.push('limited: 429');
        throw new webApi.WebAPIRateLimitedError(1);
      }
      events.push('limited: posted');
    });
    // Queued behind the refused post in the same channel: it waits too.
    const sameChannel = pacing.run('C-LIMITED', async () => {
      events.push('limited: second posted');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await pacing.run('C-OTHER', async () => {
      events.push('other: posted');
    });
    await Promise.all([limited, sameChannel]);
    expect(events).toEqual(['limited: 429', 'other: posted', 'limited: posted', 'limited: second posted']);
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
