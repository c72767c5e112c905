import type { Clock } from '../../clock.js';
import type { Services } from '../services.js';

/**
 * How long "the bot can post there" is believed without asking Slack again. Short: a channel made private
 * since, with the bot not in it, is the one change no event tells the bot about; until then the form says
 * nothing and the answer goes by DM, as when Slack does not answer.
 */
export const CAN_POST_TTL_MS = 60_000;
/** The most conversations remembered; past it the oldest is forgotten (bounded memory, whatever the load). */
const MAX_ENTRIES = 10_000;

/**
 * Conversations where Slack said, a moment ago, that the bot can post (a public channel, or one it is in):
 * opening the questionnaire there again need not ask Slack before the form is filled in. Only that answer is
 * kept: "cannot post" is rare, and turns into "can" silently when someone invites the bot, so it is always
 * asked. Forgotten when the bot leaves or is removed from the conversation, or it is archived (events), and
 * after CAN_POST_TTL_MS in any case.
 */
export class CanPostCache {
  /** Workspace and conversation → when the answer stops being believed (ms since the epoch). */
  private readonly until = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = CAN_POST_TTL_MS,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  canPost(workspaceId: string, channelId: string): boolean {
    const key = keyOf(workspaceId, channelId);
    const until = this.until.get(key);
    if (until === undefined) return false;
    if (until > this.clock.now().getTime()) return true;
    this.until.delete(key);
    return false;
  }

  remember(workspaceId: string, channelId: string): void {
    const key = keyOf(workspaceId, channelId);
    // Re-inserted, so the map's order stays oldest first.
    this.until.delete(key);
    this.until.set(key, this.clock.now().getTime() + this.ttlMs);
    if (this.until.size > this.maxEntries) {
      const oldest = this.until.keys().next().value;
      if (oldest !== undefined) this.until.delete(oldest);
    }
  }

  forget(workspaceId: string, channelId: string): void {
    this.until.delete(keyOf(workspaceId, channelId));
  }
}

const keyOf = (workspaceId: string, channelId: string) => `${workspaceId}/${channelId}`;

const caches = new WeakMap<Services, CanPostCache>();

/** One cache per app's Services: the listeners that open forms and the events that invalidate share it. */
export function canPostCacheOf(services: Services): CanPostCache {
  let found = caches.get(services);
  if (!found) {
    found = new CanPostCache(services.clock);
    caches.set(services, found);
  }
  return found;
}
