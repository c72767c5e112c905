import type { Action } from '../assessment.js';
import { ROLE_IDS, STAGE_IDS, type StageId } from '../playbook/ids.js';
import type { Playbook } from '../playbook/schema.js';
import type { SharedSeat } from './company-plan.js';
import type { AssessedTeam } from './plan-hiring.js';

/**
 * Seats better filled once for several teams. The playbook's top stage runs data engineering and MLOps as
 * platform seats ("Core, platform": a platform team other teams build on) and security, compliance and
 * governance as a dedicated function. So:
 * - where two or more teams past the pilot need people in the same one of these seats (now, or before a move
 *   to the next stage), one shared platform or function serves them instead of a hire in each, built around
 *   any team at their stage or beyond that has people to spare in it or already runs it as a platform;
 * - where one team needs it and such a team has the people to spare, they cover it; where such a team runs
 *   the seat as a platform, the one team joins it and the platform grows instead.
 * A team never leans on a team at an earlier stage than its own: a scale team does not borrow a production
 * team's MLOps engineer.
 */
export function findSharedSeats(teams: readonly AssessedTeam[], playbook: Playbook): SharedSeat[] {
  const top = STAGE_IDS[STAGE_IDS.length - 1] as StageId;
  const shared: SharedSeat[] = [];
  for (const role of ROLE_IDS) {
    const level = playbook.levels[playbook.roles[role].seats[top]];
    if (!level?.servesTeams) continue;
    const need = (team: AssessedTeam) => team.seat(role).toFill.now + team.seat(role).toFill.beforeNext;
    const lacking = teams.filter(
      (team) => STAGE_IDS.indexOf(team.assessment.headcount.judgedAgainst) > 0 && need(team) > 0,
    );
    if (lacking.length === 0) continue;
    const isLacking = new Set(lacking);
    const latestStage = Math.max(...lacking.map((team) => STAGE_IDS.indexOf(team.assessment.stage.id)));
    const servedBy = teams
      .filter(
        (team) =>
          !isLacking.has(team) &&
          team.seat(role).total > 0 &&
          // A pilot's people in these seats are ahead of its stage, not a platform to build on, even when
          // the pilot is heading for production.
          STAGE_IDS.indexOf(team.assessment.stage.id) > 0 &&
          STAGE_IDS.indexOf(team.assessment.stage.id) >= latestStage,
      )
      .map((team) => {
        const row = team.seat(role);
        // What the team itself needs in the seat: its stage's count, the next stage's if it is heading there.
        const heading = team.assessment.profile.headingToNext ? (row.next?.minCount ?? 0) : 0;
        const spare = Math.max(0, row.total - Math.max(row.now.minCount, heading, 1));
        const runsIt =
          team.assessment.stage.id === top && row.total >= row.now.minCount && row.status !== 'premature';
        return { team, people: row.total, spare, runsIt };
      })
      .filter((holder) => holder.spare > 0 || holder.runsIt);
    const perTeamPeople = lacking.reduce((sum, team) => sum + need(team), 0);
    const spare = servedBy.reduce((sum, holder) => sum + holder.spare, 0);

    let mode: SharedSeat['mode'];
    let lent: number;
    let toAdd: number;
    if (lacking.length >= 2) {
      mode = servedBy.length > 0 ? 'built_around' : 'new';
      const size = sharedSize(
        lacking.length,
        mode === 'built_around',
        playbook.rulesOfThumb.newSharedSeatPeople,
      );
      // The teams' own people in the seat stay with their teams: what they need is net of them already, and
      // only people other teams have to spare come off the shared seat's size.
      lent = Math.min(spare, size);
      toAdd = Math.min(perTeamPeople - lent, size - lent);
    } else if (spare >= perTeamPeople) {
      mode = 'lent';
      lent = perTeamPeople;
      toAdd = 0;
    } else if (servedBy.some((holder) => holder.runsIt)) {
      mode = 'built_around';
      lent = spare;
      toAdd = perTeamPeople - spare;
    } else {
      // Not enough to spare and no platform to join: the team fills its own seat.
      continue;
    }
    shared.push({
      kind: level.servesTeams,
      mode,
      role,
      roleName: playbook.roles[role].name,
      shortName: playbook.roles[role].shortName,
      levelLabel: level.label,
      levelStageName: playbook.stages[top].name,
      lacking: lacking.map((team) => ({
        teamId: team.record.id,
        people: need(team),
        now: team.seat(role).toFill.now,
        has: team.seat(role).total,
        stale: team.stale,
        timing: team.seat(role).toFill.now > 0 ? 'now' : 'before_next_stage',
      })),
      servedBy: servedBy.map((holder) => ({
        teamId: holder.team.record.id,
        people: holder.people,
        spare: holder.spare,
        stale: holder.team.stale,
      })),
      perTeamPeople,
      lent,
      toAdd,
      timing: lacking.some((team) => team.seat(role).toFill.now > 0) ? 'now' : 'before_next_stage',
      action: commonAction(lacking, role),
    });
  }
  return shared;
}

/**
 * People a shared seat needs, our rule of thumb rather than the playbook's (which gives platforms and functions
 * no size): about one for every two teams it serves. A new one starts at the playbook file's
 * `rulesOfThumb.newSharedSeatPeople` (two, so it has cover); one built around a team that already runs it has
 * that cover.
 */
function sharedSize(teams: number, builtAround: boolean, newSeatPeople: number): number {
  const perTwoTeams = Math.ceil(teams / 2);
  return builtAround ? perTwoTeams : Math.max(newSeatPeople, perTwoTeams);
}

/**
 * How to bring the shared seat's people in: augmented when any of the teams needs people within weeks (the
 * playbook's "augment for speed, specialist gaps like MLOps or data"); otherwise what the teams' own answers
 * say most for that seat.
 */
function commonAction(teams: readonly AssessedTeam[], role: string): Action {
  if (teams.some((team) => team.assessment.profile.urgency === 'weeks')) return 'augment';
  const votes = new Map<Action, number>();
  for (const team of teams) {
    for (const suggestion of team.assessment.suggestions) {
      if (suggestion.role !== role || suggestion.action === 'convert') continue;
      votes.set(suggestion.action, (votes.get(suggestion.action) ?? 0) + suggestion.people);
    }
  }
  // Ties go to the faster way in: augment, then hire, then build.
  const order: Action[] = ['augment', 'hire', 'build'];
  return order.reduce(
    (best, action) => ((votes.get(action) ?? 0) > (votes.get(best) ?? 0) ? action : best),
    'augment',
  );
}
