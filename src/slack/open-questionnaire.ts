import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Playbook, TeamProfile } from '../advisor/index.js';
import { questionnaireView } from './blocks/questionnaire-view.js';
import { describeFailure } from './delivery/slack-error.js';
import { isDirectMessage } from './membership.js';
import type { CanPostCache } from './questionnaire/can-post-cache.js';
import { postingNotice } from './questionnaire/posting-check.js';
import { encodeMetadata } from './questionnaire/submission.js';

export interface QuestionnaireRequest {
  playbook: Playbook;
  channelId?: string;
  prefill?: TeamProfile;
  /** The team was shown in the company plan last time. */
  prefillShared?: boolean;
  membersOnly?: boolean;
  /** Opened from an answer (Edit answers, Re-assess): the team it was for; its answer is updated in place. */
  edits?: { teamName?: string };
}

/** The modal Slack opened: enough to update it. */
export interface OpenedQuestionnaire {
  viewId: string;
  hash: string | undefined;
  request: QuestionnaireRequest;
}

function viewOf(request: QuestionnaireRequest, notice?: string) {
  return questionnaireView({
    playbook: request.playbook,
    prefill: request.prefill,
    prefillShared: request.prefillShared,
    privateMetadata: encodeMetadata(
      request.channelId
        ? {
            channelId: request.channelId,
            ...(request.membersOnly ? { membersOnly: true as const } : {}),
            ...(request.edits ? { edits: request.edits } : {}),
          }
        : {},
    ),
    askForChannel: !request.channelId,
    inDirectMessage: request.channelId !== undefined && isDirectMessage(request.channelId),
    editsAnswer: request.channelId !== undefined && request.edits !== undefined,
    notice,
  });
}

/** Opens the questionnaire; call it right after ack(), since a trigger id lives three seconds. */
export async function openQuestionnaire(
  client: webApi.WebClient,
  triggerId: string,
  request: QuestionnaireRequest,
): Promise<OpenedQuestionnaire | undefined> {
  const result = await client.views.open({ trigger_id: triggerId, view: viewOf(request) });
  return result.view?.id ? { viewId: result.view.id, hash: result.view.hash, request } : undefined;
}

/**
 * Once the form is open, asks Slack whether the bot can post where the answer will go and, if not, says so
 * at the top of the form (views.update keeps what the person typed meanwhile): before they fill it in, not
 * after. Never throws: at worst the form says nothing and the answer comes by DM as before.
 */
export async function warnIfCannotPost(
  client: webApi.WebClient,
  opened: OpenedQuestionnaire | undefined,
  asker: { userId: string; workspaceId: string },
  logger: Logger,
  cache?: CanPostCache,
): Promise<void> {
  const channelId = opened?.request.channelId;
  if (!opened || !channelId) return;
  try {
    const notice = await postingNotice(client, { channelId, ...asker, pickedOnForm: false }, cache);
    if (!notice) return;
    await client.views.update({
      view_id: opened.viewId,
      ...(opened.hash ? { hash: opened.hash } : {}),
      view: viewOf(opened.request, notice),
    });
  } catch (error) {
    logger.warn({ method: 'views.update', ...describeFailure(error) }, 'could not warn on the form');
  }
}
