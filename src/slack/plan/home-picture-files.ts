import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../../clock.js';
import type { HomePictureOwner, HomePictureStore } from '../../storage/home-picture-store.js';
import { describeFailure, slackErrorCode } from '../delivery/slack-error.js';

/**
 * Slack answers every call of a token that is gone with one of these: trying the next file is pointless.
 * An uninstall (and tokens_revoked) revokes the bot's token before Slack tells the app.
 */
const TOKEN_GONE = new Set([
  'token_revoked',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'team_access_not_granted',
]);

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

  /**
   * Deletes files in Slack (`files.delete`, the bot's own files) and returns those gone: deleted now, or not
   * there any more. Best effort: a failure is logged with the file id. Stops at the first answer that says the
   * token itself is gone (after an uninstall): every other file would get the same.
   */
  async deleteInSlack(client: webApi.WebClient, fileIds: readonly string[]): Promise<string[]> {
    const gone: string[] = [];
    for (const [index, file] of fileIds.entries()) {
      try {
        await client.files.delete({ file });
        gone.push(file);
      } catch (error) {
        const code = slackErrorCode(error);
        if (code === 'file_not_found' || code === 'file_deleted') {
          gone.push(file);
          continue;
        }
        if (code && TOKEN_GONE.has(code)) {
          this.logger.info(
            { files: fileIds.slice(index), ...describeFailure(error) },
            'App Home plan pictures left in Slack: the bot token can no longer delete them',
          );
          break;
        }
        this.logger.warn(
          { file, ...describeFailure(error) },
          'could not delete an App Home plan picture no longer shown',
        );
      }
    }
    return gone;
  }
}
