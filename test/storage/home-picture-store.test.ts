import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlHomePictureStore } from '../../src/storage/home-picture-store.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 9, minute));

describe.each(ENGINES)('App Home picture store on %s', (engine) => {
  let database: TestDatabase;
  let store: SqlHomePictureStore;
  beforeEach(async () => {
    database = await freshDatabase(engine);
    store = new SqlHomePictureStore(database.db);
  });
  afterEach(async () => {
    await database.drop();
  });

  const bob = { workspaceId: 'T1', userId: 'U0BOB', enterpriseId: null };
  const ann = { workspaceId: 'T1', userId: 'U0ANN', enterpriseId: null };
  const orgBob = { workspaceId: 'T2', userId: 'U0BOB', enterpriseId: 'E1' };

  it("keeps a person's files, oldest first, and tells the ones a new file replaces", async () => {
    await store.add(bob, 'F2', at(2));
    await store.add(bob, 'F1', at(1));
    await store.add(ann, 'F3', at(3));
    expect(await store.filesOfUser('T1', 'U0BOB')).toEqual(['F1', 'F2']);
    expect(await store.othersOf('T1', 'U0BOB', 'F2')).toEqual(['F1']);
    expect(await store.holds('T1', 'U0BOB', 'F2')).toBe(true);
    expect(await store.holds('T1', 'U0ANN', 'F2')).toBe(false);
    await store.remove('T1', 'F1');
    expect(await store.othersOf('T1', 'U0BOB', 'F2')).toEqual([]);
    // The same workspace's other person, and the same person in another workspace, are untouched.
    expect(await store.filesOfUser('T1', 'U0ANN')).toEqual(['F3']);
  });

  it('forgets a person, a workspace or an org, and only them', async () => {
    await store.add(bob, 'F1', at(1));
    await store.add(ann, 'F2', at(2));
    await store.add(orgBob, 'F3', at(3));
    expect(await store.deleteUser('T1', 'U0BOB')).toBe(1);
    expect(await store.filesOfUser('T1', 'U0BOB')).toEqual([]);
    expect(await store.filesOfWorkspace('T1')).toEqual([
      { workspaceId: 'T1', userId: 'U0ANN', fileId: 'F2' },
    ]);
    expect(await store.filesOfEnterprise('E1')).toEqual([
      { workspaceId: 'T2', userId: 'U0BOB', fileId: 'F3' },
    ]);
    expect(await store.deleteWorkspace('T1')).toBe(1);
    expect(await store.deleteEnterprise('E1')).toBe(1);
    expect(await store.filesOfWorkspace('T1')).toEqual([]);
    expect(await store.filesOfWorkspace('T2')).toEqual([]);
  });

  it('refuses the same file twice', async () => {
    await store.add(bob, 'F1', at(1));
    await expect(store.add(ann, 'F1', at(2))).rejects.toThrow();
  });
});
