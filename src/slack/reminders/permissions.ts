import type { webApi } from '@slack/bolt';
import type { Reminder, ReminderStore } from '../../reminders/reminder-store.js';
import type { AssessmentStore } from '../../storage/assessment-store.js';

/** Who may edit, stop or cancel a reminder: the person who set it, or a workspace admin or owner. */
export async function mayManage(
  client: webApi.WebClient,
  reminder: Reminder,
  userId: string,
): Promise<boolean> {
  if (reminder.createdBy === userId) return true;
  return isAdmin(client, userId);
}

/** A workspace admin or owner, from users.info; when Slack does not answer, no (and the refusal says who can). */
export async function isAdmin(client: webApi.WebClient, userId: string): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch {
    return false;
  }
}

export function refusal(reminder: Reminder): string {
  return `Only <@${reminder.createdBy}>, who set this reminder, or a workspace admin or owner can change or stop it. Anyone can snooze it.`;
}

/**
 * Who may forget a channel's data: a workspace admin or owner, or someone all of whose data it is (every
 * assessment asked and every reminder set by them). Otherwise one member could wipe everyone's history and
 * stop reminders they may not stop.
 */
export async function mayForget(
  client: webApi.WebClient,
  stores: { store: AssessmentStore; reminders: ReminderStore },
  where: { workspaceId: string; channelId: string },
  userId: string,
): Promise<boolean> {
  const [assessments, reminders] = await Promise.all([
    stores.store.channelHistory(where.workspaceId, where.channelId, 10_000),
    stores.reminders.allForChannel(where.workspaceId, where.channelId),
  ]);
  const allTheirs =
    assessments.every((record) => record.userId === userId) &&
    reminders.every((reminder) => reminder.createdBy === userId);
  return allTheirs || isAdmin(client, userId);
}

export const FORGET_REFUSAL =
  "Only a workspace admin or owner can forget this channel's data, because some of it was added by other people.";
