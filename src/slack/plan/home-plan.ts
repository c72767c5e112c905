import type { webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { homePlanBlocks, type PictureInMessage } from '../blocks/plan-messages.js';
import { describeFailure } from '../delivery/slack-error.js';
import type { PictureCache } from './picture-cache.js';
import { slackTeamNamer } from './plan-teams.js';
import { buildPlan, type PlanServices, pictureOf } from './send-plan.js';
import type { PlanRequest } from './visible-teams.js';

/**
 * App Home's hiring plan section for one person, with the picture uploaded once per plan (see PictureCache).
 * Built under the same plan slots as `/aiteam plan`. Empty when the plan cannot be made: Home opens without
 * it rather than not at all.
 */
export async function homePlanSection(
  client: webApi.WebClient,
  request: PlanRequest,
  services: PlanServices & { pictures: PictureCache },
  memberOf?: ReadonlySet<string>,
): Promise<KnownBlock[]> {
  try {
    const { plan, cutAt, unshared } = await buildPlan(client, request, services, memberOf);
    if (!plan) return homePlanBlocks(undefined, () => '', { kind: 'none' }, cutAt, unshared);
    const uploaded = await services.pictures.picture(
      `${request.workspaceId}/${request.userId}`,
      plan,
      client,
      () => pictureOf(client, plan, services),
    );
    const picture: PictureInMessage = uploaded
      ? { kind: 'shown', fileId: uploaded.fileId, altText: uploaded.altText }
      : { kind: 'failed' };
    return homePlanBlocks(plan, slackTeamNamer(plan), picture, cutAt, unshared);
  } catch (error) {
    services.logger.warn({ ...describeFailure(error) }, 'App Home opens without the hiring plan');
    return [];
  }
}
