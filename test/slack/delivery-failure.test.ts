import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { deliveryFailure } from '../../src/slack/reminders/delivery-failure.js';

/** A failed call as the Web API client reports Slack's `ok: false` answer. */
const platformError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: webApi.ErrorCode.PlatformError,
    data: { ok: false, error },
  });

describe('what a failed reminder post means', () => {
  it('a rejected token may be brief: retried for a while, not paused at once', () => {
    for (const code of ['invalid_auth', 'not_authed', 'token_expired']) {
      expect(deliveryFailure(platformError(code))).toMatchObject({ code, kind: 'token' });
    }
  });

  it('a removed app, a revoked token or a gone channel pauses at once', () => {
    for (const code of ['account_inactive', 'token_revoked', 'channel_not_found', 'is_archived']) {
      expect(deliveryFailure(platformError(code))).toMatchObject({ code, kind: 'permanent' });
    }
  });

  it("a 429 is Slack's answer (nothing posted), retried after its Retry-After", () => {
    expect(deliveryFailure(new webApi.WebAPIRateLimitedError(40))).toMatchObject({
      code: 'ratelimited',
      kind: 'refused',
      retryAfterMs: 40_000,
    });
  });

  it('no answer at all (a timeout, a reset) may have posted: the next attempt looks first', () => {
    expect(deliveryFailure(new Error('The operation was aborted due to timeout'))).toMatchObject({
      kind: 'uncertain',
    });
  });
});
