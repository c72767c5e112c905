import type { webApi } from '@slack/bolt';
import type { AssessmentStore, StoredAnswers } from '../../storage/assessment-store.js';
import { channelsOf, isDirectMessage, publicChannelsOf } from '../membership.js';
import { isAdmin } from '../reminders/permissions.js';

/**
 * The most teams one plan reads (each team's latest assessment, newest first). Far more than a company has;
 * it bounds one request's work. A plan that reached it says older teams were left out.
 */
export const PLAN_TEAM_LIMIT = 5_000;

export interface PlanRequest {
  workspaceId: string;
  userId: string;
  /** The org, for a workspace of an org-wide install: kept with the files sent, for an org-wide uninstall. */
  enterpriseId?: string | null;
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
  /** Teams of private channels the person is not in that did not share with the plan: a count, nothing more. */
  unshared: number;
}

/**
 * The latest assessment of every team the person may see in their workspace, as Slack shows conversations
 * (the store is asked for one workspace only, so never another's):
 * - a team assessed in a direct message: only the person who assessed it, admins included (the plan shows
 *   all of a team's answers, and a DM is nobody else's business, whoever else is in it);
 * - a channel the person is a member of now: shown (someone who left a channel no longer sees its teams);
 * - a channel that chose, when answering, to share its team with the company plan: shown to everyone;
 * - a public channel they are not in: shown to workspace admins and owners (who may read any public
 *   channel), not to others;
 * - a private channel they are not in, not shared: never shown, admins included (Slack hides a private
 *   channel from non-members), only counted in `unshared`.
 * Public or private is read from Slack when the plan is made (conversations.list), so a channel made
 * private since is private; a channel Slack does not list as public counts as private.
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
  if (records.length === 0) return { records, memberOf: new Set(), cutAt, unshared: 0 };
  const memberOf = options.memberOf ?? (await channelsOf(client, request.userId));
  const shown = new Set<StoredAnswers>();
  const outside: StoredAnswers[] = [];
  for (const record of records) {
    if (isDirectMessage(record.channelId)) {
      if (record.userId === request.userId) shown.add(record);
    } else if (memberOf.has(record.channelId) || record.sharedWithPlan) shown.add(record);
    else outside.push(record);
  }
  if (outside.length === 0) return { records: [...shown], memberOf, cutAt, unshared: 0 };
  // Only for teams of channels the person is not in, which is where public and private differ.
  const [admin, publicChannels] = await Promise.all([
    isAdmin(client, request.userId),
    publicChannelsOf(client),
  ]);
  let unshared = 0;
  for (const record of outside) {
    if (!publicChannels.has(record.channelId)) unshared += 1;
    else if (admin) shown.add(record);
  }
  return {
    // Newest first, as the store gave them.
    records: records.filter((record) => shown.has(record)),
    memberOf,
    cutAt,
    unshared,
  };
}
