import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OpenDatabase, openDatabase } from '../../src/storage/database.js';
import { DatabaseUnavailableError } from '../../src/storage/unavailable.js';
import { freshDatabase, TEST_DATABASE_URL, type TestDatabase } from '../helpers/databases.js';
import { eventually } from '../helpers/eventually.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

describe.runIf(TEST_DATABASE_URL)('the PostgreSQL pool when connections break', () => {
  let schema: TestDatabase;
  let proxy: TcpProxy;
  let database: OpenDatabase;
  const lost: Error[] = [];
  const retried: string[] = [];
  beforeEach(async () => {
    schema = await freshDatabase('postgres');
    await sql`create table marks (id int)`.execute(schema.db);
    proxy = TcpProxy.forUrl(schema.url);
    await proxy.start();
    lost.length = 0;
    retried.length = 0;
    database = openDatabase(
      { engine: 'postgres', url: proxy.urlThrough(schema.url) },
      {
        timeoutMs: 2_000,
        onConnectionLost: (error) => lost.push(error),
        onRetry: (reason) => retried.push(reason),
      },
    );
  });
  afterEach(async () => {
    await database.close();
    await proxy.stop();
    await schema.drop();
  });

  /** Starts `statement`, and cuts every connection once the server is running it. */
  async function cutDuring<T>(statement: Promise<T>): Promise<T> {
    // Cut once the server is running it: it shows as active in pg_stat_activity (read past the proxy).
    await eventually(async () => {
      const { rows } = await sql<{ running: string }>`
        select count(*) as running from pg_stat_activity
        where state = 'active' and query like '%pg_sleep(1)%' and pid <> pg_backend_pid()`.execute(schema.db);
      expect(Number(rows[0]?.running)).toBe(1);
    });
    proxy.cut();
    return statement;
  }

  it('retries a read whose connection broke under it, on a fresh connection', async () => {
    const read = sql<{ answer: number }>`select 42 as answer from pg_sleep(1)`.execute(database.db);
    const result = await cutDuring(read);
    expect(result.rows).toEqual([{ answer: 42 }]);
    expect(retried).toEqual(['read on a broken connection']);
  });

  it('passes over every idle connection that died unheard, and reads on a new one', async () => {
    // Three idle connections in the pool, then all three die without the bot hearing of it.
    await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.2)`.execute(database.db)));
    expect(proxy.open).toBe(3);
    proxy.breakOnNextUse();
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
    expect(retried).toEqual(['read on a broken connection']);
  });

  it('does not repeat a write whose connection broke under it: the caller is told the database failed', async () => {
    const write = sql`insert into marks (id) select 1 from pg_sleep(1)`.execute(database.db);
    await expect(cutDuring(write)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(retried).toEqual([]);
    // Whatever the server did with it, the write ran at most once.
    const { rows } = await sql<{ count: string }>`select count(*) as count from marks`.execute(schema.db);
    expect(Number(rows[0]?.count)).toBeLessThanOrEqual(1);
  });

  it('retries connecting while the server refuses, and reports an outage that lasts as unavailable', async () => {
    proxy.refuse();
    await expect(sql`select 1`.execute(database.db)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(retried.length).toBeGreaterThan(0);
    // The proxy closes each connection at once, as a server going down does: the connection is lost.
    expect(await database.problem()).toBe('connection lost');
    proxy.restore();
    await sql`select 1`.execute(database.db);
    expect(await database.problem()).toBeUndefined();
  });

  it('gives up on a server that stops answering instead of waiting for ever', async () => {
    await sql`select 1`.execute(database.db);
    proxy.stall();
    await expect(sql`select 1`.execute(database.db)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(await database.problem()).toBe('timeout');
  });

  it('cancels a statement that runs past the timeout on the server (statement_timeout)', async () => {
    const slow = sql`select pg_sleep(5)`.execute(database.db);
    await expect(slow).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(slow).rejects.toMatchObject({ reason: '57014' });
    expect(await database.problem()).toBeUndefined();
  });

  it('hears an idle connection break without ending the process, and replaces it', async () => {
    await sql`select 1`.execute(database.db);
    proxy.reset();
    await eventually(() => expect(lost.length).toBeGreaterThan(0));
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
