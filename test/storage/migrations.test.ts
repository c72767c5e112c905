import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SQLITE_PATH,
  migrate,
  type OpenDatabase,
  openDatabase,
  parseDatabaseUrl,
} from '../../src/storage/database.js';
import { SqlAssessmentStore } from '../../src/storage/sql-assessment-store.js';
import { ENGINES, freshDatabase, TEST_DATABASE_URL, type TestDatabase } from '../helpers/databases.js';
import { team } from '../helpers/teams.js';

/** The tables in the connection's own schema (other suites' schemas exist side by side on PostgreSQL). */
async function tablesOf(db: OpenDatabase['db']): Promise<string[]> {
  const current = await sql<{ schema: string }>`select current_schema() as schema`
    .execute(db)
    .then((result) => result.rows[0]?.schema)
    .catch(() => undefined);
  const tables = await db.introspection.getTables();
  return tables
    .filter((table) => !current || !table.schema || table.schema === current)
    .map((table) => table.name);
}

describe('DATABASE_URL', () => {
  it('defaults to SQLite at ./data/advisor.db; file:PATH is SQLite elsewhere; postgres:// is PostgreSQL', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ engine: 'sqlite', path: DEFAULT_SQLITE_PATH });
    expect(parseDatabaseUrl('file:/var/lib/advisor/db.sqlite')).toEqual({
      engine: 'sqlite',
      path: '/var/lib/advisor/db.sqlite',
    });
    expect(parseDatabaseUrl('file:./here.db')).toEqual({ engine: 'sqlite', path: './here.db' });
    expect(parseDatabaseUrl('postgres://u@h/db')).toEqual({ engine: 'postgres', url: 'postgres://u@h/db' });
    expect(parseDatabaseUrl('postgresql://u@h/db')).toEqual({
      engine: 'postgres',
      url: 'postgresql://u@h/db',
    });
    expect(() => parseDatabaseUrl('mysql://u@h/db')).toThrow(
      'DATABASE_URL must start with file: or postgres://',
    );
  });

  it('creates the SQLite folder it needs', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'advisor-db-'));
    const path = join(folder, 'nested', 'deeper', 'advisor.db');
    const database = openDatabase({ engine: 'sqlite', path });
    await migrate(database.db);
    await database.close();
    expect(existsSync(path)).toBe(true);
  });
});

describe.each(ENGINES)('migrations on %s', (engine) => {
  it('create every table, and a second run changes nothing', async () => {
    const database = await freshDatabase(engine);
    try {
      await migrate(database.db);
      const tables = await tablesOf(database.db);
      expect(tables.sort()).toEqual([
        'advisor_migration',
        'advisor_migration_lock',
        'assessments',
        'dm_files',
        'history_reads',
        'home_pictures',
        'installations',
        'processed_events',
        'reminder_deliveries',
        'reminders',
      ]);
    } finally {
      await database.drop();
    }
  });
});

describe.each(ENGINES)('upgrading a database made before 0007 on %s', (engine) => {
  it('rebuilds the look-up indexes with the id, keeping every row, newest first', async () => {
    const database = await freshDatabase(engine, { migrated: false });
    try {
      await migrate(database.db, '0006_enterprise_ids');
      const store = new SqlAssessmentStore(database.db);
      const at = new Date('2026-09-01T10:00:00Z');
      const saved = [];
      // Rows as the bot wrote them then: the columns 0006 knew.
      for (const stage of ['pilot', 'production', 'scale'] as const) {
        const id = randomUUID();
        await database.db
          .insertInto('assessments')
          .values({
            id,
            workspace_id: newAssessment.workspaceId,
            channel_id: newAssessment.channelId,
            user_id: newAssessment.userId,
            team_name: newAssessment.teamName,
            stage,
            headcount: newAssessment.summary.headcount,
            created_at: at.getTime(),
            profile: JSON.stringify(newAssessment.profile),
            summary: JSON.stringify(newAssessment.summary),
          })
          .execute();
        saved.push({ id });
      }
      await migrate(database.db);
      const columns = await indexColumns(database, 'assessments_by_channel');
      expect(columns).toEqual(['workspace_id', 'channel_id', 'created_at', 'id']);
      expect(await indexColumns(database, 'assessments_by_user')).toEqual([
        'workspace_id',
        'user_id',
        'created_at',
        'id',
      ]);
      // Three assessments made at the same moment: the tie is broken by id, newest-first lists agree.
      const byId = saved
        .map((record) => record.id)
        .sort()
        .reverse();
      const history = await store.channelHistory('T1', 'C1', 10);
      expect(history.map((record) => record.id)).toEqual(byId);
      expect((await store.latestForTeam('T1', 'C1', 'Search'))?.id).toBe(byId[0]);
      // Earlier assessments did not choose to share with the plan: they are not shared.
      expect(history.map((record) => record.sharedWithPlan)).toEqual([false, false, false]);
    } finally {
      await database.drop();
    }
  });
});

/** The columns of an index, in order. */
async function indexColumns(database: TestDatabase, index: string): Promise<string[]> {
  if (database.engine === 'sqlite') {
    const rows = await sql<{
      name: string;
    }>`select name from pragma_index_info(${index}) order by seqno`.execute(database.db);
    return rows.rows.map((row) => row.name);
  }
  const rows = await sql<{ column: string }>`
    select a.attname as column
    from pg_index i
    join pg_class c on c.oid = i.indexrelid
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where c.relname = ${index} and c.relnamespace = current_schema()::regnamespace
    order by array_position(i.indkey, a.attnum)`.execute(database.db);
  return rows.rows.map((row) => row.column);
}

const newAssessment = {
  workspaceId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  teamName: 'Search',
  profile: team({ stage: 'pilot', name: 'Search' }),
  summary: {
    headcount: 3,
    band: '2 to 5',
    position: 'within' as const,
    stallPoints: [],
    gaps: [],
    covered: [],
  },
};

describe.runIf(TEST_DATABASE_URL)('migrations on PostgreSQL', () => {
  it('keep to their own schema: another schema with migration tables of the same name does not confuse them', async () => {
    const other = await freshDatabase('postgres');
    try {
      const mine = await freshDatabase('postgres');
      expect(await tablesOf(mine.db)).toContain('reminders');
      await mine.drop();
    } finally {
      await other.drop();
    }
  });

  it('migrate once when several instances start at once: every one succeeds and the schema is whole', async () => {
    const first = await freshDatabase('postgres', { migrated: false });
    const others = [
      openDatabase({ engine: 'postgres', url: first.url }),
      openDatabase({ engine: 'postgres', url: first.url }),
    ];
    try {
      await Promise.all([first, ...others].map((database) => migrate(database.db)));
      const applied = await sql<{ name: string }>`select name from advisor_migration order by name`.execute(
        first.db,
      );
      expect(applied.rows.map((row) => row.name)).toEqual([
        '0001_assessments',
        '0002_reminders',
        '0003_reminders_by_creator',
        '0004_processed_events',
        '0005_installations',
        '0006_enterprise_ids',
        '0007_assessments_newest_first',
        '0008_reminder_failures',
        '0009_assessments_by_team',
        '0010_assessments_shared_with_plan',
        '0011_assessments_messages',
        '0012_history_reads',
        '0013_home_pictures',
        '0014_dm_files',
      ]);
    } finally {
      await Promise.all(others.map((database) => database.close()));
      await first.drop();
    }
  });
});
