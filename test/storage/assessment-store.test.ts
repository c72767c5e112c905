import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewAssessment } from '../../src/storage/assessment-store.js';
import { SqlAssessmentStore } from '../../src/storage/sql-assessment-store.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';
import { team } from '../helpers/teams.js';

function assessment(overrides: Partial<NewAssessment> = {}): NewAssessment {
  return {
    workspaceId: 'T1',
    channelId: 'C1',
    userId: 'U1',
    teamName: 'Search',
    stage: 'pilot',
    createdAt: new Date('2026-03-03T09:00:00.000Z'),
    profile: team({ stage: 'pilot', roles: { ai_engineer: 2 }, name: 'Search' }),
    summary: {
      headcount: 2,
      band: '2 to 5',
      position: 'within',
      stallPoints: [{ id: 'no_product_owner', title: 'No AI product owner', severity: 'high' }],
      gaps: ['ai_pm'],
      covered: ['ai_engineer'],
    },
    ...overrides,
  };
}

describe.each(ENGINES)('assessment store on %s', (engine) => {
  let database: TestDatabase;
  let store: SqlAssessmentStore;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    store = new SqlAssessmentStore(database.db);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('keeps everything it is given, exactly', async () => {
    const saved = await store.save(assessment({ channelId: 'C-exact' }));
    const [read] = await store.channelHistory('T1', 'C-exact', 5);
    expect(read).toEqual(saved);
    expect(read?.createdAt).toBeInstanceOf(Date);
    expect(read?.profile.roles.ai_engineer).toEqual({ inHouse: 2, augmented: 0 });
  });

  it('lists a channel newest first, and a user across channels', async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 3, day, 9));
    await store.save(assessment({ channelId: 'C-order', createdAt: at(1), teamName: 'first' }));
    await store.save(assessment({ channelId: 'C-order', createdAt: at(3), teamName: 'third' }));
    await store.save(assessment({ channelId: 'C-order', createdAt: at(2), teamName: 'second' }));
    await store.save(
      assessment({ channelId: 'C-other', createdAt: at(4), teamName: 'elsewhere', userId: 'U-order' }),
    );
    await store.save(
      assessment({ channelId: 'C-order', createdAt: at(5), teamName: 'mine', userId: 'U-order' }),
    );

    const history = await store.channelHistory('T1', 'C-order', 10);
    expect(history.map((record) => record.teamName)).toEqual(['mine', 'third', 'second', 'first']);
    expect((await store.channelHistory('T1', 'C-order', 2)).map((r) => r.teamName)).toEqual([
      'mine',
      'third',
    ]);
    expect((await store.recentByUser('T1', 'U-order', 10)).map((r) => r.teamName)).toEqual([
      'mine',
      'elsewhere',
    ]);
  });

  it("deletes one channel's assessments in one workspace, and counts them", async () => {
    await store.save(assessment({ workspaceId: 'T-D', channelId: 'C-gone' }));
    await store.save(assessment({ workspaceId: 'T-D', channelId: 'C-gone' }));
    await store.save(assessment({ workspaceId: 'T-D', channelId: 'C-stays' }));
    await store.save(assessment({ workspaceId: 'T-E', channelId: 'C-gone' }));
    expect(await store.countChannel('T-D', 'C-gone')).toBe(2);
    expect(await store.deleteChannel('T-D', 'C-gone')).toBe(2);
    expect(await store.countChannel('T-D', 'C-gone')).toBe(0);
    expect(await store.countChannel('T-D', 'C-stays')).toBe(1);
    expect(await store.countChannel('T-E', 'C-gone')).toBe(1);
  });

  it("never returns another workspace's rows, even for the same channel id", async () => {
    await store.save(assessment({ workspaceId: 'T-A', channelId: 'C-shared', userId: 'U-shared' }));
    await store.save(assessment({ workspaceId: 'T-B', channelId: 'C-shared', userId: 'U-shared' }));
    expect((await store.channelHistory('T-A', 'C-shared', 10)).map((r) => r.workspaceId)).toEqual(['T-A']);
    expect((await store.recentByUser('T-B', 'U-shared', 10)).map((r) => r.workspaceId)).toEqual(['T-B']);
  });

  it("finds a team's latest assessment in a channel by name, ignoring case, or the latest unnamed one", async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 6, day));
    await store.save(
      assessment({ channelId: 'C-team', teamName: 'Search', createdAt: at(1), stage: 'pilot' }),
    );
    await store.save(
      assessment({ channelId: 'C-team', teamName: 'search', createdAt: at(2), stage: 'production' }),
    );
    await store.save(assessment({ channelId: 'C-team', teamName: 'Checkout', createdAt: at(3) }));
    await store.save(
      assessment({ channelId: 'C-team', teamName: undefined, createdAt: at(4), stage: 'scale' }),
    );
    expect((await store.latestForTeam('T1', 'C-team', 'SEARCH'))?.stage).toBe('production');
    expect((await store.latestForTeam('T1', 'C-team', undefined))?.stage).toBe('scale');
    expect(await store.latestForTeam('T1', 'C-team', 'Billing')).toBeUndefined();
    expect(await store.latestForTeam('T-other', 'C-team', 'Search')).toBeUndefined();
  });

  it("gives each team's latest assessment in a workspace, newest first: a team is a channel and a name ignoring case", async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 5, day, 9));
    const save = (channelId: string, teamName: string | undefined, day: number, workspaceId = 'T-P') =>
      store.save(assessment({ workspaceId, channelId, teamName, createdAt: at(day) }));
    await save('C-a', 'Search', 1);
    const searchNow = await save('C-a', 'SEARCH', 4);
    const searchOther = await save('C-b', 'Search', 2);
    await save('C-a', undefined, 1);
    const unnamed = await save('C-a', undefined, 3);
    const ranking = await save('C-a', 'Ranking', 5);
    await save('C-a', 'Ranking', 6, 'T-OTHER');

    const latest = await store.latestPerTeam('T-P', 100);
    expect(latest.map((record) => record.id)).toEqual([ranking.id, searchNow.id, unnamed.id, searchOther.id]);
    expect(latest[0]).toEqual(ranking);
    expect((await store.latestPerTeam('T-P', 2)).map((record) => record.id)).toEqual([
      ranking.id,
      searchNow.id,
    ]);
    expect(await store.latestPerTeam('T-NONE', 100)).toEqual([]);
    // What the hiring plan reads: the same teams in the same order, the answers still as stored.
    expect(await store.latestAnswersPerTeam('T-P', 100)).toEqual(
      [ranking, searchNow, unnamed, searchOther].map((record) => ({
        channelId: record.channelId,
        userId: record.userId,
        teamName: record.teamName,
        createdAt: record.createdAt.getTime(),
        profileJson: JSON.stringify(record.profile),
        sharedWithPlan: record.sharedWithPlan,
      })),
    );
    expect(await store.latestAnswersPerTeam('T-P', 1)).toHaveLength(1);
  });

  it('breaks a tie between assessments of one team made at the same moment by id, as the other look-ups do', async () => {
    const at = new Date('2026-07-01T00:00:00Z');
    const saved = [];
    for (let index = 0; index < 3; index += 1) {
      saved.push(await store.save(assessment({ workspaceId: 'T-TIE', channelId: 'C-tie', createdAt: at })));
    }
    const [latest] = await store.latestPerTeam('T-TIE', 10);
    expect(latest?.id).toBe(
      saved
        .map((record) => record.id)
        .sort()
        .at(-1),
    );
    expect(latest?.id).toBe((await store.latestForTeam('T-TIE', 'C-tie', 'Search'))?.id);
  });

  it('stores a team without a name, and user text as typed', async () => {
    await store.save(assessment({ channelId: 'C-text', teamName: undefined }));
    await store.save(
      assessment({
        channelId: 'C-text',
        teamName: "<!channel> ' ; drop table assessments; --",
        createdAt: new Date('2026-05-01'),
      }),
    );
    const [named, unnamed] = await store.channelHistory('T1', 'C-text', 5);
    expect(named?.teamName).toBe("<!channel> ' ; drop table assessments; --");
    expect(unnamed?.teamName).toBeUndefined();
  });

  it('remembers where an answer was posted, for that assessment in that workspace only', async () => {
    const saved = await store.save(assessment({ channelId: 'C-posted' }));
    expect((await store.latestForTeam('T1', 'C-posted', 'Search'))?.messages).toBeUndefined();
    const messages = {
      channelId: 'C-posted',
      ts: '1700000000.000100',
      replies: ['1700000000.000200', '1700000000.000300'],
    };
    // Another workspace's row of the same id is never touched.
    await store.recordMessages('T-elsewhere', saved.id, { ...messages, ts: 'wrong' });
    expect((await store.latestForTeam('T1', 'C-posted', 'Search'))?.messages).toBeUndefined();
    await store.recordMessages('T1', saved.id, messages);
    expect((await store.latestForTeam('T1', 'C-posted', 'Search'))?.messages).toEqual(messages);
    expect((await store.channelHistory('T1', 'C-posted', 1))[0]?.messages).toEqual(messages);
    await store.recordMessages('T1', saved.id, { ...messages, replies: [] });
    expect((await store.latestForTeam('T1', 'C-posted', 'Search'))?.messages?.replies).toEqual([]);
  });
});

