import type { webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { homePlanBlocks, type PictureInMessage } from '../blocks/plan-messages.js';
import { describeFailure } from '../delivery/slack-error.js';
import { type PictureCache, pictureKey } from './picture-cache.js';
import { planHash } from './plan-hash.js';
import { slackTeamNamer } from './plan-teams.js';
import { makePlan, type PlanServices, pictureOf, uploadDrawn, withPicture } from './send-plan.js';
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
  enterpriseId: string | null = null,
): Promise<KnownBlock[]> {
  const owner = { workspaceId: request.workspaceId, userId: request.userId, enterpriseId };
  const key = pictureKey(owner);
  try {
    const made = await makePlan(client, request, services, 'home', {
      memberOf,
      // A big plan is made in a worker thread, which draws the picture only if Home does not show it yet.
      pictureShownFor: services.pictures.hashFor(key),
    });
    if (made.kind === 'none') {
      return homePlanBlocks(undefined, () => '', { kind: 'none' }, made.cutAt, made.unshared);
    }
    if (made.kind === 'worker') {
      const { result } = made;
      const { blocks, hash } = result.home ?? { blocks: '[]', hash: '' };
      const uploaded = await services.pictures.picture(owner, hash, client, () =>
        uploadDrawn(client, result.picture, services.logger),
      );
      return withPicture({ blocks: JSON.parse(blocks) as KnownBlock[] }, uploaded).blocks;
    }
    const { plan, cutAt, unshared } = made.built;
    const uploaded = await services.pictures.picture(owner, planHash(plan), client, () =>
      pictureOf(client, plan, services),
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
