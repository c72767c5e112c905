import type { z } from 'zod';

/**
 * Reads a value the bot wrote into Slack earlier (a button value, a view's private_metadata) and Slack now
 * hands back. It may have been tampered with, so it is parsed and validated; anything else gives undefined
 * and the caller falls back to a safe default.
 */
export function decodeJson<S extends z.ZodType>(schema: S, raw: string | undefined): z.output<S> | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(raw ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Channel ids as Slack writes them: public (C), private or group (G), direct (D). */
export const CHANNEL_ID = /^[CDG][A-Z0-9]{2,}$/;
