import type { webApi } from '@slack/bolt';
import type { CompanyPlan, PlanTeam } from '../../advisor/index.js';
import { type PlanPicture, planPicture } from '../../render/plan-picture/index.js';

export type { PlanPicture };

/** Draws the plan's picture; Services may swap it (tests). */
export type PlanPictureRenderer = (
  plan: CompanyPlan,
  nameOf: (team: PlanTeam) => string,
) => Promise<PlanPicture>;

/** The picture renderer: teams by roles, resvg on its own thread pool (off the event loop). */
export const renderPlanPicture: PlanPictureRenderer = (plan, nameOf) => planPicture(plan, nameOf);

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
    // No alt text on the file itself: its limit there is not documented, and a refusal would lose the
    // picture. The image block that shows it carries the alt text (up to 2,000 characters, documented).
    ...(channelId ? { channel_id: channelId } : {}),
  })) as { files?: { files?: { id?: string }[] }[] };
  const fileId = result.files?.[0]?.files?.[0]?.id;
  if (!fileId) throw new Error('files.completeUploadExternal returned no file id');
  return { fileId, altText: picture.altText, png: picture.png };
}
