import type { webApi } from '@slack/bolt';
import { countNoun } from '../../advisor/index.js';
import type { Clock } from '../../clock.js';
import type { ReminderStore } from '../../reminders/reminder-store.js';
import type { AssessmentStore } from '../../storage/assessment-store.js';
import { channelExport } from './channel-export.js';
import { sendFilesByDm } from './send-files-by-dm.js';

/** The most assessments one export carries (newest first); far more than a channel makes in years. */
const EXPORT_LIMIT = 10_000;

/** What the export's DM says it carries. */
export function exportText(channelId: string, assessments: number, reminders: number): string {
  return `Your export of <#${channelId}>: ${countNoun(assessments, 'assessment')} and ${countNoun(reminders, 'reminder')}.`;
}

/**
 * Sends a channel's data to the person who asked, by DM: a message saying what it is, and the files shared in
 * that DM (files.getUploadURLExternal / files.completeUploadExternal, through the client's filesUploadV2).
 */
export async function sendExport(
  client: webApi.WebClient,
  request: { workspaceId: string; channelId: string; userId: string },
  services: { store: AssessmentStore; reminders: ReminderStore; clock: Clock },
): Promise<void> {
  const assessments = await services.store.channelHistory(
    request.workspaceId,
    request.channelId,
    EXPORT_LIMIT,
  );
  const reminders = await services.reminders.allForChannel(request.workspaceId, request.channelId);
  const files = channelExport(request.channelId, assessments, reminders, services.clock.now());
  await sendFilesByDm(
    client,
    request.userId,
    exportText(request.channelId, assessments.length, reminders.length),
    files,
  );
}
