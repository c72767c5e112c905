import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { describeFailure } from '../delivery/slack-error.js';

/** People whose Home picture is remembered; the oldest is forgotten beyond this. */
const MAX_ENTRIES = 1_000;

/** What Home needs to show an uploaded picture: its file id and alt text (never the PNG's bytes). */
export interface HomePicture {
  fileId: string;
  altText: string;
}

interface Entry {
  hash: string;
  /** The upload, or the one on its way: a second Home open for the same plan waits for it. */
  picture: Promise<HomePicture | undefined>;
  /** The workspace's client, to delete the file with once the entry is replaced or forgotten. */
  client: webApi.WebClient;
  /** The upload is done (or failed): a Home open that finds it does not wait. */
  settled: boolean;
}

/**
 * The plan picture last uploaded for each person's App Home, by a hash of the plan it shows: reopening Home
 * with the same plan shows the same file instead of drawing and uploading it again. In memory (a restart
 * uploads afresh) and bounded: one entry per workspace and person, the least recently used dropped first.
 *
 * The files are the bot's own, uploaded for Home alone (a DM plan uploads its own, never cached here): when a
 * person's picture is replaced by a new plan's, or forgotten, its file is deleted (`files.delete`), so
 * Slack does not keep a file per plan anyone ever opened. Best effort: a failed delete is logged.
 */
export class PictureCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly logger: Logger,
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
   * same plan, else `upload`'s, remembered. A failed upload is not remembered: the next open tries again.
   */
  async picture(
    key: string,
    hash: string,
    client: webApi.WebClient,
    upload: () => Promise<HomePicture | undefined>,
  ): Promise<HomePicture | undefined> {
    const found = this.entries.get(key);
    if (found && found.hash === hash) {
      // Used again: it moves to the back of the line to be forgotten.
      this.entries.delete(key);
      this.entries.set(key, found);
      if (!found.settled) this.logger.debug('App Home waits for the plan picture already being uploaded');
      return found.picture;
    }
    const entry: Entry = {
      hash,
      // Only what Home shows is kept: never the PNG's bytes (100 KB and more each, for up to 1,000 people).
      picture: upload()
        .then((picture) => picture && { fileId: picture.fileId, altText: picture.altText })
        .catch((error: unknown) => {
          this.logger.warn({ ...describeFailure(error) }, 'App Home shows the plan without its picture');
          return undefined;
        }),
      client,
      settled: false,
    };
    void entry.picture.then(() => {
      entry.settled = true;
    });
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (found) this.discard(found);
    while (this.entries.size > this.maxEntries) {
      const [oldestKey, oldest] = this.entries.entries().next().value ?? [];
      if (oldestKey === undefined || !oldest) break;
      this.entries.delete(oldestKey);
      this.discard(oldest);
    }
    const picture = await entry.picture;
    if (!picture && this.entries.get(key) === entry) this.entries.delete(key);
    return picture;
  }

  /** A person asked to be forgotten: their Home picture's file is deleted, and the entry dropped. */
  forgetPerson(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.discard(entry);
  }

  /**
   * The app was removed from a workspace: its people's entries are dropped. Their files cannot be deleted
   * any more (Slack revoked the token before telling the app), so no call is made.
   */
  forgetWorkspace(workspaceId: string): number {
    let dropped = 0;
    for (const key of [...this.entries.keys()]) {
      if (!key.startsWith(`${workspaceId}/`)) continue;
      this.entries.delete(key);
      dropped += 1;
    }
    return dropped;
  }

  /** Deletes a replaced or forgotten entry's file, once its upload (if still on its way) is done. */
  private discard(entry: Entry): void {
    void entry.picture.then(async (picture) => {
      if (!picture) return;
      try {
        await entry.client.files.delete({ file: picture.fileId });
      } catch (error) {
        this.logger.warn(
          { file: picture.fileId, ...describeFailure(error) },
          'could not delete an App Home plan picture no longer shown',
        );
      }
    });
  }
}
