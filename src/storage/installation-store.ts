import { randomUUID } from 'node:crypto';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Engine } from './database.js';
import type { Database } from './schema.js';
import type { TokenCipher } from './token-cipher.js';

type AnyInstallation = Installation<'v1' | 'v2', boolean>;

/**
 * Refreshes a rotating bot token well before it expires: five minutes wider than Bolt's own two-hour window,
 * so the store (under its lock) always refreshes first and Bolt never refreshes on its own.
 */
export const REFRESH_WINDOW_MS = 2 * 60 * 60_000 + 5 * 60_000;

/** Exchanges a refresh token for a new bot token (oauth.v2.access, grant_type=refresh_token). */
export type TokenRefresher = (installation: AnyInstallation) => Promise<AnyInstallation>;

/** Workspace installs are keyed by team; org-wide (Enterprise Grid) installs by enterprise. */
export function installKey(source: {
  isEnterpriseInstall?: boolean;
  enterpriseId?: string;
  teamId?: string;
}): string {
  const key = source.isEnterpriseInstall ? source.enterpriseId : source.teamId;
  if (!key) throw new Error('an installation needs a team id, or an enterprise id for an org-wide install');
  return key;
}

/**
 * Bolt's InstallationStore on our database: installations are appended (history kept) and the latest per
 * workspace or org is used. The whole installation, tokens included, is encrypted at rest.
 *
 * With token rotation, an expiring bot token is refreshed here, before Bolt sees it, under a lock per
 * installation (a PostgreSQL advisory lock; in-process on SQLite, which serves one instance): Slack revokes a
 * refresh token once used, so two instances refreshing at once would leave one holding a dead token.
 */
export class SqlInstallationStore implements InstallationStore {
  private readonly localLocks = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: TokenCipher,
    private readonly options: { engine: Engine; refresh?: TokenRefresher; now?: () => number },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  async storeInstallation(installation: AnyInstallation): Promise<void> {
    await this.insert(this.db, installation);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<AnyInstallation> {
    const key = installKey(query);
    const installation = await this.latest(this.db, key);
    if (!installation) throw new Error('no installation for this workspace');
    if (!this.expiring(installation)) return installation;
    return this.refreshUnderLock(key);
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.deleteForKey(installKey(query));
  }

  /**
   * Fails when ENCRYPTION_KEY cannot open the stored installations (a changed or wrong key), so start-up can
   * say so instead of every request failing.
   */
  async verifyKey(): Promise<void> {
    const row = await this.db
      .selectFrom('installations')
      .select(['sealed', 'install_key'])
      .limit(1)
      .executeTakeFirst();
    if (row) this.cipher.decrypt(row.sealed, row.install_key);
  }

  /** Removes every installation of a workspace or org (app_uninstalled, tokens_revoked). */
  async deleteForKey(key: string): Promise<number> {
    const result = await this.db
      .deleteFrom('installations')
      .where('install_key', '=', key)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private expiring(installation: AnyInstallation): boolean {
    const bot = installation.bot;
    return Boolean(
      this.options.refresh &&
        bot?.refreshToken &&
        bot.expiresAt &&
        bot.expiresAt * 1000 - this.now() < REFRESH_WINDOW_MS,
    );
  }

  private async refreshUnderLock(key: string): Promise<AnyInstallation> {
    const refresh = async (db: Kysely<Database>) => {
      // Another instance may have refreshed while this one waited for the lock.
      const current = await this.latest(db, key);
      if (!current) throw new Error('no installation for this workspace');
      if (!this.expiring(current) || !this.options.refresh) return current;
      const fresh = await this.options.refresh(current);
      await this.insert(db, fresh);
      return fresh;
    };
    if (this.options.engine === 'postgres') {
      return this.db.transaction().execute(async (trx: Transaction<Database>) => {
        await sql`select pg_advisory_xact_lock(hashtext(${`ai-team-advisor:install:${key}`}))`.execute(trx);
        return refresh(trx);
      });
    }
    const previous = this.localLocks.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => refresh(this.db));
    this.localLocks.set(key, run);
    try {
      return await run;
    } finally {
      if (this.localLocks.get(key) === run) this.localLocks.delete(key);
    }
  }

  private async latest(db: Kysely<Database>, key: string): Promise<AnyInstallation | undefined> {
    const row = await db
      .selectFrom('installations')
      .select('sealed')
      .where('install_key', '=', key)
      .orderBy('installed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && (JSON.parse(this.cipher.decrypt(row.sealed, key)) as AnyInstallation);
  }

  private async insert(db: Kysely<Database>, installation: AnyInstallation): Promise<void> {
    const isEnterpriseInstall = Boolean(installation.isEnterpriseInstall);
    const key = installKey({
      isEnterpriseInstall,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    // Strictly later than the installation it replaces, even within one millisecond, so "latest" is exact.
    const previous = await db
      .selectFrom('installations')
      .select('installed_at')
      .where('install_key', '=', key)
      .orderBy('installed_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    await db
      .insertInto('installations')
      .values({
        id: randomUUID(),
        install_key: key,
        enterprise_id: installation.enterprise?.id ?? null,
        team_id: isEnterpriseInstall ? null : (installation.team?.id ?? null),
        installed_at: Math.max(this.now(), Number(previous?.installed_at ?? 0) + 1),
        sealed: this.cipher.encrypt(JSON.stringify(installation), key),
      })
      .execute();
    // Keep a short history (the current installation and two before it): rotation adds a row twice a day.
    const stale = await db
      .selectFrom('installations')
      .select('id')
      .where('install_key', '=', key)
      .orderBy('installed_at', 'desc')
      .offset(3)
      .limit(1000)
      .execute();
    if (stale.length > 0)
      await db
        .deleteFrom('installations')
        .where(
          'id',
          'in',
          stale.map((row) => row.id),
        )
        .execute();
  }
}
