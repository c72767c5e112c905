/** How long start-up waits for Slack's API to answer at all before it says Slack is out of reach. */
export const REACH_TIMEOUT_MS = 2_000;

/**
 * Why Slack's Web API at `baseUrl` cannot be reached (`ECONNREFUSED`, `ENOTFOUND`, "no answer within 2 s"),
 * or undefined when it answered anything at all. One plain request with no retries, made before the Slack
 * clients start: their retries took seven seconds and logged each failed attempt before the line that says
 * what to fix. `api.test` needs no token, so nothing secret is sent.
 */
export async function slackUnreachableReason(
  baseUrl: string,
  timeoutMs = REACH_TIMEOUT_MS,
): Promise<string | undefined> {
  try {
    const response = await fetch(new URL('api.test', baseUrl), {
      method: 'POST',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return undefined;
  } catch (error) {
    const failure = error as { name?: string; cause?: { code?: unknown; message?: unknown } };
    if (failure.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
    const code = failure.cause?.code ?? failure.cause?.message;
    return typeof code === 'string' && code !== '' ? code : 'no response';
  }
}
