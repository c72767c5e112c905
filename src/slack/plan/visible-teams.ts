import type { webApi } from '@slack/bolt';
import type { AssessmentRecord, AssessmentStore } from '../../storage/assessment-store.js';
import { channelsOf } from '../membership.js';
import { isAdmin } from '../reminders/permissions.js';

/**
 * The most teams one plan reads (each team's latest assessment, newest first). Far more than a company has;
 * it bounds one request's work.
 */
export const PLAN_TEAM_LIMIT = 5_000;

export interface PlanRequest {
  workspaceId: string;
  userId: string;
}

/**
 * The latest assessment of every team the person may see in their workspace (the store is asked for one
 * workspace only, so never another's). A workspace admin or owner sees every team. Anyone else sees the
 * teams assessed in channels they are a member of now (public or private; someone who left a channel no
 * longer sees its teams), and a team assessed in a direct message only if they assessed it themselves: the
 * plan shows all of a team's answers, and a DM is nobody else's business, whoever else is in it.
 *
 * `memberOf`, when the caller already has it (App Home), saves asking Slack again.
 */
export async function teamsVisibleTo(
  client: webApi.WebClient,
  store: AssessmentStore,
  request: PlanRequest,
  memberOf?: ReadonlySet<string>,
): Promise<AssessmentRecord[]> {
  const records = await store.latestPerTeam(request.workspaceId, PLAN_TEAM_LIMIT);
  if (records.length === 0) return records;
  if (await isAdmin(client, request.userId)) return records;
  const channels = memberOf ?? (await channelsOf(client, request.userId));
  return records.filter((record) =>
    record.channelId.startsWith('D') ? record.userId === request.userId : channels.has(record.channelId),
  );
}
