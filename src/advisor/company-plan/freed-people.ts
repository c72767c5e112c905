import type { Action } from '../assessment.js';
import { type RoleId, URGENCIES } from '../playbook/ids.js';
import type { Playbook } from '../playbook/schema.js';
import type { SharedSeat } from './company-plan.js';
import type { AssessedTeam } from './plan-hiring.js';
import { seatNaming } from './shared-seats.js';
import { earliest, whenNeeded } from './when.js';

const byName = (a: AssessedTeam, b: AssessedTeam) =>
  (a.record.profile.name ?? '').localeCompare(b.record.profile.name ?? '') ||
  a.record.id.localeCompare(b.record.id);

/**
 * People a team frees to make room (its own answer's `plan.makeRoom`, when its additions take it past its
 * band) move to sister teams whose own answers hire or augment the same role, before anyone new comes in.
 * A team's seat is covered only whole (every person its own answer adds to it), by one or more freeing teams;
 * the most pressing teams are covered first (urgency, then a seat for the stage the team is at before one for
 * its move, then by name). Seats a shared platform or function already fills (`taken`, by `role/teamId`) are
 * left to it, and people a pilot already lends part-time to a sister pilot (`partTime`) are not freed twice: a
 * person is placed once. Each move is a seat of kind `moved`, mode `lent`: no one to add.
 */
export function freedPeopleSeats(
  teams: readonly AssessedTeam[],
  playbook: Playbook,
  taken: ReadonlySet<string>,
  partTime: readonly SharedSeat[] = [],
): SharedSeat[] {
  // People already lent part-time, by `teamId/role` of the lender's seat.
  const lentAlready = new Map<string, number>();
  for (const seat of partTime) {
    if (seat.kind !== 'part_time') continue;
    for (const lender of seat.servedBy) {
      const key = `${lender.teamId}/${lender.role}`;
      lentAlready.set(key, (lentAlready.get(key) ?? 0) + lender.spare);
    }
  }
  // The freed people, by role: each freeing team and how many it has left to place.
  const freed = new Map<RoleId, { team: AssessedTeam; left: number }[]>();
  for (const team of [...teams].sort(byName)) {
    // A stale team's additions wait for its re-assessment, and so does the room it would make for them.
    if (!team.assessment.plan.pastBand || team.stale) continue;
    for (const place of team.assessment.plan.makeRoom) {
      const left = place.people - (lentAlready.get(`${team.record.id}/${place.role}`) ?? 0);
      if (left <= 0) continue;
      freed.set(place.role, [...(freed.get(place.role) ?? []), { team, left }]);
    }
  }
  if (freed.size === 0) return [];

  const wants = teams.flatMap((team) =>
    [...freed.keys()].flatMap((role) => {
      if (team.stale || taken.has(`${role}/${team.record.id}`)) return [];
      const own = team.assessment.suggestions.filter(
        (suggestion) => suggestion.role === role && suggestion.action !== 'convert',
      );
      // Only new people are replaced: a seat the team upskills into is filled from within already.
      if (own.length === 0 || own.some((suggestion) => suggestion.action === 'build')) return [];
      const people = own.reduce((sum, suggestion) => sum + suggestion.people, 0);
      const now = own.filter((s) => s.timing === 'now').reduce((sum, s) => sum + s.people, 0);
      return [{ team, role, own, people, now }];
    }),
  );
  wants.sort(
    (a, b) =>
      URGENCIES.indexOf(a.team.record.profile.urgency) - URGENCIES.indexOf(b.team.record.profile.urgency) ||
      Number(a.now === 0) - Number(b.now === 0) ||
      byName(a.team, b.team) ||
      a.role.localeCompare(b.role),
  );

  const seats: SharedSeat[] = [];
  for (const want of wants) {
    const givers = (freed.get(want.role) ?? []).filter((giver) => giver.team !== want.team && giver.left > 0);
    if (givers.reduce((sum, giver) => sum + giver.left, 0) < want.people) continue;
    let needed = want.people;
    const servedBy: SharedSeat['servedBy'] = [];
    for (const giver of givers) {
      if (needed === 0) break;
      const moved = Math.min(giver.left, needed);
      giver.left -= moved;
      needed -= moved;
      servedBy.push({
        teamId: giver.team.record.id,
        // The freed people come from the same seat they fill.
        role: want.role,
        shortName: giver.team.seat(want.role).shortName,
        people: giver.team.seat(want.role).total,
        spare: moved,
        stale: giver.team.stale,
      });
    }
    const { team, role } = want;
    const row = team.seat(role);
    const urgency = team.record.profile.urgency;
    const timing = want.now > 0 ? 'now' : 'before_next_stage';
    const stage = team.assessment.stage.id;
    seats.push({
      kind: 'moved',
      mode: 'lent',
      role,
      ...seatNaming(playbook, role, stage),
      lacking: [
        {
          teamId: team.record.id,
          people: want.people,
          now: want.now,
          has: row.total,
          stale: team.stale,
          timing,
          when: whenNeeded(timing, urgency),
          ownAction: (want.own[0]?.action ?? 'hire') satisfies Action,
        },
      ],
      runBy: null,
      heldBy: [],
      servedBy,
      perTeamPeople: want.people,
      lent: want.people,
      toAdd: 0,
      timing,
      when: earliest(want.own.map((suggestion) => whenNeeded(suggestion.timing, urgency))),
      action: 'none',
      bridge: null,
    });
  }
  return seats;
}
