/** The `error` code of a failed Web API call ("not_in_channel"), or undefined for other failures. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** A short, secret-free description of a failure for the logs. */
export function describeFailure(error: unknown): { error: string; code?: string } {
  const code = slackErrorCode(error);
  if (code) return { error: code, code };
  return { error: error instanceof Error ? error.message : String(error) };
}
