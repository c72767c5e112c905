import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** How long an event id is remembered: Slack retries within minutes, so a day is ample. */
export const EVENT_MEMORY_MS = 24 * 60 * 60_000;

/**
 * The Events API ids already handled, in the shared database, so a retried event (X-Slack-Retry-Num) is
 * processed once even when the retry reaches another instance.
 */
export class EventLog {
  private inserts = 0;

  constructor(private readonly db: Kysely<Database>) {}

  /** True the first time an event id is seen; false for every retry of it. */
  async firstTime(eventId: string, now: number): Promise<boolean> {
    const result = await this.db
      .insertInto('processed_events')
      .values({ event_id: eventId, received_at: now })
      .onConflict((conflict) => conflict.column('event_id').doNothing())
      .executeTakeFirst();
    this.inserts += 1;
    // Forget old ids now and then, rather than on a timer of its own.
    if (this.inserts % 500 === 0) await this.forgetBefore(now - EVENT_MEMORY_MS);
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async forgetBefore(cutoff: number): Promise<void> {
    await this.db.deleteFrom('processed_events').where('received_at', '<', cutoff).execute();
  }
}
