import { webApi } from '@slack/bolt';
import type { OAuthConfig } from '../config/env.js';
import type { TokenRefresher } from '../storage/installation-store.js';

/** oauth.v2.access with grant_type=refresh_token, at SLACK_API_URL when set. */
export function slackTokenRefresher(
  oauth: OAuthConfig,
  options: webApi.WebClientOptions,
  now: () => number = Date.now,
): TokenRefresher {
  // Never retried: Slack revokes a refresh token once it is used, so a retry after a lost reply would spend
  // the new one too. A failed refresh fails this request; the next one tries again with the stored token.
  const client = new webApi.WebClient(undefined, { ...options, retryConfig: { retries: 0 } });
  return async (installation) => {
    const bot = installation.bot;
    if (!bot?.refreshToken) return installation;
    const result = await client.oauth.v2.access({
      client_id: oauth.clientId,
      client_secret: oauth.clientSecret,
      grant_type: 'refresh_token',
      refresh_token: bot.refreshToken,
    });
    if (!result.access_token || !result.refresh_token || !result.expires_in) {
      throw new Error('oauth.v2.access gave no rotated token');
    }
    return {
      ...installation,
      bot: {
        ...bot,
        token: result.access_token,
        refreshToken: result.refresh_token,
        expiresAt: Math.floor(now() / 1000) + result.expires_in,
      },
    };
  };
}
