import type { ModalView } from '@slack/types';
import { countNoun } from '../../advisor/index.js';
import { context, plain, section } from './text.js';

export const FORGET_CALLBACK_ID = 'forget_confirm';
export const FORGET_ME_CALLBACK_ID = 'forget_me_confirm';

/** What `/aiteam forget me` would delete for one person in one workspace. */
export interface PersonCounts {
  assessments: number;
  conversations: number;
  reminders: number;
}

/**
 * `/aiteam forget me`: says first what will go (the assessments they submitted, wherever, the reminders they
 * set, their App Home picture, the files the bot sent to their DMs) and what stays, and asks before anything
 * does.
 */
export function forgetMeConfirmView(counts: PersonCounts): ModalView {
  const where = countNoun(counts.conversations, 'conversation');
  return {
    type: 'modal',
    callback_id: FORGET_ME_CALLBACK_ID,
    title: plain('Forget what I wrote'),
    submit: plain('Delete'),
    close: plain('Keep'),
    blocks: [
      section(
        `Delete what you added to the advisor in this workspace: ${countNoun(counts.assessments, 'assessment')} you submitted (in ${where}, with their answers; your user id goes with them from every channel's history and plan), ${countNoun(counts.reminders, 'reminder')} you set, the plan picture on your App Home, and the files the bot sent to your DMs (plan pictures and exports)? This cannot be undone.`,
      ),
      context(
        'To keep a copy of all this first, run `/aiteam export me` and download its files: they are deleted too. Messages already posted stay in Slack; assessments others submitted stay.',
      ),
    ],
  };
}

export function forgottenMeView(deleted: { assessments: number; reminders: number }): ModalView {
  return {
    type: 'modal',
    title: plain('Forgotten'),
    close: plain('Done'),
    blocks: [
      section(
        `Deleted ${countNoun(deleted.assessments, 'assessment')} you submitted and ${countNoun(deleted.reminders, 'reminder')} you set.`,
      ),
    ],
  };
}

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
      context(
        "Every hiring plan picture of this workspace goes too, in DMs and on App Home (it may show this channel's team; the next plan draws a new one), and the files of this channel's exports. Messages already posted in the channel stay; Slack keeps those.",
      ),
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
