import type { webApi } from '@slack/bolt';
import type { Reminder } from '../../reminders/reminder-store.js';

/** Who may edit, stop or cancel a reminder: the person who set it, or a workspace admin or owner. */
export async function mayManage(
  client: webApi.WebClient,
  reminder: Reminder,
  userId: string,
): Promise<boolean> {
  if (reminder.createdBy === userId) return true;
  const { user } = await client.users.info({ user: userId });
  return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
}

export function refusal(reminder: Reminder): string {
  return `Only <@${reminder.createdBy}>, who set this reminder, or a workspace admin or owner can change or stop it. Anyone can snooze it.`;
}
