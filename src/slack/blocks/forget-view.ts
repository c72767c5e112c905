import type { ModalView } from '@slack/types';
import { countNoun } from '../../advisor/index.js';
import { context, plain, section } from './text.js';

export const FORGET_CALLBACK_ID = 'forget_confirm';

/** `/aiteam forget`: says exactly what will go, and asks before anything does. */
export function forgetConfirmView(
  channelId: string,
  counts: { assessments: number; reminders: number },
): ModalView {
  return {
    type: 'modal',
    callback_id: FORGET_CALLBACK_ID,
    title: plain('Forget this channel'),
    submit: plain('Delete'),
    close: plain('Keep'),
    private_metadata: JSON.stringify({ channelId }),
    blocks: [
      section(
        `Delete everything the advisor keeps for <#${channelId}>: ${countNoun(counts.assessments, 'assessment')} ` +
          `(with their answers and history) and ${countNoun(counts.reminders, 'reminder')}? This cannot be undone.`,
      ),
      context('Messages already posted in the channel stay; Slack keeps those.'),
    ],
  };
}

export function forgottenView(
  channelId: string,
  deleted: { assessments: number; reminders: number },
): ModalView {
  return {
    type: 'modal',
    title: plain('Forgotten'),
    close: plain('Done'),
    blocks: [
      section(
        `Deleted ${countNoun(deleted.assessments, 'assessment')} and ${countNoun(deleted.reminders, 'reminder')} for <#${channelId}>.`,
      ),
    ],
  };
}

export function forgetRefusedView(reason: string): ModalView {
  return { type: 'modal', title: plain('Not deleted'), close: plain('Close'), blocks: [section(reason)] };
}
