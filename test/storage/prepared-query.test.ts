import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareQuery } from '../../src/storage/prepared-query.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';

const row = (id: string, channel: string, createdAt: number) => ({
  id,
  workspace_id: 'T1',
  channel_id: channel,
  user_id: 'U1',
  team_name: 'Search',
  stage: 'pilot',
  headcount: 3,
  created_at: createdAt,
  profile: '{}',
  summary: '{}',
});

describe.each(ENGINES)('queries built once and run with new values, on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('puts each run its own values, in the places the compiled SQL has them', async () => {
    const { db } = database;
    type Row = ReturnType<typeof row>;
    const insert = prepareQuery<Row, unknown>(db, (value) =>
      db.insertInto('assessments').values({
        // Listed in another order than the table's columns: the names decide, not the order.
        summary: value('summary'),
        id: value('id'),
        created_at: value('created_at'),
        workspace_id: value('workspace_id'),
        channel_id: value('channel_id'),
        user_id: value('user_id'),
        team_name: value('team_name'),
        stage: value('stage'),
        headcount: value('headcount'),
        profile: value('profile'),
      }),
    );
    await insert.run(row('a', 'C1', 1));
    await insert.run(row('b', 'C1', 2));
    await insert.run(row('c', 'C2', 3));

    // The channel is used twice (no user id looks like a channel id), and the limit is a constant.
    const newest = prepareQuery<{ channel: string; after: number }, { id: string }>(db, (value) =>
      db
        .selectFrom('assessments')
        .select('id')
        .where((eb) => eb.or([eb('channel_id', '=', value('channel')), eb('user_id', '=', value('channel'))]))
        .where('created_at', '>', value('after'))
        .orderBy('created_at', 'desc')
        .limit(1),
    );
    expect((await newest.run({ channel: 'C1', after: 0 })).rows).toEqual([{ id: 'b' }]);
    expect((await newest.run({ channel: 'C2', after: 0 })).rows).toEqual([{ id: 'c' }]);
    expect((await newest.run({ channel: 'C1', after: 5 })).rows).toEqual([]);
    const stored = await db.selectFrom('assessments').selectAll().where('id', '=', 'a').executeTakeFirst();
    expect({ ...stored, created_at: Number(stored?.created_at) }).toEqual({
      ...row('a', 'C1', 1),
      enterprise_id: null,
      shared_with_plan: 0,
      // Where the answer was posted comes later (recordMessages).
      message_channel_id: null,
      message_ts: null,
      reply_ts: null,
    });
  });

  it('refuses a query where a value given did not become a parameter', () => {
    const { db } = database;
    expect(() =>
      prepareQuery<{ channel: string; unused: string }, unknown>(db, (value) => {
        value('unused');
        return db.selectFrom('assessments').select('id').where('channel_id', '=', value('channel'));
      }),
    ).toThrow(/unused did not become a parameter/);
  });
});
