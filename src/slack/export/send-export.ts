import type { webApi } from '@slack/bolt';
import { countNoun } from '../../advisor/index.js';
import type { Clock } from '../../clock.js';
import type { ReminderStore } from '../../reminders/reminder-store.js';
import type { AssessmentStore } from '../../storage/assessment-store.js';
import type { DmFileStore } from '../../storage/dm-file-store.js';
import type { HomePictureStore } from '../../storage/home-picture-store.js';
import type { DmFiles } from '../dm-files.js';
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
  request: { workspaceId: string; channelId: string; userId: string; enterpriseId: string | null },
  services: { store: AssessmentStore; reminders: ReminderStore; clock: Clock; dmFiles: DmFiles },
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
    request,
    exportText(request.channelId, assessments.length, reminders.length),
    files,
    services.dmFiles,
  );
}

/** What the DM of `/aiteam export me` says it carries. */
export function personExportText(assessments: number, reminders: number): string {
  return `Your export of what you added in this workspace, all that \`/aiteam forget me\` deletes: ${countNoun(assessments, 'assessment')} you submitted and ${countNoun(reminders, 'reminder')} you set, with the ids of the files the bot made for you (plan pictures, exports).`;
}

/**
 * `/aiteam export me`: what one person added in a workspace, wherever (the assessments they submitted, the
 * reminders they set in any status, the file ids of their App Home pictures and of the files the bot sent
 * to their DM), by DM as the same files.
 */
export async function sendPersonExport(
  client: webApi.WebClient,
  request: { workspaceId: string; userId: string; enterpriseId: string | null },
  services: {
    store: AssessmentStore;
    reminders: ReminderStore;
    homePictures: HomePictureStore;
    dmFileStore: DmFileStore;
    clock: Clock;
    dmFiles: DmFiles;
  },
): Promise<void> {
  const [assessments, reminders, homePictureFiles, dmFiles] = await Promise.all([
    services.store.recentByUser(request.workspaceId, request.userId, EXPORT_LIMIT),
    services.reminders.allForCreator(request.workspaceId, request.userId),
    services.homePictures.filesOfUser(request.workspaceId, request.userId),
    services.dmFileStore.filesOfUser(request.workspaceId, request.userId),
  ]);
  const files = dataExport(
    { userId: request.userId, homePictureFiles, dmFiles },
    assessments,
    reminders,
    services.clock.now(),
  );
  await sendFilesByDm(
    client,
    { workspaceId: request.workspaceId, userId: request.userId, enterpriseId: request.enterpriseId },
    personExportText(assessments.length, reminders.length),
    files,
    services.dmFiles,
  );
}
