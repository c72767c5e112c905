import { statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../src/storage/database.js';
import { SqliteThread, SqliteThreadDialect } from '../../src/storage/sqlite-thread.js';
import { DatabaseUnavailableError } from '../../src/storage/unavailable.js';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

async function fileDatabase(name = 'advisor.db') {
  const path = join(await mkdtemp(join(tmpdir(), 'advisor-thread-')), name);
  const database = openDatabase({ engine: 'sqlite', path });
  opened.push(database);
  return { ...database, path };
}

describe('SQLite in a thread of its own', () => {
  it('keeps the event loop turning while a long statement runs', async () => {
    const database = await fileDatabase();
    await sql`select 1`.execute(database.db);
    const nextTurn = new Promise<string>((resolve) => setImmediate(() => resolve('the event loop turned')));
    // A statement that keeps SQLite busy for a while: counting to five million in a recursive query.
    const statement = sql<{ n: number }>`
      with recursive counter(n) as (select 1 union all select n + 1 from counter where n < 5000000)
      select count(*) as n from counter`.execute(database.db);
    // Run on the event loop, the statement would hold the loop until it ended, and settle first.
    expect(await Promise.race([statement.then(() => 'the statement ended'), nextTurn])).toBe(
      'the event loop turned',
    );
    expect((await statement).rows).toEqual([{ n: 5_000_000 }]);
  });

  it('under writes that never pause, the write-ahead log is checkpointed and started over, not grown', async () => {
    const database = await fileDatabase();
    await sql`create table notes (id integer primary key, body text not null)`.execute(database.db);
    // About 24 MB of rows, one transaction each, as answers arrive: SQLite checkpoints every 1,000 pages of
    // log (about 4 MB) on the committing connection, in the thread, and the next write starts the log over.
    const body = 'x'.repeat(2_000);
    for (let row = 0; row < 12_000; row += 1) {
      await sql`insert into notes (body) values (${body})`.execute(database.db);
    }
    const log = statSync(`${database.path}-wal`).size;
    expect(log).toBeLessThan(8 * 1024 * 1024);
    const { rows } = await sql<{ count: number }>`select count(*) as count from notes`.execute(database.db);
    expect(rows).toEqual([{ count: 12_000 }]);
  });

  it('an unwritable database fails as unavailable, and readiness says so until a write succeeds again', async () => {
    const database = await fileDatabase();
    await sql`create table notes (id integer primary key)`.execute(database.db);
    expect(await database.problem()).toBeUndefined();
    // query_only makes SQLite refuse every write with SQLITE_READONLY, as a read-only file or mount does
    // (which the root user these tests may run as would not see).
    await sql`pragma query_only = on`.execute(database.db);
    const refused = sql`insert into notes (id) values (1)`.execute(database.db);
    await expect(refused).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(refused).rejects.toMatchObject({ reason: 'SQLITE_READONLY' });
    // Reads still work, but the database cannot do the bot's work: readiness fails.
    expect(await database.problem()).toBe('SQLITE_READONLY');
    await sql`pragma query_only = off`.execute(database.db);
    await sql`insert into notes (id) values (1)`.execute(database.db);
    expect(await database.problem()).toBeUndefined();
  });

  it("reports SQLite's errors with their code, and goes on serving", async () => {
    const database = await fileDatabase();
    await sql`create table notes (id integer primary key)`.execute(database.db);
    await sql`insert into notes (id) values (1)`.execute(database.db);
    await expect(sql`insert into notes (id) values (1)`.execute(database.db)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
      message: expect.stringContaining('UNIQUE constraint failed'),
    });
    await expect(sql`select nonsense from nowhere`.execute(database.db)).rejects.toThrow(/no such table/);
    const { rows } = await sql<{ id: number }>`select id from notes`.execute(database.db);
    expect(rows).toEqual([{ id: 1 }]);
  });

  it('runs a transaction alone: other queries wait for it, and a rollback undoes it', async () => {
    const database = await fileDatabase();
    await sql`create table notes (body text)`.execute(database.db);
    let outside: Promise<string[]> | undefined;
    let settledOutside = false;
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`insert into notes values ('inside')`.execute(trx);
        // A query from outside the transaction waits for the connection; it must not see 'inside' commit.
        outside = sql<{ body: string }>`select body from notes`
          .execute(database.db)
          .then((result) => result.rows.map((row) => row.body))
          .finally(() => {
            settledOutside = true;
          });
        // A round trip to the thread inside the transaction: the outside query has had its chance to run.
        const { rows } = await sql<{ body: string }>`select body from notes`.execute(trx);
        expect(rows).toEqual([{ body: 'inside' }]);
        expect(settledOutside).toBe(false);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await outside).toEqual([]);
    const { rows } = await sql`select body from notes`.execute(database.db);
    expect(rows).toEqual([]);
  });

  it('a file database keeps its data across close and reopen', async () => {
    const first = await fileDatabase();
    await migrate(first.db);
    await sql`create table notes (body text)`.execute(first.db);
    await sql`insert into notes values ('kept')`.execute(first.db);
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    const second = openDatabase({ engine: 'sqlite', path: first.path });
    opened.push(second);
    const rows = await sql<{ body: string }>`select body from notes`.execute(second.db);
    expect(rows.rows).toEqual([{ body: 'kept' }]);
  });

  it('a database that cannot be opened fails the first query, naming the file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'advisor-thread-'));
    // A folder where the database file should be: SQLite cannot open it.
    const database = openDatabase({ engine: 'sqlite', path: folder });
    opened.push(database);
    await expect(sql`select 1`.execute(database.db)).rejects.toThrow(
      `cannot open the SQLite database ${folder}`,
    );
  });

  it('if the thread dies, the queries it had fail, the failure is reported, and the next query starts a new one', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'advisor-thread-')), 'advisor.db');
    const failures: Error[] = [];
    const thread = new SqliteThread(path, { onFailure: (error) => failures.push(error) });
    const db = new Kysely<{ notes: { body: string } }>({ dialect: new SqliteThreadDialect(thread) });
    opened.push({ close: () => db.destroy() });
    await sql`create table notes (body text)`.execute(db);
    await sql`insert into notes values ('before')`.execute(db);

    const worker = await thread.start();
    // Long enough to be still running when the thread goes.
    const inFlight = sql`
      with recursive counter(n) as (select 1 union all select n + 1 from counter where n < 5000000)
      select count(*) as n from counter`.execute(db);
    await worker.terminate();
    await expect(inFlight).rejects.toThrow(/SQLite thread exited/);
    expect(failures).toHaveLength(1);

    const { rows } = await sql<{ body: string }>`select body from notes`.execute(db);
    expect(rows).toEqual([{ body: 'before' }]);
  });

  it('a thread that cannot load its driver says so', async () => {
    const broken = join(await mkdtemp(join(tmpdir(), 'advisor-broken-')), 'broken.cjs');
    await writeFile(broken, "throw new Error('cannot load the driver');\n");
    const thread = new SqliteThread(':memory:', { modulePath: broken });
    await expect(thread.start()).rejects.toThrow(/cannot load the driver/);
  });
});
