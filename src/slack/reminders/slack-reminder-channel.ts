import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Playbook } from '../../advisor/index.js';
import type { Reminder } from '../../reminders/reminder-store.js';
import type { ReminderChannel } from '../../reminders/scheduler.js';
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

/** Slack's clock and ours may differ; the history looked through starts this much before the attempt. */
const CLOCK_SLACK_MS = 5 * 60_000;
/** History pages looked through (200 messages each): a reminder's channel rarely sees more in minutes. */
const HISTORY_PAGES = 5;

/**
 * Posts reminders through the Web API and classifies what fails (see deliveryFailure). The clients given
 * must not retry a post on their own nor wait out a 429 (webClientOptions 'posting'): a retried post whose
 * first request reached Slack posts twice, and a 429 is rescheduled by the scheduler instead of holding the
 * lease.
 */
export class SlackReminderChannel implements ReminderChannel {
  constructor(
    private readonly clients: WorkspaceClients,
    private readonly assessments: AssessmentStore,
    private readonly playbook: Playbook,
    private readonly logger?: Logger,
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
   * Looks through the channel's messages since the attempt began for one carrying this occurrence's
   * metadata. Without the history scopes (an install older than them) it cannot look: it says so in the
   * log and answers "not there", so the reminder is posted (perhaps twice) rather than lost.
   */
  async findPosted(reminder: Reminder, since: number): Promise<{ ts: string } | null> {
    let client: webApi.WebClient;
    try {
      client = await this.clients.forWorkspace(reminder.workspaceId, reminder.enterpriseId);
    } catch (error) {
      throw beforePosting(error);
    }
    const wanted = occurrenceId(reminder);
    const oldest = (Math.max(0, since - CLOCK_SLACK_MS) / 1000).toFixed(6);
    let cursor: string | undefined;
    try {
      for (let page = 0; page < HISTORY_PAGES; page += 1) {
        const result = await client.conversations.history({
          channel: reminder.channelId,
          oldest,
          limit: 200,
          include_all_metadata: true,
          ...(cursor ? { cursor } : {}),
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
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!cursor) return null;
      }
      return null;
    } catch (error) {
      if (slackErrorCode(error) === 'missing_scope') {
        this.logger?.warn(
          { reminder: reminder.id, channel: reminder.channelId, error: 'missing_scope' },
          'cannot check whether an earlier attempt posted (reinstall to grant channels:history, groups:history); posting',
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
