import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql, type UpdateObject } from 'kysely';
import type { Engine } from '../storage/database.js';
import type { Database, RemindersTable } from '../storage/schema.js';
import type {
  ClaimedReminder,
  DeliveryStart,
  NewReminder,
  Reminder,
  ReminderStore,
} from './reminder-store.js';
import { type ReminderRule, reminderRuleSchema } from './rule.js';

/**
 * Reminders in SQLite or PostgreSQL, one code path. The claim is a single UPDATE ... WHERE id IN (SELECT ...
 * ORDER BY attempt_at LIMIT n) RETURNING: on PostgreSQL the inner select takes FOR UPDATE SKIP LOCKED, so
 * concurrent instances claim disjoint rows; SQLite runs one writer at a time, which makes the statement
 * atomic by itself. Every write that ends a delivery checks the lease owner, so an instance whose lease ran
 * out cannot overwrite the one that took over.
 */
export class SqlReminderStore implements ReminderStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly options: SqlReminderStoreOptions = {},
  ) {}

  /** The reminder in a row, or undefined (reported) if its rule no longer reads: one bad row stops nothing. */
  private read(row: Selectable<RemindersTable>): Reminder | undefined {
    try {
      return toReminder(row);
    } catch (error) {
      this.options.onUnreadable?.({
        reminderId: row.id,
        workspaceId: row.workspace_id,
        error: error instanceof Error ? error.message.slice(0, 300) : String(error),
      });
      return undefined;
    }
  }

  private readAll(rows: Selectable<RemindersTable>[]): Reminder[] {
    return rows.flatMap((row) => this.read(row) ?? []);
  }

  async create(input: NewReminder): Promise<Reminder> {
    const row = {
      id: randomUUID(),
      workspace_id: input.workspaceId,
      enterprise_id: input.enterpriseId ?? null,
      channel_id: input.channelId,
      created_by: input.createdBy,
      time_zone: input.timeZone,
      rule: JSON.stringify(input.rule),
      status: 'active' as const,
      paused_reason: null,
      occurrence: input.occurrence,
      next_due_at: input.nextDueAt,
      attempt_at: input.nextDueAt,
      attempts: 0,
      lease_owner: null,
      lease_until: null,
      last_error: null,
      failing_since: null,
      pause_notice_at: null,
      created_at: input.now,
      updated_at: input.now,
    };
    await this.db.insertInto('reminders').values(row).execute();
    return toReminder(row);
  }

  async get(workspaceId: string, id: string): Promise<Reminder | undefined> {
    const row = await this.db
      .selectFrom('reminders')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && this.read(row);
  }

  listForChannel(workspaceId: string, channelId: string): Promise<Reminder[]> {
    return this.listLive(workspaceId, 'channel_id', channelId);
  }

  listForCreator(workspaceId: string, userId: string): Promise<Reminder[]> {
    return this.listLive(workspaceId, 'created_by', userId);
  }

  allForChannel(workspaceId: string, channelId: string): Promise<Reminder[]> {
    return this.everyOf(workspaceId, 'channel_id', channelId);
  }

  allForCreator(workspaceId: string, userId: string): Promise<Reminder[]> {
    return this.everyOf(workspaceId, 'created_by', userId);
  }

  /** Every reminder of a workspace, in any status, with one column equal to `value`, oldest first. */
  private async everyOf(
    workspaceId: string,
    column: 'channel_id' | 'created_by',
    value: string,
  ): Promise<Reminder[]> {
    const rows = await this.db
      .selectFrom('reminders')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where(column, '=', value)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return this.readAll(rows);
  }

  /** Active and paused reminders of a workspace with one column equal to `value`, soonest first. */
  private async listLive(
    workspaceId: string,
    column: 'channel_id' | 'created_by',
    value: string,
  ): Promise<Reminder[]> {
    const rows = await this.db
      .selectFrom('reminders')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where(column, '=', value)
      .where('status', 'in', ['active', 'paused'])
      .orderBy('next_due_at')
      .execute();
    return this.readAll(rows);
  }

  async reschedule(
    workspaceId: string,
    id: string,
    change: { rule: ReminderRule; timeZone: string; occurrence: number; nextDueAt: number; now: number },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('reminders')
      .set({
        rule: JSON.stringify(change.rule),
        time_zone: change.timeZone,
        occurrence: change.occurrence,
        next_due_at: change.nextDueAt,
        attempt_at: change.nextDueAt,
        status: 'active',
        paused_reason: null,
        attempts: 0,
        last_error: null,
        failing_since: null,
        pause_notice_at: null,
        // An instance delivering the old schedule loses its lease, so it cannot write the old one back.
        lease_owner: null,
        lease_until: null,
        updated_at: change.now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'in', ['active', 'paused', 'done'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async snooze(workspaceId: string, id: string, until: number, now: number): Promise<boolean> {
    // A finished one-off can be snoozed too: it comes back once more, a week later.
    const result = await this.db
      .updateTable('reminders')
      .set({
        status: 'active',
        next_due_at: until,
        attempt_at: until,
        attempts: 0,
        failing_since: null,
        lease_owner: null,
        lease_until: null,
        updated_at: now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'in', ['active', 'done'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async stop(workspaceId: string, id: string, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('reminders')
      .set({
        status: 'stopped',
        pause_notice_at: null,
        lease_owner: null,
        lease_until: null,
        updated_at: now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'in', ['active', 'paused', 'done'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async deleteChannel(workspaceId: string, channelId: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const ids = trx
        .selectFrom('reminders')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('channel_id', '=', channelId);
      await trx.deleteFrom('reminder_deliveries').where('reminder_id', 'in', ids).execute();
      const result = await trx
        .deleteFrom('reminders')
        .where('workspace_id', '=', workspaceId)
        .where('channel_id', '=', channelId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    });
  }

  async countByCreator(workspaceId: string, userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('workspace_id', '=', workspaceId)
      .where('created_by', '=', userId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  deleteByCreator(workspaceId: string, userId: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const ids = trx
        .selectFrom('reminders')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('created_by', '=', userId);
      await trx.deleteFrom('reminder_deliveries').where('reminder_id', 'in', ids).execute();
      const result = await trx
        .deleteFrom('reminders')
        .where('workspace_id', '=', workspaceId)
        .where('created_by', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    });
  }

  async deleteWorkspace(workspaceId: string): Promise<number> {
    await this.db.deleteFrom('history_reads').where('workspace_id', '=', workspaceId).execute();
    return this.deleteWhere('workspace_id', workspaceId);
  }

  deleteEnterprise(enterpriseId: string): Promise<number> {
    return this.deleteWhere('enterprise_id', enterpriseId);
  }

  private deleteWhere(column: 'workspace_id' | 'enterprise_id', value: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const ids = trx.selectFrom('reminders').select('id').where(column, '=', value);
      await trx.deleteFrom('reminder_deliveries').where('reminder_id', 'in', ids).execute();
      const result = await trx.deleteFrom('reminders').where(column, '=', value).executeTakeFirst();
      return Number(result.numDeletedRows);
    });
  }

  async countChannel(workspaceId: string, channelId: string): Promise<number> {
    const row = await this.db
      .selectFrom('reminders')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('workspace_id', '=', workspaceId)
      .where('channel_id', '=', channelId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async renewLease(reminder: ClaimedReminder, leaseUntil: number): Promise<boolean> {
    const result = await this.db
      .updateTable('reminders')
      .set({ lease_until: leaseUntil })
      .where('id', '=', reminder.id)
      .where('lease_owner', '=', reminder.leaseOwner)
      .where('status', '=', 'active')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async claimDue(now: number, limit: number, owner: string, leaseUntil: number): Promise<ClaimedReminder[]> {
    const isPostgres = this.engine === 'postgres';
    const due = this.db
      .selectFrom('reminders')
      .select('id')
      .where('status', '=', 'active')
      .where('attempt_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('attempt_at')
      .limit(limit)
      .$if(isPostgres, (query) => query.forUpdate().skipLocked());
    const rows = await this.db
      .updateTable('reminders')
      .set({ lease_owner: owner, lease_until: leaseUntil })
      .where('id', 'in', due)
      .returningAll()
      .execute();
    const claimed: ClaimedReminder[] = [];
    const unreadable: string[] = [];
    for (const row of rows) {
      const reminder = this.read(row);
      if (reminder) claimed.push({ ...reminder, leaseOwner: owner });
      else unreadable.push(row.id);
    }
    // A row that cannot be read would be claimed first, fail, and come back every poll, taking the others
    // with it; it is paused instead (its lease given up), and reported.
    if (unreadable.length > 0) {
      await this.db
        .updateTable('reminders')
        .set({
          status: 'paused',
          paused_reason: UNREADABLE,
          last_error: UNREADABLE,
          lease_owner: null,
          lease_until: null,
          updated_at: now,
        })
        .where('id', 'in', unreadable)
        .where('lease_owner', '=', owner)
        .execute();
      // A batch of nothing but unreadable rows must not read as "nothing due": claim again (each round pauses
      // at least one row, so this ends).
      if (claimed.length === 0) return this.claimDue(now, limit, owner, leaseUntil);
    }
    return claimed;
  }

  async beginDelivery(reminder: ClaimedReminder, now: number): Promise<DeliveryStart> {
    const inserted = await this.db
      .insertInto('reminder_deliveries')
      .values({
        reminder_id: reminder.id,
        due_at: reminder.nextDueAt,
        status: 'posting',
        message_ts: null,
        channel_id: reminder.channelId,
        updated_at: now,
      })
      .onConflict((conflict) => conflict.columns(['reminder_id', 'due_at']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { state: 'new' };
    const delivery = await this.db
      .selectFrom('reminder_deliveries')
      .select(['status', 'updated_at'])
      .where('reminder_id', '=', reminder.id)
      .where('due_at', '=', reminder.nextDueAt)
      .executeTakeFirstOrThrow();
    if (delivery.status === 'sent') return { state: 'sent' };
    // The row was there before this attempt: an earlier one began and never recorded how it ended.
    return { state: 'uncertain', since: Number(delivery.updated_at) };
  }

  async forgetAttempt(reminder: ClaimedReminder): Promise<void> {
    await this.db
      .deleteFrom('reminder_deliveries')
      .where('reminder_id', '=', reminder.id)
      .where('due_at', '=', reminder.nextDueAt)
      .where('status', '=', 'posting')
      .execute();
  }

  async completeDelivery(
    reminder: ClaimedReminder,
    delivery: { messageTs: string | null; now: number },
    next: { occurrence: number; at: number } | null,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('reminder_deliveries')
        .set({ status: 'sent', message_ts: delivery.messageTs, updated_at: delivery.now })
        .where('reminder_id', '=', reminder.id)
        .where('due_at', '=', reminder.nextDueAt)
        .execute();
      await releaseLease(
        trx,
        reminder,
        next
          ? {
              occurrence: next.occurrence,
              next_due_at: next.at,
              attempt_at: next.at,
              attempts: 0,
              last_error: null,
              failing_since: null,
            }
          : { status: 'done', failing_since: null },
        delivery.now,
      );
    });
  }

  async retryLater(reminder: ClaimedReminder, retryAt: number, error: string, now: number): Promise<void> {
    await releaseLease(
      this.db,
      reminder,
      {
        attempt_at: retryAt,
        attempts: sql`attempts + 1`,
        last_error: error,
        failing_since: sql`coalesce(failing_since, ${now})`,
      },
      now,
    );
  }

  async giveBack(reminder: ClaimedReminder, now: number): Promise<void> {
    await releaseLease(this.db, reminder, {}, now);
  }

  async pause(reminder: ClaimedReminder, reason: string, now: number): Promise<void> {
    await releaseLease(
      this.db,
      reminder,
      { status: 'paused', paused_reason: reason, last_error: reason, pause_notice_at: now },
      now,
    );
  }

  async resume(workspaceId: string, id: string, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('reminders')
      .set({
        status: 'active',
        paused_reason: null,
        attempt_at: now,
        attempts: 0,
        last_error: null,
        failing_since: null,
        pause_notice_at: null,
        lease_owner: null,
        lease_until: null,
        updated_at: now,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', '=', 'paused')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async claimPauseNotices(now: number, limit: number, retryAt: number): Promise<Reminder[]> {
    const due = this.db
      .selectFrom('reminders')
      .select('id')
      .where('status', '=', 'paused')
      .where('pause_notice_at', '<=', now)
      // A creator who could not be told for a week (the app stays uninstalled) is no longer tried.
      .where('updated_at', '>=', now - NOTICE_GIVE_UP_MS)
      .orderBy('pause_notice_at')
      .limit(limit)
      .$if(this.engine === 'postgres', (query) => query.forUpdate().skipLocked());
    const rows = await this.db
      .updateTable('reminders')
      .set({ pause_notice_at: retryAt })
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return this.readAll(rows);
  }

  async claimHistoryRead(workspaceId: string, now: number, spacingMs: number): Promise<number> {
    // Reads older than the spacing hold nothing back: gone, so no workspace's row outlives it for long.
    await this.db
      .deleteFrom('history_reads')
      .where('read_at', '<=', now - spacingMs)
      .execute();
    // One statement: PostgreSQL locks the row and re-checks the condition, SQLite has one writer, so of two
    // instances claiming at once exactly one gets the read.
    const claimed = await this.db
      .insertInto('history_reads')
      .values({ workspace_id: workspaceId, read_at: now })
      .onConflict((conflict) =>
        conflict
          .column('workspace_id')
          .doUpdateSet({ read_at: now })
          .where('history_reads.read_at', '<=', now - spacingMs),
      )
      .returning('read_at')
      .executeTakeFirst();
    if (claimed) return 0;
    const last = await this.db
      .selectFrom('history_reads')
      .select('read_at')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    // Gone meanwhile (another instance's delete after its spacing ran out): try again at once.
    return last ? Math.max(1, Number(last.read_at) + spacingMs - now) : 1;
  }

  async pauseNoticeSent(reminder: Reminder): Promise<void> {
    await this.db
      .updateTable('reminders')
      .set({ pause_notice_at: null })
      .where('id', '=', reminder.id)
      .where('status', '=', 'paused')
      .execute();
  }
}

/** How long the creator of a paused reminder is tried, when the notice keeps failing. */
const NOTICE_GIVE_UP_MS = 7 * 86_400_000;

/**
 * Applies `changes` to a claimed reminder and gives up its lease, only while this instance still holds the
 * lease: an instance whose lease ran out must not overwrite the one that took over.
 */
async function releaseLease(
  db: Kysely<Database>,
  reminder: ClaimedReminder,
  changes: UpdateObject<Database, 'reminders'>,
  now: number,
): Promise<void> {
  await db
    .updateTable('reminders')
    .set({ ...changes, lease_owner: null, lease_until: null, updated_at: now })
    .where('id', '=', reminder.id)
    .where('lease_owner', '=', reminder.leaseOwner)
    .execute();
}

/** Why a reminder whose stored rule cannot be read was paused. */
export const UNREADABLE = 'its stored schedule could not be read';

export interface SqlReminderStoreOptions {
  /** Told about each row whose rule cannot be read (it is skipped in lists, paused when due). */
  onUnreadable?: (problem: { reminderId: string; workspaceId: string; error: string }) => void;
}

function toReminder(row: Selectable<RemindersTable>): Reminder {
  // PostgreSQL returns BIGINT columns as strings; SQLite as numbers.
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    enterpriseId: row.enterprise_id ?? null,
    channelId: row.channel_id,
    createdBy: row.created_by,
    timeZone: row.time_zone,
    rule: reminderRuleSchema.parse(JSON.parse(row.rule)),
    status: row.status,
    pausedReason: row.paused_reason,
    occurrence: Number(row.occurrence),
    nextDueAt: Number(row.next_due_at),
    attemptAt: Number(row.attempt_at),
    attempts: Number(row.attempts),
    lastError: row.last_error,
    failingSince: row.failing_since === null ? null : Number(row.failing_since),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}
