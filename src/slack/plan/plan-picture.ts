import type { webApi } from '@slack/bolt';
import type { CompanyPlan, PlanTeam } from '../../advisor/index.js';

/** What the picture renderer gives: a PNG and words for those who cannot see it. */
export interface PlanPicture {
  png: Uint8Array;
  altText: string;
  width: number;
  height: number;
  /** How many teams it shows (a very large plan shows the most pressing ones). */
  shownTeams: number;
}

export type PlanPictureRenderer = (
  plan: CompanyPlan,
  nameOf: (team: PlanTeam) => string,
) => Promise<PlanPicture>;

/** Until the picture renderer is part of the build: the plan goes out without it, and says so. */
export const renderPlanPicture: PlanPictureRenderer = async () => {
  throw new Error('the plan picture renderer is not available');
};

/** A picture uploaded to Slack, to show with an image block by its file id. */
export interface UploadedPicture {
  fileId: string;
  altText: string;
  png: Uint8Array;
}

export const PICTURE_FILENAME = 'hiring-plan.png';

/**
 * Uploads the PNG without sharing it anywhere (files.getUploadURLExternal, the bytes, then
 * files.completeUploadExternal with no channel): the file is the bot's own, and a message the bot posts can
 * show it with an image block by id (Slack: the user posting the blocks must have access to the file).
 * `channelId` shares it into a conversation instead, as a file of its own.
 */
export async function uploadPicture(
  client: webApi.WebClient,
  picture: Pick<PlanPicture, 'png' | 'altText'>,
  channelId?: string,
): Promise<UploadedPicture> {
  const result = (await client.filesUploadV2({
    file: Buffer.from(picture.png),
    filename: PICTURE_FILENAME,
    title: 'Hiring plan',
    alt_text: picture.altText.slice(0, 1000),
    ...(channelId ? { channel_id: channelId } : {}),
  })) as { files?: { files?: { id?: string }[] }[] };
  const fileId = result.files?.[0]?.files?.[0]?.id;
  if (!fileId) throw new Error('files.completeUploadExternal returned no file id');
  return { fileId, altText: picture.altText, png: picture.png };
}
