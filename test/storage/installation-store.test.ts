import type { Installation } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { SqlInstallationStore, type TokenRefresher } from '../../src/storage/installation-store.js';
import { TokenCipher } from '../../src/storage/token-cipher.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';

const cipher = new TokenCipher('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff');
const NOW = Date.parse('2026-06-01T12:00:00Z');

function installation(teamId: string, token: string, expiresInSeconds?: number): Installation {
  return {
    team: { id: teamId },
    enterprise: undefined,
    user: { id: 'U1', token: undefined, scopes: undefined },
    bot: {
      token,
      scopes: ['commands'],
      id: 'B1',
      userId: 'U0BOT',
      ...(expiresInSeconds === undefined
        ? {}
        : { refreshToken: `refresh-${token}`, expiresAt: Math.floor(NOW / 1000) + expiresInSeconds }),
    },
    isEnterpriseInstall: false,
  } as Installation;
}

/** A refresher that takes a while (as a call to Slack does) and counts how often it ran. */
function slowRefresher(calls: string[]): TokenRefresher {
  return async (current) => {
    calls.push(current.bot?.token ?? '');
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      ...current,
      bot: {
        ...(current.bot as NonNullable<Installation['bot']>),
        token: `${current.bot?.token}-rotated`,
        expiresAt: Math.floor(NOW / 1000) + 43_200,
      },
    };
  };
}

describe.each(ENGINES)('installation store on %s', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await freshDatabase(engine);
  });
  afterEach(async () => {
    await database.drop();
  });

  it('keeps the latest installation per workspace, encrypted, and forgets a workspace on request', async () => {
    const store = new SqlInstallationStore(database.db, cipher, { engine, now: () => NOW });
    await store.storeInstallation(installation('T1', 'xoxb-old'));
    await store.storeInstallation(installation('T2', 'xoxb-other'));
    const later = new SqlInstallationStore(database.db, cipher, { engine, now: () => NOW + 1 });
    await later.storeInstallation(installation('T1', 'xoxb-new'));
    expect(
      (await store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false }))
        .bot?.token,
    ).toBe('xoxb-new');
    await store.deleteInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(
      store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow();
    expect(
      (await store.fetchInstallation({ teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false }))
        .bot?.token,
    ).toBe('xoxb-other');
  });

  it('keys an org-wide (Enterprise Grid) install by its enterprise, for every workspace in it', async () => {
    const store = new SqlInstallationStore(database.db, cipher, { engine, now: () => NOW });
    await store.storeInstallation({
      ...installation('unused', 'xoxb-org'),
      team: undefined,
      enterprise: { id: 'E0ORG', name: 'Org' },
      isEnterpriseInstall: true,
    } as unknown as Installation);
    const found = await store.fetchInstallation({
      teamId: 'T0ANYWHERE',
      enterpriseId: 'E0ORG',
      isEnterpriseInstall: true,
    });
    expect(found.bot?.token).toBe('xoxb-org');
    const rows = await database.db
      .selectFrom('installations')
      .select(['install_key', 'team_id', 'enterprise_id'])
      .execute();
    expect(rows).toEqual([{ install_key: 'E0ORG', team_id: null, enterprise_id: 'E0ORG' }]);
  });

  it('keeps a short history per workspace, and tells a wrong encryption key at once', async () => {
    for (let i = 0; i < 5; i += 1) {
      await new SqlInstallationStore(database.db, cipher, { engine, now: () => NOW + i }).storeInstallation(
        installation('T1', `xoxb-${i}`),
      );
    }
    const rows = await database.db
      .selectFrom('installations')
      .select('installed_at')
      .where('install_key', '=', 'T1')
      .execute();
    expect(rows).toHaveLength(3);
    const store = new SqlInstallationStore(database.db, cipher, { engine });
    expect(
      (await store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false }))
        .bot?.token,
    ).toBe('xoxb-4');
    await expect(store.verifyKey()).resolves.toBeUndefined();
    const wrongKey = new SqlInstallationStore(database.db, new TokenCipher('ff'.repeat(32)), { engine });
    await expect(wrongKey.verifyKey()).rejects.toThrow();
  });

  it('refreshes an expiring token once when two instances need it at the same moment', async () => {
    const calls: string[] = [];
    const first = new SqlInstallationStore(database.db, cipher, {
      engine,
      refresh: slowRefresher(calls),
      now: () => NOW,
    });
    await first.storeInstallation(installation('T1', 'xoxb-expiring', 60));
    // The second instance: on PostgreSQL its own connection pool; SQLite serves one instance, so the same store.
    const other = engine === 'postgres' ? openDatabase({ engine: 'postgres', url: database.url }) : undefined;
    const second = other
      ? new SqlInstallationStore(other.db, cipher, { engine, refresh: slowRefresher(calls), now: () => NOW })
      : first;
    try {
      const query = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false } as const;
      const results = await Promise.all(
        [first, second, first, second].map((store) => store.fetchInstallation(query)),
      );
      expect(calls).toEqual(['xoxb-expiring']);
      expect(results.map((result) => result.bot?.token)).toEqual(Array(4).fill('xoxb-expiring-rotated'));
    } finally {
      await other?.close();
    }
  });
});
