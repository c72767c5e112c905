import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlDmFileStore } from '../../src/storage/dm-file-store.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 9, minute));

describe.each(ENGINES)('DM file store on %s', (engine) => {
  let database: TestDatabase;
  let store: SqlDmFileStore;
  beforeEach(async () => {
    database = await freshDatabase(engine);
    store = new SqlDmFileStore(database.db);
  });
  afterEach(async () => {
    await database.drop();
  });

  const bob = { workspaceId: 'T1', userId: 'U0BOB', enterpriseId: null };
  const ann = { workspaceId: 'T1', userId: 'U0ANN', enterpriseId: null };
  const orgBob = { workspaceId: 'T2', userId: 'U0BOB', enterpriseId: 'E1' };

  it("keeps a person's files, oldest first, and tells the plan pictures a newer one replaces", async () => {
    await store.add(bob, ['F2'], 'plan_picture', at(2));
    await store.add(bob, ['F1'], 'plan_picture', at(1));
    await store.add(bob, ['F4', 'F5'], 'export', at(4), 'C1');
    await store.add(ann, ['F3'], 'plan_picture', at(3));
    expect(await store.filesOfUser('T1', 'U0BOB')).toEqual(['F1', 'F2', 'F4', 'F5']);
    // Exports are not plan pictures: a newer plan replaces only the older plan pictures.
    expect(await store.othersOf('T1', 'U0BOB', 'plan_picture', 'F2')).toEqual(['F1']);
    await store.remove('T1', 'F1');
    expect(await store.othersOf('T1', 'U0BOB', 'plan_picture', 'F2')).toEqual([]);
    expect(await store.filesOfUser('T1', 'U0ANN')).toEqual(['F3']);
  });

  it('takes a person, a channel, a workspace or an org, and only them', async () => {
    await store.add(bob, ['F1'], 'plan_picture', at(1));
    await store.add(bob, ['F2', 'F3'], 'export', at(2), 'C1');
    await store.add(ann, ['F4'], 'plan_picture', at(3));
    await store.add(ann, ['F5'], 'export', at(4), 'C2');
    await store.add(ann, ['F6'], 'export', at(5));
    await store.add(orgBob, ['F7'], 'plan_picture', at(6));

    // A channel: every plan picture of its workspace and its own exports; other channels' and people's stay.
    expect(await store.takeChannel('T1', 'C1')).toEqual(['F1', 'F2', 'F3', 'F4']);
    expect(await store.filesOfUser('T1', 'U0ANN')).toEqual(['F5', 'F6']);
    expect(await store.takeUser('T1', 'U0ANN')).toEqual(['F5', 'F6']);
    expect(await store.filesOfUser('T1', 'U0ANN')).toEqual([]);

    await store.add(bob, ['F8'], 'export', at(7));
    expect(await store.takeEnterprise('E1')).toEqual(['F7']);
    expect(await store.filesOfUser('T1', 'U0BOB')).toEqual(['F8']);
    expect(await store.takeWorkspace('T1')).toEqual(['F8']);
    expect(await store.takeWorkspace('T1')).toEqual([]);
  });

  it('records nothing for no files', async () => {
    await store.add(bob, [], 'export', at(1));
    expect(await store.filesOfUser('T1', 'U0BOB')).toEqual([]);
  });
});
