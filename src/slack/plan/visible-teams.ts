import type { webApi } from '@slack/bolt';
import type { AssessmentStore, StoredAnswers } from '../../storage/assessment-store.js';
import { channelsOf, isDirectMessage } from '../membership.js';
import { isAdmin } from '../reminders/permissions.js';

/**
 * The most teams one plan reads (each team's latest assessment, newest first). Far more than a company has;
 * it bounds one request's work. A plan that reached it says older teams were left out.
 */
export const PLAN_TEAM_LIMIT = 5_000;

export interface PlanRequest {
  workspaceId: string;
  userId: string;
}

export interface VisibleTeams {
  /** Each team's latest answers, newest first, still as stored (see StoredAnswers). */
  records: StoredAnswers[];
  /** The channels the person is a member of (public and private): where they may post a re-assessment. */
  memberOf: ReadonlySet<string>;
  /**
   * The store gave as many teams as the plan reads: older ones may have been left out (the limit applies
   * before who-sees-what, so it holds for everyone). The limit when reached, else undefined.
   */
  cutAt: number | undefined;
}

/**
 * The latest assessment of every team the person may see in their workspace (the store is asked for one
 * workspace only, so never another's). A team assessed in a direct message is seen only by the person who
 * assessed it, admins included: the plan shows all of a team's answers, and a DM is nobody else's business,
 * whoever else is in it. A workspace admin or owner sees every team assessed in a public or private channel;
 * anyone else, the teams of the channels they are a member of now (someone who left a channel no longer sees
 * its teams).
 *
 * `memberOf`, when the caller already has it (App Home), saves asking Slack again. It is asked for admins
 * too: the plan offers Re-assess only where the person may post.
 */
export async function teamsVisibleTo(
  client: webApi.WebClient,
  store: AssessmentStore,
  request: PlanRequest,
  options: { memberOf?: ReadonlySet<string>; limit?: number } = {},
): Promise<VisibleTeams> {
  const limit = options.limit ?? PLAN_TEAM_LIMIT;
  const records = await store.latestAnswersPerTeam(request.workspaceId, limit);
  const cutAt = records.length >= limit ? limit : undefined;
  if (records.length === 0) return { records, memberOf: new Set(), cutAt };
  const [admin, memberOf] = await Promise.all([
    isAdmin(client, request.userId),
    options.memberOf ?? channelsOf(client, request.userId),
  ]);
  return {
    records: records.filter((record) =>
      isDirectMessage(record.channelId)
        ? record.userId === request.userId
        : admin || memberOf.has(record.channelId),
    ),
    memberOf,
    cutAt,
  };
}
