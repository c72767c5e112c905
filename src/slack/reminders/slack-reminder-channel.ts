import type { Playbook } from '../../advisor/index.js';
import type { Reminder } from '../../reminders/reminder-store.js';
import { DeliveryError, type ReminderChannel } from '../../reminders/scheduler.js';
import type { AssessmentStore } from '../../storage/assessment-store.js';
import { reminderMessage, reminderPausedMessage } from '../blocks/reminder-messages.js';
import { slackErrorCode } from '../delivery/slack-error.js';
import type { WorkspaceClients } from '../workspace-clients.js';

/** Slack errors after which posting to the channel can never succeed without someone acting. */
const PERMANENT = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'restricted_action',
  'account_inactive',
  'token_revoked',
  'invalid_auth',
  'missing_scope',
  'team_not_found',
]);

/** Posts reminders through the Web API (which waits out 429s itself) and classifies what fails. */
export class SlackReminderChannel implements ReminderChannel {
  constructor(
    private readonly clients: WorkspaceClients,
    private readonly assessments: AssessmentStore,
    private readonly playbook: Playbook,
  ) {}

  async post(reminder: Reminder): Promise<{ ts: string | null }> {
    const [latest] = await this.assessments.channelHistory(reminder.workspaceId, reminder.channelId, 1);
    const message = reminderMessage(reminder, latest, this.playbook);
    try {
      const client = await this.clients.forWorkspace(reminder.workspaceId, reminder.enterpriseId);
      const result = await client.chat.postMessage({
        channel: reminder.channelId,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
      });
      return { ts: result.ts ?? null };
    } catch (error) {
      const code = slackErrorCode(error);
      throw new DeliveryError(code ?? (error as Error).message, code !== undefined && PERMANENT.has(code));
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
