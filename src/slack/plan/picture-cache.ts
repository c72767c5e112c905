import { createHash } from 'node:crypto';
import type { CompanyPlan } from '../../advisor/index.js';
import type { UploadedPicture } from './plan-picture.js';

/** People whose Home picture is remembered; the oldest is forgotten beyond this. */
const MAX_ENTRIES = 1_000;

/**
 * The plan picture last uploaded for each person's App Home, by a hash of the plan it shows: reopening Home
 * with the same plan shows the same file instead of drawing and uploading it again. In memory (a restart
 * uploads afresh) and bounded: one entry per workspace and person, the least recently used dropped first.
 */
export class PictureCache {
  private readonly entries = new Map<string, { hash: string; picture: UploadedPicture }>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, plan: CompanyPlan): UploadedPicture | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.hash !== planHash(plan)) return undefined;
    // Used again: it moves to the back of the line to be forgotten.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.picture;
  }

  set(key: string, plan: CompanyPlan, picture: UploadedPicture): void {
    this.entries.delete(key);
    this.entries.set(key, { hash: planHash(plan), picture });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

/** What the picture is drawn from: the plan without the moment it was made (ages still count). */
function planHash(plan: CompanyPlan): string {
  const { asOf: _asOf, ...content } = plan;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
