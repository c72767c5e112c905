import { describe, expect, it } from 'vitest';
import { CAN_POST_TTL_MS, CanPostCache } from '../../src/slack/questionnaire/can-post-cache.js';

/** A clock the test moves by hand. */
function handClock(start = Date.UTC(2026, 0, 5, 9)) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('CanPostCache', () => {
  it('believes a remembered conversation until the TTL has passed, then asks again', () => {
    const clock = handClock();
    const cache = new CanPostCache(clock);
    expect(cache.canPost('T1', 'C1')).toBe(false);
    cache.remember('T1', 'C1');
    expect(cache.canPost('T1', 'C1')).toBe(true);
    clock.advance(CAN_POST_TTL_MS - 1);
    expect(cache.canPost('T1', 'C1')).toBe(true);
    clock.advance(1);
    expect(cache.canPost('T1', 'C1')).toBe(false);
  });

  it('keeps workspaces apart and forgets one conversation on request', () => {
    const cache = new CanPostCache(handClock());
    cache.remember('T1', 'C1');
    cache.remember('T1', 'C2');
    expect(cache.canPost('T2', 'C1')).toBe(false);
    cache.forget('T1', 'C1');
    expect(cache.canPost('T1', 'C1')).toBe(false);
    expect(cache.canPost('T1', 'C2')).toBe(true);
  });

  it('holds at most its limit, forgetting the least recently remembered first', () => {
    const cache = new CanPostCache(handClock(), CAN_POST_TTL_MS, 2);
    cache.remember('T1', 'C1');
    cache.remember('T1', 'C2');
    cache.remember('T1', 'C1');
    cache.remember('T1', 'C3');
    expect(cache.canPost('T1', 'C2')).toBe(false);
    expect(cache.canPost('T1', 'C1')).toBe(true);
    expect(cache.canPost('T1', 'C3')).toBe(true);
  });
});
