import { randomUUID } from 'node:crypto';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { TokenCipher } from './token-cipher.js';

/** Workspace installs are keyed by team; org-wide (Enterprise Grid) installs by enterprise. */
function keyOf(source: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  const key = source.isEnterpriseInstall ? source.enterpriseId : source.teamId;
  if (!key) throw new Error('an installation needs a team id, or an enterprise id for an org-wide install');
  return key;
}

/**
 * Bolt's InstallationStore on our database: installations are appended (history kept) and the latest per
 * workspace or org is used. The whole installation, tokens included, is encrypted at rest.
 */
export class SqlInstallationStore implements InstallationStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: TokenCipher,
    private readonly clock: () => number = Date.now,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const isEnterpriseInstall = Boolean(installation.isEnterpriseInstall);
    await this.db
      .insertInto('installations')
      .values({
        id: randomUUID(),
        install_key: keyOf({
          isEnterpriseInstall,
          enterpriseId: installation.enterprise?.id,
          teamId: installation.team?.id,
        }),
        enterprise_id: installation.enterprise?.id ?? null,
        team_id: isEnterpriseInstall ? null : (installation.team?.id ?? null),
        installed_at: this.clock(),
        sealed: this.cipher.encrypt(JSON.stringify(installation)),
      })
      .execute();
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const row = await this.db
      .selectFrom('installations')
      .select('sealed')
      .where('install_key', '=', keyOf(query))
      .orderBy('installed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) throw new Error('no installation for this workspace');
    return JSON.parse(this.cipher.decrypt(row.sealed)) as Installation<'v1' | 'v2', boolean>;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.db.deleteFrom('installations').where('install_key', '=', keyOf(query)).execute();
  }

  /** Removes every installation of a workspace or org (app_uninstalled, tokens_revoked). */
  async deleteForKey(key: string): Promise<number> {
    const result = await this.db
      .deleteFrom('installations')
      .where('install_key', '=', key)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
