import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { HomePictureOwner } from '../../storage/home-picture-store.js';
import { describeFailure } from '../delivery/slack-error.js';
import type { HomePictureFiles } from './home-picture-files.js';

/** People whose Home picture is remembered; the oldest is forgotten beyond this. */
const MAX_ENTRIES = 1_000;

/** What Home needs to show an uploaded picture: its file id and alt text (never the PNG's bytes). */
export interface HomePicture {
  fileId: string;
  altText: string;
}

interface Entry {
  owner: HomePictureOwner;
  hash: string;
  /** The upload, or the one on its way: a second Home open for the same plan waits for it. */
  picture: Promise<HomePicture | undefined>;
  /** The upload is done (or failed): a Home open that finds it does not wait. */
  settled: boolean;
}

/** The cache's key for a person: their workspace and user ids. */
export function pictureKey(owner: Pick<HomePictureOwner, 'workspaceId' | 'userId'>): string {
  return `${owner.workspaceId}/${owner.userId}`;
}

/**
 * The plan picture last uploaded for each person's App Home, by a hash of the plan it shows: reopening Home
 * with the same plan shows the same file instead of drawing and uploading it again. The reuse is in memory
 * (a restart uploads afresh) and bounded: one entry per workspace and person, the least recently used
 * dropped first.
 *
 * The files are the bot's own, uploaded for Home alone (a DM plan uploads its own, never kept here). Which
 * files are whose is kept in the database (HomePictureFiles), not here: when a person's picture is replaced
 * by a new plan's, or forgotten, its file is deleted (`files.delete`) by whichever instance does it, also
 * after a restart, so Slack does not keep a file per plan anyone ever opened.
 */
export class PictureCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly logger: Logger,
    private readonly recorded: HomePictureFiles,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The hash of the plan whose picture the person's Home shows (or is uploading), if any. */
  hashFor(key: string): string | undefined {
    return this.entries.get(key)?.hash;
  }

  /**
   * The person's picture for the plan of this hash (planHash): the one uploaded (or being uploaded) for the
   * same plan, if no instance replaced or forgot it since, else `upload`'s, recorded. A failed upload is not
   * remembered: the next open tries again.
   */
  async picture(
    owner: HomePictureOwner,
    hash: string,
    client: webApi.WebClient,
    upload: () => Promise<HomePicture | undefined>,
  ): Promise<HomePicture | undefined> {
    const key = pictureKey(owner);
    const found = this.entries.get(key);
    if (found && found.hash === hash) {
      // Used again: it moves to the back of the line to be forgotten.
      this.entries.delete(key);
      this.entries.set(key, found);
      if (!found.settled) this.logger.debug('App Home waits for the plan picture already being uploaded');
      const picture = await found.picture;
      if (!picture || (await this.recorded.isCurrent(owner, picture.fileId))) return picture;
      // Replaced or forgotten by another instance (its file is deleted in Slack): upload afresh.
      if (this.entries.get(key) === found) this.entries.delete(key);
    }
    const entry: Entry = {
      owner,
      hash,
      // Only what Home shows is kept: never the PNG's bytes (100 KB and more each, for up to 1,000 people).
      picture: upload()
        .then(async (picture) => {
          if (!picture) return undefined;
          await this.recorded.recordUpload(owner, picture.fileId, client);
          return { fileId: picture.fileId, altText: picture.altText };
        })
        .catch((error: unknown) => {
          this.logger.warn({ ...describeFailure(error) }, 'App Home shows the plan without its picture');
          return undefined;
        }),
      settled: false,
    };
    void entry.picture.then(() => {
      entry.settled = true;
    });
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Forgetting an entry only stops its reuse: its file stays recorded, deleted once replaced or forgotten.
    while (this.entries.size > this.maxEntries) {
      const oldestKey = this.entries.keys().next().value;
      if (oldestKey === undefined) break;
      this.entries.delete(oldestKey);
    }
    const picture = await entry.picture;
    if (!picture && this.entries.get(key) === entry) this.entries.delete(key);
    return picture;
  }

  /**
   * A person asked to be forgotten: their entry is dropped and their pictures forgotten in the database.
   * Returns the file ids, to delete in Slack (`deleteInSlack`). A picture still uploading here is deleted
   * once it is recorded.
   */
  async forgetPerson(workspaceId: string, userId: string, client: webApi.WebClient): Promise<string[]> {
    const key = pictureKey({ workspaceId, userId });
    const uploading = this.entries.get(key);
    this.entries.delete(key);
    if (uploading && !uploading.settled) {
      void uploading.picture.then(async () => {
        try {
          await this.deleteInSlack(client, await this.recorded.forgetPerson(workspaceId, userId));
        } catch (error) {
          this.logger.warn({ ...describeFailure(error) }, 'could not forget an App Home picture');
        }
      });
    }
    return this.recorded.forgetPerson(workspaceId, userId);
  }

  /** The app was removed from a workspace: its people's entries and recorded pictures go (file ids returned). */
  forgetWorkspace(workspaceId: string): Promise<string[]> {
    for (const [key, entry] of [...this.entries]) {
      if (entry.owner.workspaceId === workspaceId) this.entries.delete(key);
    }
    return this.recorded.forgetWorkspace(workspaceId);
  }

  /** The same for every workspace of an org (an org-wide uninstall). */
  forgetEnterprise(enterpriseId: string): Promise<string[]> {
    for (const [key, entry] of [...this.entries]) {
      if (entry.owner.enterpriseId === enterpriseId) this.entries.delete(key);
    }
    return this.recorded.forgetEnterprise(enterpriseId);
  }

  /** Deletes forgotten pictures' files in Slack; best effort (see HomePictureFiles.deleteInSlack). */
  deleteInSlack(client: webApi.WebClient, fileIds: readonly string[]): Promise<string[]> {
    return this.recorded.deleteInSlack(client, fileIds);
  }
}
