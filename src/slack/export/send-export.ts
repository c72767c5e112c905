import type { webApi } from '@slack/bolt';
import { countNoun } from '../../advisor/index.js';
import type { Clock } from '../../clock.js';
import type { ReminderStore } from '../../reminders/reminder-store.js';
import type { AssessmentStore } from '../../storage/assessment-store.js';
import type { HomePictureStore } from '../../storage/home-picture-store.js';
import { channelExport, dataExport } from './channel-export.js';
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

/** What the DM of `/aiteam export me` says it carries. */
export function personExportText(assessments: number, reminders: number): string {
  return `Your export of what you added in this workspace, all that \`/aiteam forget me\` deletes: ${countNoun(assessments, 'assessment')} you submitted and ${countNoun(reminders, 'reminder')} you set, with the plan pictures of your App Home.`;
}

/**
 * `/aiteam export me`: what one person added in a workspace, wherever (the assessments they submitted, the
 * reminders they set in any status, their App Home pictures' file ids), by DM as the same files.
 */
export async function sendPersonExport(
  client: webApi.WebClient,
  request: { workspaceId: string; userId: string },
  services: {
    store: AssessmentStore;
    reminders: ReminderStore;
    homePictures: HomePictureStore;
    clock: Clock;
  },
): Promise<void> {
  const [assessments, reminders, homePictureFiles] = await Promise.all([
    services.store.recentByUser(request.workspaceId, request.userId, EXPORT_LIMIT),
    services.reminders.allForCreator(request.workspaceId, request.userId),
    services.homePictures.filesOfUser(request.workspaceId, request.userId),
  ]);
  const files = dataExport(
    { userId: request.userId, homePictureFiles },
    assessments,
    reminders,
    services.clock.now(),
  );
  await sendFilesByDm(client, request.userId, personExportText(assessments.length, reminders.length), files);
}
