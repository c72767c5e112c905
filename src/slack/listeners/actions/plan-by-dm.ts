import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { withSupport } from '../../blocks/support.js';
import { deliverPlan, tellByDm } from '../../plan/deliver-plan.js';
import { planServicesOf } from '../../plan/plan-services.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

export const NO_WORKSPACE_TEXT =
  'Sorry, I could not tell which workspace this came from, so I cannot make your hiring plan. Please try `/aiteam plan` instead.';

/** "Send me the full plan" on App Home: the whole plan by DM, as `/aiteam plan` sends it. */
export function planByDm(services: Services) {
  const planServices = planServicesOf(services);
  return async ({ ack, body, client, context }: Args): Promise<void> => {
    await ack();
    const tell = tellByDm(client, body.user.id);
    const workspaceId = context.teamId ?? body.team?.id ?? body.user.team_id;
    if (!workspaceId) {
      // Without a workspace the store has no teams to give: the plan would wrongly say there are none.
      setOutcome(context, 'invalid_input');
      services.logger.warn({ user: body.user.id }, 'a plan request without a workspace id was refused');
      await tell(withSupport(NO_WORKSPACE_TEXT, services.support ?? {}));
      return;
    }
    // One plan per person at a time, whether asked here or with `/aiteam plan` (see PlansUnderway).
    const underway = planServices.underway.begin(workspaceId, body.user.id);
    if ('refused' in underway) {
      setOutcome(context, 'refused');
      await tell(underway.refused);
      return;
    }
    try {
      await deliverPlan(
        'plan',
        client,
        { workspaceId, userId: body.user.id, enterpriseId: context.enterpriseId ?? null },
        planServices,
        tell,
        context,
      );
    } finally {
      underway.end();
    }
  };
}
