import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { DmFileKind, DmFileOwner, DmFileStore } from '../storage/dm-file-store.js';
import { deleteFilesInSlack } from './delivery/delete-files.js';
import { describeFailure } from './delivery/slack-error.js';

const LEFT_IN_SLACK = {
  tokenGone: "Files in people's DMs left in Slack: the bot token can no longer delete them",
  failed: "could not delete a file the bot uploaded into a person's DM",
};

/**
 * The files the bot uploads into people's DMs (plan pictures, exports), kept track of in the database
 * (DmFileStore): they are the bot's own, so the person cannot delete them, and the bot does, by whichever
 * instance: a person's older plan picture once a newer plan is sent, everything of a person on forget me,
 * what may show a channel's team when the channel is forgotten, everything of a workspace when it goes.
 */
export class DmFiles {
  constructor(
    private readonly store: DmFileStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /**
   * Records the picture of a plan DM, then deletes the person's older plan pictures in Slack: a person keeps
   * one, the newest plan's. A picture that cannot be recorded is deleted in Slack at once and the failure
   * thrown: no file is left in Slack that the database does not know of.
   */
  async recordPlanPicture(owner: DmFileOwner, fileId: string, client: webApi.WebClient): Promise<void> {
    await this.record(owner, [fileId], 'plan_picture', client);
    try {
      const older = await this.store.othersOf(owner.workspaceId, owner.userId, 'plan_picture', fileId);
      for (const gone of await this.deleteInSlack(client, older)) {
        await this.store.remove(owner.workspaceId, gone);
      }
    } catch (error) {
      this.logger.warn(
        { ...describeFailure(error) },
        'could not delete the plan pictures a newer plan replaced',
      );
    }
  }

  /** Records the files of an export shared in the person's DM; `channelId` for a channel's export. */
  recordExport(
    owner: DmFileOwner,
    fileIds: readonly string[],
    client: webApi.WebClient,
    channelId?: string,
  ): Promise<void> {
    return this.record(owner, fileIds, 'export', client, channelId);
  }

  /** Forgets a file at once and deletes it in Slack (an upload Slack refused to show). */
  async discard(workspaceId: string, fileId: string, client: webApi.WebClient): Promise<void> {
    const [gone] = await this.deleteInSlack(client, [fileId]);
    try {
      if (gone) await this.store.remove(workspaceId, gone);
    } catch (error) {
      // Still recorded: the next plan's picture, or forget me, tries it again.
      this.logger.warn(
        { file: fileId, ...describeFailure(error) },
        'could not forget a deleted plan picture',
      );
    }
  }

  /** Forgets the person's files in the database and returns their ids, for `deleteInSlack`. */
  forgetPerson(workspaceId: string, userId: string): Promise<string[]> {
    return this.store.takeUser(workspaceId, userId);
  }

  /** The same for what may show a channel's team: every plan picture of the workspace, the channel's exports. */
  forgetChannel(workspaceId: string, channelId: string): Promise<string[]> {
    return this.store.takeChannel(workspaceId, channelId);
  }

  /** The same for every person of a workspace. */
  forgetWorkspace(workspaceId: string): Promise<string[]> {
    return this.store.takeWorkspace(workspaceId);
  }

  /** The same for every workspace of an org. */
  forgetEnterprise(enterpriseId: string): Promise<string[]> {
    return this.store.takeEnterprise(enterpriseId);
  }

  /** Deletes files in Slack; best effort (see deleteFilesInSlack). */
  deleteInSlack(client: webApi.WebClient, fileIds: readonly string[]): Promise<string[]> {
    return deleteFilesInSlack(client, fileIds, this.logger, LEFT_IN_SLACK);
  }

  private async record(
    owner: DmFileOwner,
    fileIds: readonly string[],
    kind: DmFileKind,
    client: webApi.WebClient,
    channelId?: string,
  ): Promise<void> {
    try {
      await this.store.add(owner, fileIds, kind, this.clock.now(), channelId);
    } catch (error) {
      await this.deleteInSlack(client, fileIds);
      throw error;
    }
  }
}
