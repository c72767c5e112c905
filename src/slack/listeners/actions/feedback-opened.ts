import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * **Send feedback** on App Home is a link: Slack opens the operator's support page or mail itself. Slack
 * still sends the press to the app, which only acknowledges it (unacknowledged, the person would see an
 * error mark on the button).
 */
export function feedbackOpened() {
  return async ({ ack }: Args): Promise<void> => {
    await ack();
  };
}
