import type { ExpressionOrFactory, Kysely, SqlBool } from 'kysely';
import type { HomePictureOwner } from './home-picture-store.js';
import type { Database } from './schema.js';

/** Whose DM a file was uploaded into: the same ids as a Home picture's owner. */
export type DmFileOwner = HomePictureOwner;

/** What a file in a person's DM is: the picture of a plan DM, or one file of an export. */
export type DmFileKind = 'plan_picture' | 'export';

/**
 * The files the bot uploaded into people's DMs, by Slack file id, in the database every instance shares: the
 * files to delete in Slack when a newer plan picture replaces one, when the person is forgotten, when a
 * channel is forgotten, or when the workspace goes. Only file ids, never the files' content.
 */
export interface DmFileStore {
  /** Records files just uploaded into the person's DM; `channelId` is the channel a channel export is of. */
  add(
    owner: DmFileOwner,
    fileIds: readonly string[],
    kind: DmFileKind,
    uploadedAt: Date,
    channelId?: string,
  ): Promise<void>;
  /** The person's files of this kind other than `fileId` (older plan pictures, still to delete in Slack). */
  othersOf(workspaceId: string, userId: string, kind: DmFileKind, fileId: string): Promise<string[]>;
  /** Forgets one file (deleted in Slack, or gone there already). */
  remove(workspaceId: string, fileId: string): Promise<void>;
  /** The person's files, oldest first. */
  filesOfUser(workspaceId: string, userId: string): Promise<string[]>;
  /** Forgets the person's files and returns their ids. */
  takeUser(workspaceId: string, userId: string): Promise<string[]>;
  /**
   * Forgets what may show a channel's team (every plan picture of the workspace, and the channel's exports)
   * and returns their ids.
   */
  takeChannel(workspaceId: string, channelId: string): Promise<string[]>;
  /** Forgets every file of a workspace and returns their ids. */
  takeWorkspace(workspaceId: string): Promise<string[]>;
  /** Forgets every file of an org's workspaces and returns their ids. */
  takeEnterprise(enterpriseId: string): Promise<string[]>;
}

/** Which rows of dm_files a query is about. */
type Where = ExpressionOrFactory<Database, 'dm_files', SqlBool>;

/** DM files in SQLite or PostgreSQL through one Kysely code path. */
export class SqlDmFileStore implements DmFileStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(
    owner: DmFileOwner,
    fileIds: readonly string[],
    kind: DmFileKind,
    uploadedAt: Date,
    channelId?: string,
  ): Promise<void> {
    if (fileIds.length === 0) return;
    await this.db
      .insertInto('dm_files')
      .values(
        fileIds.map((fileId) => ({
          file_id: fileId,
          workspace_id: owner.workspaceId,
          enterprise_id: owner.enterpriseId,
          user_id: owner.userId,
          kind,
          channel_id: channelId ?? null,
          uploaded_at: uploadedAt.getTime(),
        })),
      )
      .execute();
  }

  async othersOf(workspaceId: string, userId: string, kind: DmFileKind, fileId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('dm_files')
      .select('file_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where('file_id', '!=', fileId)
      .orderBy('uploaded_at')
      .orderBy('file_id')
      .execute();
    return rows.map((row) => row.file_id);
  }

  async remove(workspaceId: string, fileId: string): Promise<void> {
    await this.db
      .deleteFrom('dm_files')
      .where('workspace_id', '=', workspaceId)
      .where('file_id', '=', fileId)
      .execute();
  }

  async filesOfUser(workspaceId: string, userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('dm_files')
      .select('file_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .orderBy('uploaded_at')
      .orderBy('file_id')
      .execute();
    return rows.map((row) => row.file_id);
  }

  takeUser(workspaceId: string, userId: string): Promise<string[]> {
    return this.take((eb) => eb.and([eb('workspace_id', '=', workspaceId), eb('user_id', '=', userId)]));
  }

  takeChannel(workspaceId: string, channelId: string): Promise<string[]> {
    return this.take((eb) =>
      eb.and([
        eb('workspace_id', '=', workspaceId),
        eb.or([eb('kind', '=', 'plan_picture'), eb('channel_id', '=', channelId)]),
      ]),
    );
  }

  takeWorkspace(workspaceId: string): Promise<string[]> {
    return this.take((eb) => eb('workspace_id', '=', workspaceId));
  }

  takeEnterprise(enterpriseId: string): Promise<string[]> {
    return this.take((eb) => eb('enterprise_id', '=', enterpriseId));
  }

  /** The matching rows' file ids, deleted in one transaction with reading them (another instance may add). */
  private take(where: Where): Promise<string[]> {
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('dm_files')
        .select('file_id')
        .where(where)
        .orderBy('uploaded_at')
        .orderBy('file_id')
        .execute();
      await trx.deleteFrom('dm_files').where(where).execute();
      return rows.map((row) => row.file_id);
    });
  }
}
