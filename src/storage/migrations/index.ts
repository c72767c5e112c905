import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

/**
 * Every migration, in order, in code (no files to find at run time). Each is written once for both engines;
 * BIGINT holds epoch milliseconds on both.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_assessments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('assessments')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('workspace_id', 'text', (column) => column.notNull())
        .addColumn('channel_id', 'text', (column) => column.notNull())
        .addColumn('user_id', 'text', (column) => column.notNull())
        .addColumn('team_name', 'text')
        .addColumn('stage', 'text', (column) => column.notNull())
        .addColumn('headcount', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('profile', 'text', (column) => column.notNull())
        .addColumn('summary', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('assessments_by_channel')
        .on('assessments')
        .columns(['workspace_id', 'channel_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('assessments_by_user')
        .on('assessments')
        .columns(['workspace_id', 'user_id', 'created_at'])
        .execute();
    },
  },
  '0002_reminders': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reminders')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('workspace_id', 'text', (column) => column.notNull())
        .addColumn('channel_id', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('time_zone', 'text', (column) => column.notNull())
        .addColumn('rule', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('paused_reason', 'text')
        .addColumn('occurrence', 'integer', (column) => column.notNull())
        .addColumn('next_due_at', 'bigint', (column) => column.notNull())
        .addColumn('attempt_at', 'bigint', (column) => column.notNull())
        .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', 'bigint')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('updated_at', 'bigint', (column) => column.notNull())
        .execute();
      // The claim looks up active reminders by attempt time: an index range, not a scan.
      await db.schema
        .createIndex('reminders_due')
        .on('reminders')
        .columns(['status', 'attempt_at'])
        .execute();
      await db.schema
        .createIndex('reminders_by_channel')
        .on('reminders')
        .columns(['workspace_id', 'channel_id'])
        .execute();
      await db.schema
        .createTable('reminder_deliveries')
        .addColumn('reminder_id', 'text', (column) => column.notNull())
        .addColumn('due_at', 'bigint', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('message_ts', 'text')
        .addColumn('channel_id', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'bigint', (column) => column.notNull())
        .addPrimaryKeyConstraint('reminder_deliveries_pk', ['reminder_id', 'due_at'])
        .execute();
    },
  },
  '0003_reminders_by_creator': {
    async up(db: Kysely<unknown>) {
      // App Home lists a user's reminders.
      await db.schema
        .createIndex('reminders_by_creator')
        .on('reminders')
        .columns(['workspace_id', 'created_by', 'status'])
        .execute();
    },
  },
  '0004_processed_events': {
    async up(db: Kysely<unknown>) {
      // Slack retries an event it thinks was not received; each event id is handled once.
      await db.schema
        .createTable('processed_events')
        .addColumn('event_id', 'text', (column) => column.primaryKey())
        .addColumn('received_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('processed_events_by_time')
        .on('processed_events')
        .column('received_at')
        .execute();
    },
  },
  '0005_installations': {
    async up(db: Kysely<unknown>) {
      // One row per installation (history kept; the latest wins), keyed by workspace or, for an org-wide
      // install, by enterprise. The installation itself, tokens included, is stored encrypted.
      await db.schema
        .createTable('installations')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('install_key', 'text', (column) => column.notNull())
        .addColumn('enterprise_id', 'text')
        .addColumn('team_id', 'text')
        .addColumn('installed_at', 'bigint', (column) => column.notNull())
        .addColumn('sealed', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('installations_by_key')
        .on('installations')
        .columns(['install_key', 'installed_at'])
        .execute();
    },
  },
  '0006_enterprise_ids': {
    async up(db: Kysely<unknown>) {
      // Rows made in a workspace of an org-wide (Enterprise Grid) install remember the org: its token serves
      // them, and its uninstall removes them.
      await db.schema.alterTable('assessments').addColumn('enterprise_id', 'text').execute();
      await db.schema.alterTable('reminders').addColumn('enterprise_id', 'text').execute();
    },
  },
  '0007_assessments_newest_first': {
    async up(db: Kysely<unknown>) {
      // Newest first, ties broken by id: with the id in the index the database reads the rows in that order
      // instead of sorting them (on SQLite, a temporary B-tree for every look-up, even one that finds nothing).
      for (const [name, column] of [
        ['assessments_by_channel', 'channel_id'],
        ['assessments_by_user', 'user_id'],
      ] as const) {
        await db.schema.dropIndex(name).execute();
        await db.schema
          .createIndex(name)
          .on('assessments')
          .columns(['workspace_id', column, 'created_at', 'id'])
          .execute();
      }
    },
  },
  '0008_reminder_failures': {
    async up(db: Kysely<unknown>) {
      // failing_since: when the current run of failed deliveries began, so a token that stays rejected is
      // retried for a bounded time however long the reminder waited before. pause_notice_at: when to try
      // again to tell the creator their reminder was paused (null: nothing to tell), since the notice may
      // fail with the very token that paused it.
      await db.schema.alterTable('reminders').addColumn('failing_since', 'bigint').execute();
      await db.schema.alterTable('reminders').addColumn('pause_notice_at', 'bigint').execute();
    },
  },
  '0009_assessments_by_team': {
    async up(db: Kysely<unknown>) {
      // The hiring plan reads each team's latest assessment in a workspace: a team is a channel and its name
      // ignoring case. With the key and the order in one index, both engines pick each team's newest row
      // from the index instead of sorting every assessment the workspace ever made.
      await sql`create index assessments_by_team on assessments (workspace_id, channel_id, lower(team_name), created_at, id)`.execute(
        db,
      );
    },
  },
  '0010_assessments_shared_with_plan': {
    async up(db: Kysely<unknown>) {
      // A private channel's team shows in the plan of people outside it only if the channel chose so when
      // answering. Earlier assessments did not choose: not shared.
      await db.schema
        .alterTable('assessments')
        .addColumn('shared_with_plan', 'integer', (column) => column.notNull().defaultTo(0))
        .execute();
    },
  },
  '0011_assessments_messages': {
    async up(db: Kysely<unknown>) {
      // Where an answer was posted (the conversation, the parent's ts, and its thread replies' ts as a JSON
      // array), so editing or re-assessing the team updates those messages instead of posting new ones.
      // Earlier assessments have none: their next edit posts anew.
      await db.schema.alterTable('assessments').addColumn('message_channel_id', 'text').execute();
      await db.schema.alterTable('assessments').addColumn('message_ts', 'text').execute();
      await db.schema.alterTable('assessments').addColumn('reply_ts', 'text').execute();
    },
  },
  '0012_history_reads': {
    async up(db: Kysely<unknown>) {
      // The duplicate-reminder check's reads of a workspace's history, shared by every instance, so together
      // they keep to Slack's one conversations.history call a minute per workspace for unlisted apps.
      await db.schema
        .createTable('history_reads')
        .addColumn('workspace_id', 'text', (column) => column.primaryKey())
        .addColumn('read_at', 'bigint', (column) => column.notNull())
        .execute();
    },
  },
  '0013_home_pictures': {
    async up(db: Kysely<unknown>) {
      // The plan pictures the bot uploaded for people's App Home, one row per Slack file: whichever instance
      // uploads a person's next picture, or handles their forget me or the uninstall, finds the old files
      // here and deletes them in Slack, also after a restart.
      await db.schema
        .createTable('home_pictures')
        .addColumn('file_id', 'text', (column) => column.primaryKey())
        .addColumn('workspace_id', 'text', (column) => column.notNull())
        .addColumn('enterprise_id', 'text')
        .addColumn('user_id', 'text', (column) => column.notNull())
        .addColumn('uploaded_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('home_pictures_by_user')
        .on('home_pictures')
        .columns(['workspace_id', 'user_id'])
        .execute();
    },
  },
  '0014_dm_files': {
    async up(db: Kysely<unknown>) {
      // The files the bot uploaded into people's DMs (plan pictures, exports), one row per Slack file: they
      // are the bot's, so only the bot can delete them, on forget me, a channel's forget or the workspace
      // leaving, and a person's older plan picture once a newer plan is sent.
      await db.schema
        .createTable('dm_files')
        .addColumn('file_id', 'text', (column) => column.primaryKey())
        .addColumn('workspace_id', 'text', (column) => column.notNull())
        .addColumn('enterprise_id', 'text')
        .addColumn('user_id', 'text', (column) => column.notNull())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('channel_id', 'text')
        .addColumn('uploaded_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('dm_files_by_user')
        .on('dm_files')
        .columns(['workspace_id', 'user_id'])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
