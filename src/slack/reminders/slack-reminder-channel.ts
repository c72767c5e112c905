import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Playbook } from '../../advisor/index.js';
import type { Reminder, ReminderStore } from '../../reminders/reminder-store.js';
import { DeliveryError, type ReminderChannel } from '../../reminders/scheduler.js';
import type { AssessmentStore } from '../../storage/assessment-store.js';
import { reminderMessage, reminderPausedMessage } from '../blocks/reminder-messages.js';
import { slackErrorCode } from '../delivery/slack-error.js';
import type { WorkspaceClients } from '../workspace-clients.js';
import { beforePosting, deliveryFailure } from './delivery-failure.js';

/** The message metadata event type that marks a reminder post (Slack shows it to developers only). */
export const REMINDER_EVENT_TYPE = 'aiteam_reminder';

/** One occurrence of one reminder: what a post carries in its metadata, and what findPosted looks for. */
export function occurrenceId(reminder: Pick<Reminder, 'id' | 'nextDueAt'>): string {
  return `${reminder.id}:${reminder.nextDueAt}`;
}

/**
 * How a reminder whose earlier attempt may have reached Slack is checked before it is posted again:
 * `none` (the default, no history scope): it is posted again; `history` (the operator's opt-in, with the
 * channels:history and groups:history scopes): the channel's recent messages are read for it first.
 */
export type DuplicateCheck = 'none' | 'history';

/** Slack's clock and ours may differ; the history looked through starts this much before the attempt. */
const CLOCK_SLACK_MS = 5 * 60_000;
/**
 * Slack's limits on conversations.history for commercially distributed apps not in the Marketplace: one call
 * a minute per workspace, at most 15 messages a call. The check stays within them everywhere: the spacing is
 * claimed in the shared database, so all instances and all reminders together make at most one call per
 * workspace per spacing (a second beyond the minute, for instances' clocks that differ by up to that).
 */
export const HISTORY_MESSAGES = 15;
export const HISTORY_CALL_SPACING_MS = 61_000;

/** Who grants a workspace's history reads: the reminder store (shared by every instance), or this instance. */
export type HistoryReads = Pick<ReminderStore, 'claimHistoryRead'>;

/** One instance's own record of its reads: for a channel built without the shared store (tests, one process). */
export function instanceHistoryReads(): HistoryReads {
  const readAt = new Map<string, number>();
  return {
    async claimHistoryRead(workspaceId, now, spacingMs) {
      const last = readAt.get(workspaceId);
      if (last !== undefined && last + spacingMs > now) return last + spacingMs - now;
      readAt.set(workspaceId, now);
      return 0;
    },
  };
}

export class SlackReminderChannel implements ReminderChannel {
  constructor(
    private readonly clients: WorkspaceClients,
    private readonly assessments: AssessmentStore,
    private readonly playbook: Playbook,
    private readonly logger?: Logger,
    private readonly duplicateCheck: DuplicateCheck = 'none',
    private readonly historyReads: HistoryReads = instanceHistoryReads(),
  ) {}

  async post(reminder: Reminder): Promise<{ ts: string | null }> {
    let client: webApi.WebClient;
    let message: ReturnType<typeof reminderMessage>;
    try {
      const [latest] = await this.assessments.channelHistory(reminder.workspaceId, reminder.channelId, 1);
      message = reminderMessage(reminder, latest, this.playbook);
      client = await this.clients.forWorkspace(reminder.workspaceId, reminder.enterpriseId);
    } catch (error) {
      throw beforePosting(error);
    }
    try {
      const result = await client.chat.postMessage({
        channel: reminder.channelId,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        metadata: {
          event_type: REMINDER_EVENT_TYPE,
          event_payload: { occurrence_id: occurrenceId(reminder) },
        },
      });
      return { ts: result.ts ?? null };
    } catch (error) {
      throw deliveryFailure(error);
    }
  }

  /**
   * With the history check: looks through the channel's newest messages since the attempt (one call, at most
   * 15 messages, at most one call a minute per workspace across every instance; a call too soon after the
   * last waits as a 429 would, nothing posted) for one carrying this occurrence's metadata. Without it, or without
   * the history scopes, it cannot look: it says so in the log and answers "not there", so the reminder is
   * posted (perhaps twice) rather than lost.
   */
  async findPosted(reminder: Reminder, since: number): Promise<{ ts: string } | null> {
    if (this.duplicateCheck === 'none') {
      this.logger?.info(
        { reminder: reminder.id, channel: reminder.channelId },
        'an earlier attempt may have reached Slack; posting again (REMINDER_DUPLICATE_CHECK is none)',
      );
      return null;
    }
    let client: webApi.WebClient;
    try {
      client = await this.clients.forWorkspace(reminder.workspaceId, reminder.enterpriseId);
    } catch (error) {
      throw beforePosting(error);
    }
    let wait: number;
    try {
      wait = await this.historyReads.claimHistoryRead(
        reminder.workspaceId,
        Date.now(),
        HISTORY_CALL_SPACING_MS,
      );
    } catch (error) {
      throw beforePosting(error);
    }
    if (wait > 0) throw new DeliveryError('history_spacing', 'refused', wait);
    const wanted = occurrenceId(reminder);
    const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(6);
    try {
      const result = await client.conversations.history({
        channel: reminder.channelId,
        oldest: seconds(since - CLOCK_SLACK_MS),
        limit: HISTORY_MESSAGES,
        include_all_metadata: true,
      });
      for (const message of result.messages ?? []) {
        const metadata = message.metadata as
          | { event_type?: string; event_payload?: Record<string, unknown> }
          | undefined;
        if (
          message.ts &&
          metadata?.event_type === REMINDER_EVENT_TYPE &&
          metadata.event_payload?.occurrence_id === wanted
        ) {
          return { ts: message.ts };
        }
      }
      return null;
    } catch (error) {
      if (slackErrorCode(error) === 'missing_scope') {
        this.logger?.warn(
          { reminder: reminder.id, channel: reminder.channelId, error: 'missing_scope' },
          'cannot check whether an earlier attempt posted (REMINDER_DUPLICATE_CHECK=history needs channels:history, groups:history); posting',
        );
        return null;
      }
      throw deliveryFailure(error);
    }
  }

  async notifyPaused(reminder: Reminder, reason: string): Promise<void> {
    const message = reminderPausedMessage(reminder, reason);
    const client = await this.clients.forWorkspace(reminder.workspaceId, reminder.enterpriseId);
    await client.chat.postMessage({
      channel: reminder.createdBy,
      text: message.text,
      blocks: message.blocks,
    });
  }
}
