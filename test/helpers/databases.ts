import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, type OpenDatabase, openDatabase } from '../../src/storage/database.js';

/** Set in .ci/run: the PostgreSQL suites run against it; unset, they are not registered (global setup says so). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export type EngineName = 'sqlite' | 'postgres';

/** The engines to run storage suites on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const ENGINES: EngineName[] = TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends OpenDatabase {
  /** For PostgreSQL, a connection URL that lands in this test's own schema (for other processes). */
  url: string;
  drop(): Promise<void>;
}

/**
 * An empty, migrated database of its own: an in-memory SQLite, or a fresh schema in the PostgreSQL test
 * database (so suites can run side by side and leave nothing behind).
 */
export async function freshDatabase(
  engine: EngineName,
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  let database: OpenDatabase;
  let url: string;
  let drop = async () => {};
  if (engine === 'sqlite') {
    database = openDatabase({ engine: 'sqlite', path: ':memory:' });
    url = 'file::memory:';
  } else {
    if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await admin(`create schema ${schema}`);
    const target = new URL(TEST_DATABASE_URL);
    target.searchParams.set('options', `-c search_path=${schema}`);
    url = target.toString();
    database = openDatabase({ engine: 'postgres', url });
    drop = () => admin(`drop schema ${schema} cascade`);
  }
  if (options.migrated !== false) await migrate(database.db);
  return {
    ...database,
    url,
    async drop() {
      await database.close();
      await drop();
    },
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
