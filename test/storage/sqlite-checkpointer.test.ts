import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../src/storage/database.js';
import { type CheckpointResult, startCheckpointer } from '../../src/storage/sqlite-checkpointer.js';
import { eventually } from '../helpers/eventually.js';

const open: BetterSqlite3.Database[] = [];
afterEach(() => {
  for (const connection of open.splice(0)) connection.close();
});

async function walDatabase(): Promise<{ connection: BetterSqlite3.Database; path: string }> {
  const path = join(await mkdtemp(join(tmpdir(), 'advisor-checkpoint-')), 'advisor.db');
  const connection = new BetterSqlite3(path);
  open.push(connection);
  connection.pragma('journal_mode = WAL');
  connection.exec('create table notes (id integer primary key, body text not null)');
  return { connection, path };
}

function writeRows(connection: BetterSqlite3.Database, count: number): void {
  const insert = connection.prepare('insert into notes (body) values (?)');
  for (let row = 0; row < count; row += 1) insert.run('x'.repeat(2_000));
}

describe('SQLite checkpoints in a background thread', () => {
  it('the committing connection stops checkpointing and the thread copies the whole log', async () => {
    const { connection, path } = await walDatabase();
    const results: CheckpointResult[] = [];
    const failures: Error[] = [];
    let started = false;
    const checkpointer = startCheckpointer(connection, path, {
      intervalMs: 20,
      startAfterLogBytes: 0,
      onStart: () => {
        started = true;
      },
      onCheckpoint: (result) => results.push(result),
      onFailure: (error) => failures.push(error),
    });
    await eventually(() => expect(started).toBe(true), 10_000);
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    writeRows(connection, 2_000); // about 1,000 pages of log: SQLite would have checkpointed by itself
    const full = await eventually(() => {
      const found = results.find((result) => result.log > 500 && result.checkpointed === result.log);
      if (!found) throw new Error('no full checkpoint of the log yet');
      return found;
    }, 10_000);
    expect(full.checkpointed).toBe(full.log);

    await checkpointer.stop();
    expect(failures).toEqual([]);
    expect(connection.prepare('select count(*) as rows from notes').get()).toEqual({ rows: 2_000 });
  });

  it('under writes that never pause, the log is started over instead of growing without end', async () => {
    const { connection, path } = await walDatabase();
    connection.pragma('synchronous = NORMAL'); // as the bot opens it
    const results: CheckpointResult[] = [];
    let started = false;
    const checkpointer = startCheckpointer(connection, path, {
      intervalMs: 50,
      startAfterLogBytes: 0,
      restartAfterLogPages: Number(process.env.CHECKPOINT_TEST_RESTART_PAGES ?? 300),
      onStart: () => {
        started = true;
      },
      onCheckpoint: (result) => results.push(result),
    });
    await eventually(() => expect(started).toBe(true), 10_000);
    // Rows for a second and a half, two at a time with the event loop turning between them: a passive
    // checkpoint never finds the whole log copied, so SQLite alone would never start it over.
    const insert = connection.prepare('insert into notes (body) values (?)');
    const until = performance.now() + 1_500;
    let rows = 0;
    while (performance.now() < until) {
      insert.run('x'.repeat(2_000));
      insert.run('x'.repeat(2_000));
      rows += 2;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await checkpointer.stop();
    expect(results.some((result) => result.restarted)).toBe(true);
    // While the writes went on, the log got shorter from one pass to the next: it was started over. Without
    // restarts it only grows (a bound on its size would depend on how often a busy machine runs the thread).
    const shrankWhileWriting = results.some(
      (result, index) => index > 0 && result.log < (results[index - 1]?.log ?? 0),
    );
    expect(shrankWhileWriting).toBe(true);
    expect(connection.prepare('select count(*) as rows from notes').get()).toEqual({ rows });
  });

  it('an idle database starts no thread; one that is written to starts it once its log passes the threshold', async () => {
    const { connection, path } = await walDatabase();
    let starts = 0;
    const checkpointer = startCheckpointer(connection, path, {
      intervalMs: 20,
      startAfterLogBytes: 1024 * 1024,
      onStart: () => {
        starts += 1;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(starts).toBe(0);
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);

    writeRows(connection, 1_000); // about 2 MB of log
    await eventually(() => expect(starts).toBeGreaterThan(0), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(starts).toBe(1);
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await checkpointer.stop();
  });

  it('if the thread fails, the connection goes back to checkpointing by itself and the failure is reported', async () => {
    const { connection, path } = await walDatabase();
    const broken = join(await mkdtemp(join(tmpdir(), 'advisor-broken-')), 'broken.cjs');
    await writeFile(broken, "throw new Error('cannot load the driver');\n");
    const failures: Error[] = [];
    const checkpointer = startCheckpointer(connection, path, {
      intervalMs: 20,
      startAfterLogBytes: 0,
      modulePath: broken,
      onFailure: (error) => failures.push(error),
    });
    const failure = await eventually(() => {
      if (!failures[0]) throw new Error('no failure reported yet');
      return failures[0];
    }, 10_000);
    expect(failure.message).toContain('cannot load the driver');
    expect(connection.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    await checkpointer.stop();
  });

  it('a file database opened by the bot keeps its data across close and reopen', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'advisor-reopen-')), 'advisor.db');
    const first = openDatabase({ engine: 'sqlite', path });
    await migrate(first.db);
    await sql`create table notes (body text)`.execute(first.db);
    await sql`insert into notes values ('kept')`.execute(first.db);
    await first.close();

    const second = openDatabase({ engine: 'sqlite', path });
    const rows = await sql<{ body: string }>`select body from notes`.execute(second.db);
    await second.close();
    expect(rows.rows).toEqual([{ body: 'kept' }]);
  });
});
