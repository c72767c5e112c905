import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../../clock.js';
import type { HomePictureOwner, HomePictureStore } from '../../storage/home-picture-store.js';
import { deleteFilesInSlack } from '../delivery/delete-files.js';
import { describeFailure } from '../delivery/slack-error.js';

/**
 * The App Home pictures' Slack files, kept track of in the database (HomePictureStore), so any instance,
 * also after a restart, deletes a person's old pictures in Slack: when a newer one replaces them, when the
 * person is forgotten, when the workspace goes. The database holds only file ids.
 */
export class HomePictureFiles {
  constructor(
    private readonly store: HomePictureStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /**
   * Records a file just uploaded for the person's Home, then deletes their older ones in Slack. A file that
   * cannot be recorded is deleted in Slack at once and the failure thrown: no file is left in Slack that the
   * database does not know of. An old file Slack does not delete now stays recorded, to be tried again.
   */
  async recordUpload(owner: HomePictureOwner, fileId: string, client: webApi.WebClient): Promise<void> {
    try {
      await this.store.add(owner, fileId, this.clock.now());
    } catch (error) {
      await this.deleteInSlack(client, [fileId]);
      throw error;
    }
    try {
      const older = await this.store.othersOf(owner.workspaceId, owner.userId, fileId);
      for (const gone of await this.deleteInSlack(client, older)) {
        await this.store.remove(owner.workspaceId, gone);
      }
    } catch (error) {
      this.logger.warn({ ...describeFailure(error) }, 'could not delete the App Home pictures replaced');
    }
  }

  /** Whether the person's Home may still show this file: no instance replaced or forgot it since. */
  isCurrent(owner: HomePictureOwner, fileId: string): Promise<boolean> {
    return this.store.holds(owner.workspaceId, owner.userId, fileId);
  }

  /**
   * Forgets the person's pictures in the database at once and returns their file ids, for `deleteInSlack`
   * (after the request is acknowledged: Slack calls do not hold up the answer).
   */
  async forgetPerson(workspaceId: string, userId: string): Promise<string[]> {
    const files = await this.store.filesOfUser(workspaceId, userId);
    await this.store.deleteUser(workspaceId, userId);
    return files;
  }

  /** The same for every person of a workspace. */
  async forgetWorkspace(workspaceId: string): Promise<string[]> {
    const files = await this.store.filesOfWorkspace(workspaceId);
    await this.store.deleteWorkspace(workspaceId);
    return files.map((file) => file.fileId);
  }

  /** The same for every workspace of an org. */
  async forgetEnterprise(enterpriseId: string): Promise<string[]> {
    const files = await this.store.filesOfEnterprise(enterpriseId);
    await this.store.deleteEnterprise(enterpriseId);
    return files.map((file) => file.fileId);
  }

  /** Deletes files in Slack; best effort (see deleteFilesInSlack). */
  deleteInSlack(client: webApi.WebClient, fileIds: readonly string[]): Promise<string[]> {
    return deleteFilesInSlack(client, fileIds, this.logger, {
      tokenGone: 'App Home plan pictures left in Slack: the bot token can no longer delete them',
      failed: 'could not delete an App Home plan picture no longer shown',
    });
  }
}
