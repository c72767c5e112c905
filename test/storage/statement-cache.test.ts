import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/storage/statement-cache.js';

function connection(): BetterSqlite3.Database {
  const db = new BetterSqlite3(':memory:');
  db.exec('create table notes (id integer primary key, body text)');
  db.prepare('insert into notes (body) values (?), (?), (?)').run('a', 'b', 'c');
  return db;
}

describe('prepared statements reused for Kysely', () => {
  it('hands out the same statement for the same SQL, with each call its own parameters', () => {
    const cached = withStatementCache(connection());
    const first = cached.prepare('select body from notes where id = ?');
    const second = cached.prepare('select body from notes where id = ?');
    expect(second).toBe(first);
    expect(first.all([1])).toEqual([{ body: 'a' }]);
    expect(second.all([3])).toEqual([{ body: 'c' }]);
    expect(cached.prepare('select body from notes where id > ?')).not.toBe(first);
  });

  it('never hands out a statement that is still being iterated', () => {
    const cached = withStatementCache(connection());
    const sql = 'select body from notes order by id';
    const streaming = cached.prepare(sql);
    const rows = streaming.iterate([]);
    expect(rows.next().value).toEqual({ body: 'a' });
    const meanwhile = cached.prepare(sql);
    expect(meanwhile).not.toBe(streaming);
    expect(meanwhile.all([])).toHaveLength(3);
    expect([...rows]).toEqual([{ body: 'b' }, { body: 'c' }]);
  });

  it('keeps the most recently used statements up to its size', () => {
    const cached = withStatementCache(connection(), 2);
    const one = cached.prepare('select 1');
    const two = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(one); // now the most recent
    cached.prepare('select 3'); // evicts "select 2", the least recently used
    expect(cached.prepare('select 1')).toBe(one);
    expect(cached.prepare('select 2')).not.toBe(two);
  });
});
