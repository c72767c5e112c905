import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Whose App Home a picture was uploaded for. */
export interface HomePictureOwner {
  workspaceId: string;
  userId: string;
  /** The org, for a workspace of an org-wide (Enterprise Grid) install; null otherwise. */
  enterpriseId: string | null;
}

/** A Slack file the bot uploaded for a person's App Home. */
export interface HomePictureFile {
  workspaceId: string;
  userId: string;
  fileId: string;
}

/**
 * The plan pictures uploaded for people's App Home, by Slack file id, in the database every instance shares:
 * the files to delete in Slack when a newer picture replaces them, when the person is forgotten, or when the
 * workspace goes. Only file ids, never the picture or its alt text.
 */
export interface HomePictureStore {
  /** Records a file just uploaded for the person's Home. */
  add(owner: HomePictureOwner, fileId: string, uploadedAt: Date): Promise<void>;
  /** Whether the file is still recorded for the person (not replaced or forgotten meanwhile, by any instance). */
  holds(workspaceId: string, userId: string, fileId: string): Promise<boolean>;
  /** The person's files other than `fileId` (pictures it replaces, still to delete in Slack). */
  othersOf(workspaceId: string, userId: string, fileId: string): Promise<string[]>;
  /** Forgets one file (deleted in Slack, or gone there already). */
  remove(workspaceId: string, fileId: string): Promise<void>;
  /** The person's files. */
  filesOfUser(workspaceId: string, userId: string): Promise<string[]>;
  /** Forgets the person's files; returns how many. */
  deleteUser(workspaceId: string, userId: string): Promise<number>;
  /** Every file of a workspace. */
  filesOfWorkspace(workspaceId: string): Promise<HomePictureFile[]>;
  /** Forgets a workspace's files (it uninstalled the app); returns how many. */
  deleteWorkspace(workspaceId: string): Promise<number>;
  /** Every file of an org's workspaces. */
  filesOfEnterprise(enterpriseId: string): Promise<HomePictureFile[]>;
  /** Forgets the files of every workspace of an org (an org-wide uninstall); returns how many. */
  deleteEnterprise(enterpriseId: string): Promise<number>;
}

/** Home pictures in SQLite or PostgreSQL through one Kysely code path. */
export class SqlHomePictureStore implements HomePictureStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(owner: HomePictureOwner, fileId: string, uploadedAt: Date): Promise<void> {
    await this.db
      .insertInto('home_pictures')
      .values({
        file_id: fileId,
        workspace_id: owner.workspaceId,
        enterprise_id: owner.enterpriseId,
        user_id: owner.userId,
        uploaded_at: uploadedAt.getTime(),
      })
      .execute();
  }

  async holds(workspaceId: string, userId: string, fileId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('home_pictures')
      .select('file_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('file_id', '=', fileId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async othersOf(workspaceId: string, userId: string, fileId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('home_pictures')
      .select('file_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('file_id', '!=', fileId)
      .orderBy('uploaded_at')
      .orderBy('file_id')
      .execute();
    return rows.map((row) => row.file_id);
  }

  async remove(workspaceId: string, fileId: string): Promise<void> {
    await this.db
      .deleteFrom('home_pictures')
      .where('workspace_id', '=', workspaceId)
      .where('file_id', '=', fileId)
      .execute();
  }

  async filesOfUser(workspaceId: string, userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('home_pictures')
      .select('file_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .orderBy('uploaded_at')
      .orderBy('file_id')
      .execute();
    return rows.map((row) => row.file_id);
  }

  async deleteUser(workspaceId: string, userId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('home_pictures')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async filesOfWorkspace(workspaceId: string): Promise<HomePictureFile[]> {
    return this.files('workspace_id', workspaceId);
  }

  async deleteWorkspace(workspaceId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('home_pictures')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async filesOfEnterprise(enterpriseId: string): Promise<HomePictureFile[]> {
    return this.files('enterprise_id', enterpriseId);
  }

  async deleteEnterprise(enterpriseId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('home_pictures')
      .where('enterprise_id', '=', enterpriseId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async files(column: 'workspace_id' | 'enterprise_id', value: string): Promise<HomePictureFile[]> {
    const rows = await this.db
      .selectFrom('home_pictures')
      .select(['workspace_id', 'user_id', 'file_id'])
      .where(column, '=', value)
      .orderBy('uploaded_at')
      .orderBy('file_id')
      .execute();
    return rows.map((row) => ({ workspaceId: row.workspace_id, userId: row.user_id, fileId: row.file_id }));
  }
}
