import { webApi } from '@slack/bolt';
import { DeliveryError, type FailureKind } from '../../reminders/scheduler.js';
import { slackErrorCode } from '../delivery/slack-error.js';

/** Slack errors after which posting to the channel can never succeed without someone acting. */
const PERMANENT = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'restricted_action',
  // The workspace removed the app, or revoked or deactivated its token: only a reinstall helps.
  'account_inactive',
  'token_revoked',
  'missing_scope',
  'team_not_found',
]);

/**
 * A rejected token that may come back: Slack has answered `invalid_auth` for seconds during incidents, and a
 * rotated token can be refreshed. Retried for a bounded time before pausing.
 */
const TOKEN = new Set(['invalid_auth', 'not_authed', 'token_expired']);

/**
 * What a failed Web API call means for a reminder. A platform error (`ok: false`) or a 429 is Slack's answer,
 * so nothing was posted; a timeout, a reset connection or a 5xx leaves it unknown whether the post arrived.
 */
export function deliveryFailure(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError('ratelimited', 'refused', error.retryAfter * 1000);
  }
  const code = slackErrorCode(error);
  if (code !== undefined) return new DeliveryError(code, platformKind(code));
  return new DeliveryError(error instanceof Error ? error.message : String(error), 'uncertain');
}

function platformKind(code: string): FailureKind {
  if (PERMANENT.has(code)) return 'permanent';
  if (TOKEN.has(code)) return 'token';
  return 'refused';
}

/** Work before the post (finding the token, reading the channel's last answer): nothing reached Slack. */
export function beforePosting(error: unknown): DeliveryError {
  return new DeliveryError(error instanceof Error ? error.message : String(error), 'refused');
}
