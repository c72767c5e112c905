import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { deliverPlan, tellByDm } from '../../plan/deliver-plan.js';
import { renderPlanPicture } from '../../plan/plan-picture.js';
import type { Services } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** "Send me the full plan" on App Home: the whole plan by DM, as `/aiteam plan` sends it. */
export function planByDm(services: Services) {
  const planServices = { ...services, renderPicture: services.renderPlanPicture ?? renderPlanPicture };
  return async ({ ack, body, client, context }: Args): Promise<void> => {
    await ack();
    const workspaceId = context.teamId ?? body.team?.id ?? body.user.team_id ?? '';
    await deliverPlan(
      'plan',
      client,
      { workspaceId, userId: body.user.id },
      planServices,
      tellByDm(client, body.user.id),
      context,
    );
  };
}
