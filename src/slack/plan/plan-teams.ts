import type { CompanyPlan, PlanTeam, TeamOnRecord, TeamProfile } from '../../advisor/index.js';
import type { AssessmentRecord, StoredAnswers } from '../../storage/assessment-store.js';
import { teamKey } from '../../storage/assessment-store.js';
import { escapeUserText } from '../blocks/escape.js';
import { isDirectMessage, visibleTo } from '../membership.js';

/** A team's id in the plan: its channel and its name as the store recognises it (see `teamKey`). */
export function planTeamId(record: Pick<AssessmentRecord, 'channelId' | 'teamName'>): string {
  return `${record.channelId}/${teamKey(record.teamName)}`;
}

/**
 * Each stored team's latest answers, as the plan reads them, newest first as given. The store tells teams
 * apart by SQL's lower(), which folds ASCII letters only ("ÉQUIPE" and "équipe" are two teams to it), while
 * a plan id folds every letter (`teamKey`): two records with one id are one team, and the newer one stands.
 * Only the answers kept are parsed.
 */
export function teamsOnRecord(records: readonly StoredAnswers[]): TeamOnRecord[] {
  const newest = new Map<string, StoredAnswers>();
  for (const record of records) {
    const id = planTeamId(record);
    const kept = newest.get(id);
    if (!kept || record.createdAt > kept.createdAt) newest.set(id, record);
  }
  return [...newest].map(([id, record]) => ({
    id,
    profile: JSON.parse(record.profileJson) as TeamProfile,
    channelId: record.channelId,
    source: null,
    assessedAt: new Date(record.createdAt),
  }));
}

/**
 * A team in Slack text: its name as typed, escaped (no ping, no link), bold, with the channel it was assessed
 * in as a channel link that each reader's client names.
 */
export function slackTeamNamer(plan: CompanyPlan): (teamId: string) => string {
  const byId = new Map(plan.teams.map((team) => [team.id, team]));
  return (teamId) => {
    const team = byId.get(teamId);
    const name = team?.name ? escapeUserText(team.name) : 'Unnamed team';
    if (!team?.channelId) return `*${name}*`;
    // A direct message has no name a channel link could show.
    return isDirectMessage(team.channelId)
      ? `*${name}* (in a direct message)`
      : `*${name}* (<#${team.channelId}>)`;
  };
}

/**
 * A team in plain text (the picture, the files): its name, or "Unnamed team"; a name used by teams in more
 * than one channel gets its channel id, so the rows can be told apart. Plain text is never parsed by Slack.
 */
export function plainTeamNamer(plan: CompanyPlan): (teamId: string) => string {
  const uses = new Map<string, number>();
  for (const team of plan.teams) uses.set(baseName(team), (uses.get(baseName(team)) ?? 0) + 1);
  const byId = new Map(plan.teams.map((team) => [team.id, team]));
  return (teamId) => {
    const team = byId.get(teamId);
    if (!team) return teamId;
    const name = baseName(team);
    return (uses.get(name) ?? 0) > 1 && team.channelId ? `${name} (${team.channelId})` : name;
  };
}

function baseName(team: PlanTeam): string {
  return team.name ?? 'Unnamed team';
}

/**
 * Where the person may post a team's re-assessment: a channel they are a member of, or a direct message
 * (the plan shows a DM's teams only to the person who assessed them, in their own DM). An admin sees teams
 * of channels they are not in, and gets their lines without the button.
 */
export function reassessableBy(memberOf: ReadonlySet<string>): (team: PlanTeam) => boolean {
  return (team) => team.channelId !== null && visibleTo(team.channelId, memberOf);
}
