import type { webApi } from '@slack/bolt';
import type { Playbook, TeamProfile } from '../advisor/index.js';
import { questionnaireView } from './blocks/questionnaire-view.js';
import { encodeMetadata } from './questionnaire/submission.js';

/** Opens the questionnaire; call it right after ack(), since a trigger id lives three seconds. */
export async function openQuestionnaire(
  client: webApi.WebClient,
  triggerId: string,
  options: {
    playbook: Playbook;
    channelId?: string;
    prefill?: TeamProfile;
    /** The team was shown in the company plan last time. */
    prefillShared?: boolean;
    membersOnly?: boolean;
  },
): Promise<void> {
  await client.views.open({
    trigger_id: triggerId,
    view: questionnaireView({
      playbook: options.playbook,
      prefill: options.prefill,
      prefillShared: options.prefillShared,
      privateMetadata: encodeMetadata(
        options.channelId
          ? { channelId: options.channelId, ...(options.membersOnly ? { membersOnly: true as const } : {}) }
          : {},
      ),
      askForChannel: !options.channelId,
    }),
  });
}
