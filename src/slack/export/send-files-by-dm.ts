import type { webApi } from '@slack/bolt';

export interface DmFile {
  filename: string;
  title: string;
  content: string;
}

/**
 * Sends files to a person by DM: a message saying what they are, then the files shared in that DM
 * (files.getUploadURLExternal / files.completeUploadExternal, through the client's filesUploadV2). Both
 * exports use it.
 */
export async function sendFilesByDm(
  client: webApi.WebClient,
  userId: string,
  intro: string,
  files: readonly DmFile[],
): Promise<void> {
  const message = await client.chat.postMessage({ channel: userId, text: intro });
  if (!message.channel) throw new Error('chat.postMessage returned no channel for the DM');
  await client.filesUploadV2({
    channel_id: message.channel,
    file_uploads: files.map((file) => ({
      content: file.content,
      filename: file.filename,
      title: file.title,
    })),
  });
}