describe('assessment look-ups on SQLite', () => {
  it("read a team's newest assessment straight from the index, with no sort, named or not", async () => {
    const database = await freshDatabase('sqlite');
    try {
      const store = new SqlAssessmentStore(database.db);
      // The SQL the store runs for every answer, as it compiled it.
      const queries = [store['latestNamed'].sql, store['latestUnnamed'].sql];
      for (const query of queries) {
        const plan = await sql
          .raw<{ detail: string }>(`explain query plan ${query.replaceAll('?', "'x'")}`)
          .execute(database.db);
        const details = plan.rows.map((row) => row.detail).join('; ');
        expect(details).toMatch(/USING INDEX assessments_by_(channel|team)/);
        expect(details).not.toMatch(/TEMP B-TREE/);
      }
    } finally {
      await database.drop();
    }
  });

  it("finds each team's newest assessment from the index: no scan of the table, no sort for the window", async () => {
    const database = await freshDatabase('sqlite');
    try {
      const store = new SqlAssessmentStore(database.db);
      const query = store.latestPerTeamQuery('T1', 10).compile();
      const plan = await sql
        .raw<{ detail: string }>(`explain query plan ${inlined(query.sql, query.parameters)}`)
        .execute(database.db);
      const details = plan.rows.map((row) => row.detail).join('; ');
      expect(details).toMatch(/USING COVERING INDEX assessments_by_team \(workspace_id=\?\)/);
      expect(details).not.toMatch(/SCAN assessments(?! USING)/);
    } finally {
      await database.drop();
    }
  });
});

/** A compiled query with its parameters written in, for EXPLAIN. */
function inlined(query: string, parameters: readonly unknown[]): string {
  let index = 0;
  return query.replaceAll('?', () => {
    const value = parameters[index++];
    return typeof value === 'number' ? String(value) : `'${String(value)}'`;
  });
}
