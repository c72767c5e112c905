import type { webApi } from '@slack/bolt';
import type { DmFileOwner } from '../../storage/dm-file-store.js';
import type { DmFiles } from '../dm-files.js';

export interface DmFile {
  filename: string;
  title: string;
  content: string;
}

/** Who gets an export: whose DM its files are in, and the channel a channel's export is of. */
export interface ExportRecipient extends DmFileOwner {
  channelId?: string;
}

/**
 * Sends files to a person by DM: a message saying what they are, then the files shared in that DM
 * (files.getUploadURLExternal / files.completeUploadExternal, through the client's filesUploadV2). Every
 * export uses it. The files are the bot's, which the person cannot delete: they are recorded (DmFiles), for
 * forget me and the rest to delete.
 */
export async function sendFilesByDm(
  client: webApi.WebClient,
  to: ExportRecipient,
  intro: string,
  files: readonly DmFile[],
  dmFiles: DmFiles,
): Promise<void> {
  const message = await client.chat.postMessage({ channel: to.userId, text: intro });
  if (!message.channel) throw new Error('chat.postMessage returned no channel for the DM');
  const result = (await client.filesUploadV2({
    channel_id: message.channel,
    file_uploads: files.map((file) => ({
      content: file.content,
      filename: file.filename,
      title: file.title,
    })),
  })) as { files?: { files?: { id?: string }[] }[] };
  const fileIds = (result.files ?? []).flatMap((completed) =>
    (completed.files ?? []).flatMap((file) => (file.id ? [file.id] : [])),
  );
  await dmFiles.recordExport(to, fileIds, client, to.channelId);
}
