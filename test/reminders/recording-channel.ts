import type { Reminder } from '../../src/reminders/reminder-store.js';
import type { ReminderChannel } from '../../src/reminders/scheduler.js';

/**
 * A Slack stand-in at the scheduler's level: records posts with the occurrence they carry (as the message
 * metadata does), finds them again, fails on demand.
 */
export class RecordingChannel implements ReminderChannel {
  readonly posts: { id: string; occurrence: string; channel: string; at: number; ts: string }[] = [];
  readonly paused: { id: string; reason: string }[] = [];
  readonly lookups: string[] = [];
  /** The next posts fail this way, posting nothing. */
  failures: Error[] = [];
  /** The next posts reach the channel, then fail this way (Slack posted, its answer never came). */
  failuresAfterPosting: Error[] = [];
  /** The next looks for an earlier post fail this way (Slack refused to read the channel). */
  lookupFailures: Error[] = [];
  /** The next pause notices fail this way. */
  noticeFailures: Error[] = [];
  /** While set, a post waits for it (a slow Slack). */
  gate: Promise<void> | undefined;
  inFlight = 0;
  private posting: (() => void) | undefined;
  /** Resolves when the next post reaches Slack and is waiting on the gate. */
  nextPostInFlight(): Promise<void> {
    return new Promise((resolve) => {
      this.posting = resolve;
    });
  }
  async post(reminder: Reminder) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.inFlight += 1;
    this.posting?.();
    this.posting = undefined;
    await this.gate;
    this.inFlight -= 1;
    const ts = `${this.posts.length + 1}.000`;
    this.posts.push({
      id: reminder.id,
      occurrence: `${reminder.id}:${reminder.nextDueAt}`,
      channel: reminder.channelId,
      at: Date.now(),
      ts,
    });
    const late = this.failuresAfterPosting.shift();
    if (late) throw late;
    return { ts };
  }
  async findPosted(reminder: Reminder) {
    const occurrence = `${reminder.id}:${reminder.nextDueAt}`;
    this.lookups.push(occurrence);
    const failure = this.lookupFailures.shift();
    if (failure) throw failure;
    const post = this.posts.find((candidate) => candidate.occurrence === occurrence);
    return post ? { ts: post.ts } : null;
  }
  async notifyPaused(reminder: Reminder, reason: string) {
    const failure = this.noticeFailures.shift();
    if (failure) throw failure;
    this.paused.push({ id: reminder.id, reason });
  }
  countFor(id: string) {
    return this.posts.filter((post) => post.id === id).length;
  }
}
