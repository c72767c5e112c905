import { ROLE_IDS, STAGE_IDS, type StageId } from '../playbook/ids.js';
import type { Playbook } from '../playbook/schema.js';
import type { SharedSeat } from './company-plan.js';
import type { AssessedTeam } from './plan-hiring.js';

/**
 * Seats better filled once for several teams. The playbook's top stage runs data engineering and MLOps as
 * platform seats ("Core, platform": a platform team other teams build on) and security, compliance and
 * governance as a dedicated function. So where two or more teams past the pilot need the same one of these
 * seats now, one shared platform or function beats a hire in each; and where another team already has people
 * in the seat to spare, or runs it as a platform, those people can serve the teams that lack it.
 *
 * Sizing is our rule of thumb, not the playbook's (see `sharedSize`), and never more than the teams would hire
 * on their own.
 */
export function findSharedSeats(teams: readonly AssessedTeam[], playbook: Playbook): SharedSeat[] {
  const top = STAGE_IDS[STAGE_IDS.length - 1] as StageId;
  const shared: SharedSeat[] = [];
  for (const role of ROLE_IDS) {
    const levelId = playbook.roles[role].seats[top];
    const level = playbook.levels[levelId];
    if (!level?.servesTeams) continue;
    const lacking = teams.filter(
      (team) =>
        STAGE_IDS.indexOf(team.assessment.headcount.judgedAgainst) > 0 && team.seat(role).toFill.now > 0,
    );
    const servedBy = teams
      .filter((team) => !lacking.includes(team) && team.seat(role).total > 0)
      .map((team) => {
        const row = team.seat(role);
        const needs = Math.max(row.now.minCount, row.next?.minCount ?? 0, row.total > 0 ? 1 : 0);
        const spare = Math.max(0, row.total - needs);
        // A team at the top stage already running the seat as a platform or function is built to serve others.
        const runsIt =
          team.assessment.stage.id === top && row.total >= row.now.minCount && row.status !== 'premature';
        return { team, people: row.total, spare, runsIt };
      })
      .filter((holder) => holder.spare > 0 || holder.runsIt);
    if (lacking.length === 0 || (lacking.length < 2 && servedBy.length === 0)) continue;
    const perTeamPeople = lacking.reduce((sum, team) => sum + team.seat(role).toFill.now, 0);
    const spare = servedBy.reduce((sum, holder) => sum + holder.spare, 0);
    // People already in the seat on teams short of it join the shared one and count towards its size.
    const already = lacking.length >= 2 ? lacking.reduce((sum, team) => sum + team.seat(role).total, 0) : 0;
    const size = sharedSize(lacking.length, servedBy.length > 0, perTeamPeople, level.minCount);
    const toAdd = Math.min(perTeamPeople, Math.max(0, size - spare - already));
    shared.push({
      kind: level.servesTeams,
      role,
      roleName: playbook.roles[role].name,
      shortName: playbook.roles[role].shortName,
      levelLabel: level.label,
      levelStageName: playbook.stages[top].name,
      lacking: lacking.map((team) => ({
        teamId: team.record.id,
        people: team.seat(role).toFill.now,
        has: team.seat(role).total,
      })),
      servedBy: servedBy.map((holder) => ({
        teamId: holder.team.record.id,
        people: holder.people,
        spare: holder.spare,
      })),
      perTeamPeople,
      toAdd,
    });
  }
  return shared;
}

/**
 * People a shared seat needs for the teams that lack it: about one for every two teams it serves. A new one
 * starts at the platform level's own minimum (two, so it has cover); one built around a team that already
 * runs it has that cover, and the serving teams' spare people come off the count. One team served by another
 * team's spare people needs what it would have hired.
 */
function sharedSize(teams: number, builtAround: boolean, perTeamPeople: number, minCount = 1): number {
  if (teams < 2) return perTeamPeople;
  const perTwoTeams = Math.ceil(teams / 2);
  return builtAround ? perTwoTeams : Math.max(minCount, perTwoTeams);
}
