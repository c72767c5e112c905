import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';

describe.each(ENGINES)("a person's reminders on %s", (engine) => {
  let database: TestDatabase;
  let store: SqlReminderStore;
  beforeEach(async () => {
    database = await freshDatabase(engine);
    store = new SqlReminderStore(database.db, database.engine);
  });
  afterEach(async () => {
    await database.drop();
  });

  const create = (workspaceId: string, channelId: string, createdBy: string, now: number) =>
    store.create({
      workspaceId,
      channelId,
      createdBy,
      timeZone: 'UTC',
      rule: { startDate: '2026-04-01', time: '09:00', repeat: { kind: 'once' }, weekdaysOnly: false },
      occurrence: 0,
      nextDueAt: Date.parse('2026-04-01T09:00:00Z'),
      now,
    });

  it('are every reminder they set in the workspace, in any status, oldest first (what forget me deletes)', async () => {
    const first = await create('T1', 'C1', 'U1', 1_000);
    const stopped = await create('T1', 'C2', 'U1', 2_000);
    await store.stop('T1', stopped.id, 3_000);
    await create('T1', 'C1', 'U2', 4_000);
    await create('T2', 'C1', 'U1', 5_000);

    const mine = await store.allForCreator('T1', 'U1');
    expect(mine.map((reminder) => [reminder.id, reminder.channelId, reminder.status])).toEqual([
      [first.id, 'C1', 'active'],
      [stopped.id, 'C2', 'stopped'],
    ]);
    expect(await store.countByCreator('T1', 'U1')).toBe(mine.length);
    expect(await store.listForCreator('T1', 'U1')).toHaveLength(1);
  });
});
