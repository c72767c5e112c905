import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { TeamProfile } from '../../../advisor/index.js';
import { AnswerSlots } from '../../acknowledgements-first.js';
import { type AnswerRequest, answerTeam, NotStoredError, submittedRequest } from '../../answer-team.js';
import { FIELD_BLOCKS } from '../../blocks/questionnaire-view.js';
import { withSupport } from '../../blocks/support.js';
import { IncompleteThreadError } from '../../delivery/post-answer.js';
import { describeFailure } from '../../delivery/slack-error.js';
import { isDirectMessage, mayAnswerIn } from '../../membership.js';
import { offerRetry } from '../../questionnaire/offer-retry.js';
import {
  channelFromState,
  decodeMetadata,
  postAsNewFromState,
  readAnswers,
  type StateValues,
  sharedFromState,
} from '../../questionnaire/submission.js';
import { type Services, setOutcome } from '../../services.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * The questionnaire's submit: every value is checked on the server with the advisor's schema (Slack's own
 * checks can be bypassed), and problems go back to their fields. Only a valid profile is answered.
 */
export function questionnaireSubmitted(services: Services) {
  const answers = new AnswerSlots();
  return async ({ ack, body, view, client, context }: Args): Promise<void> => {
    const values = view.state.values as unknown as StateValues;
    const metadata = decodeMetadata(view.private_metadata);
    const channelId = metadata.channelId ?? channelFromState(values);
    const { profile, errors } = readAnswers(values);
    if (!channelId) errors[FIELD_BLOCKS.channel] = 'Pick where to post the advice.';
    if (!profile || !channelId) {
      setOutcome(context, 'invalid_input');
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    // Assessing, storing and posting wait for a slot, and for requests that arrived meanwhile to be
    // acknowledged: acknowledgements are never starved by answers.
    const work = () =>
      answers.run(async () => {
        // Opened away from its conversation, or the conversation picked on the form (App Home): the answer
        // goes there only for a member of it.
        const pickedOnForm = !metadata.channelId;
        if (
          (metadata.membersOnly || pickedOnForm) &&
          !(await mayAnswer({ body, view, client, context }, channelId, pickedOnForm))
        ) {
          return;
        }
        await answer({ body, view, client, context }, channelId, profile, {
          sharedWithPlan: sharedFromState(values),
          ...(metadata.edits
            ? { edits: { teamName: metadata.edits.teamName, postAsNew: postAsNewFromState(values) } }
            : {}),
        });
      });
    const request = { channelId, userId: body.user.id, profile };
    await (services.unfinished
      ? services.unfinished.track(
          () => offerRetry(client, request, services.logger, 'cut_off', services.support),
          work,
        )
      : work());
  };

  /**
   * A questionnaire opened away from its conversation (Re-assess on a plan, Edit answers on a DM copy or on
   * App Home) answers there only for a member of it: anyone else is told, and nothing is stored or posted.
   */
  async function mayAnswer(
    { body, view, client, context }: Pick<Args, 'body' | 'view' | 'client' | 'context'>,
    channelId: string,
    pickedOnForm: boolean,
  ): Promise<boolean> {
    const workspaceId = body.team?.id ?? body.user.team_id ?? view.team_id;
    const userId = body.user.id;
    // Slack offers a person only their own direct messages to pick.
    if (pickedOnForm && isDirectMessage(channelId)) return true;
    const where = channelId.startsWith('D') ? 'that direct message' : `<#${channelId}>`;
    let refusal: string;
    try {
      if (await mayAnswerIn(client, services.store, { workspaceId, channelId, userId })) return true;
      setOutcome(context, 'refused');
      services.logger.warn(
        { channel: channelId, user: userId },
        'refused to answer in a conversation of others',
      );
      refusal = pickedOnForm
        ? `Sorry, I did not post this assessment in ${where}: you are not a member of that channel, and I answer only in channels the person asking is in. Your answers were not saved; join ${where}, or run \`/aiteam\` in a channel you are in.`
        : channelId.startsWith('D')
          ? `Sorry, I did not post this assessment in ${where}: only the person who assessed its team there can re-assess it. Your answers were not saved.`
          : `Sorry, I did not post this assessment in ${where}: you are not a member of that channel, and only its members can re-assess its teams. Your answers were not saved; a member of ${where} can re-assess it there.`;
    } catch (error) {
      setOutcome(context, 'failed');
      services.logger.error(
        { channel: channelId, user: userId, ...describeFailure(error) },
        'could not check that the person may answer there',
      );
      refusal = `Sorry, I could not check that you are a member of ${where}, so I did not post this assessment there. Your answers were not saved; please try again in a moment.`;
    }
    await client.chat
      .postMessage({ channel: userId, text: withSupport(refusal, services.support ?? {}) })
      .catch((dmError) =>
        services.logger.error(
          { user: userId, ...describeFailure(dmError) },
          'could not tell the user either',
        ),
      );
    return false;
  }

  async function answer(
    { body, client, context }: Pick<Args, 'body' | 'view' | 'client' | 'context'>,
    channelId: string,
    profile: TeamProfile,
    extra: Pick<AnswerRequest, 'sharedWithPlan' | 'edits'>,
  ): Promise<void> {
    const userId = body.user.id;
    try {
      const posted = await answerTeam(
        client,
        { ...submittedRequest(body, context, channelId, profile), ...extra },
        services,
      );
      if (posted.via === 'dm') setOutcome(context, 'answered_by_dm');
    } catch (error) {
      setOutcome(context, 'failed');
      if (error instanceof NotStoredError) {
        services.logger.error(
          { channel: channelId, user: userId, ...describeFailure(error.cause) },
          'could not store the answer; the person was offered to try again',
        );
        await offerRetry(
          client,
          { channelId, userId, profile },
          services.logger,
          'not_saved',
          services.support,
        );
        return;
      }
      const partial = error instanceof IncompleteThreadError;
      services.logger.error(
        { channel: channelId, user: userId, ...describeFailure(partial ? error.firstError : error) },
        partial ? 'could not deliver the whole answer' : 'could not deliver the answer',
      );
      await client.chat
        .postMessage({
          channel: userId,
          text: withSupport(
            partial
              ? `Sorry, part of your AI team assessment could not be posted or updated in its thread in <#${channelId}>. Your answers are saved; press *Edit answers* on it and submit again to get the whole answer.`
              : "Sorry, I couldn't post your AI team assessment. Your answers are saved; please try `/aiteam` again in a moment.",
            services.support ?? {},
          ),
        })
        .catch((dmError) =>
          services.logger.error(
            { user: userId, ...describeFailure(dmError) },
            'could not tell the user either',
          ),
        );
    }
  }
}
