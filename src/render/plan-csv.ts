import {
  companySeatText,
  sharedSeatName,
  type TeamNamer,
  teamList,
  teamSeatsText,
  teamServesText,
} from '../advisor/company-plan/plan-wording.js';
import { type CompanyPlan, sharedSeatPeople, teamPeople, unrunSharedSeats } from '../advisor/index.js';
import { URGENCIES, type Urgency } from '../advisor/playbook/ids.js';
import { toCsv, UTF8_BOM } from './csv.js';

export interface PlanFile {
  filename: string;
  title: string;
  content: string;
}

/**
 * The plan as two spreadsheets: one row per team (with each seat's state, the one the picture draws), and one
 * row per step in the order to take them. Column names are stable identifiers; values are the plan's own (ids
 * for stages, states, severities and urgencies, so sorting and filtering work). A person is counted once: a
 * team's own seats in its row, a shared platform's or function's in the row of the team that runs it (and
 * in its step). A new shared platform or function that no
 * team runs has a row of its own after the teams (no rank, headcount 0, headcount_after its people), so
 * headcount_after sums to the plan's headcount after; one a team runs adds to that team's headcount_after.
 * Each file starts with a UTF-8 byte order mark, so Excel reads team names in any script.
 */
export function planCsvFiles(plan: CompanyPlan, nameOf: TeamNamer): PlanFile[] {
  const teamRows = plan.teams.map((team) => {
    // The team's own seats, by how they come in, plus the people of the shared seats it runs: a person is
    // counted once, in the row of the team they join, so the rows add up to the plan's totals.
    const people = teamPeople(plan, team);
    const fromShared = team.seats
      .filter((seat) => seat.action !== 'convert' && seat.shared)
      .reduce((sum, seat) => sum + seat.people, 0);
    return [
      String(team.rank),
      nameOf(team.id),
      team.channelId ?? team.source ?? '',
      team.stage,
      team.headingTo?.id ?? '',
      String(team.headcount.total),
      String(team.headcount.after),
      team.headcount.band.label,
      team.headcount.position,
      team.urgency,
      team.stallPoints.map((stall) => `${stall.id} (${stall.severity})`).join('; '),
      teamSeatsText(team, plan, nameOf),
      String(people.hires),
      String(people.contractors),
      String(people.upskilled),
      String(people.conversions),
      String(fromShared),
      teamServesText(team, nameOf) ?? '',
      String(team.ownersToName.length),
      ...team.cells,
      team.assessedAt,
      String(team.ageDays),
      team.stale ? 'yes' : 'no',
    ];
  });
  // A new shared platform or function no team runs is a row of its own, so headcount_after adds up to the
  // plan's headcount after, and its people are in its row, so the people columns add up to the totals.
  const sharedRows = unrunSharedSeats(plan).map((seat) => {
    const people = sharedSeatPeople(seat);
    return [
      '',
      `Shared ${sharedSeatName(seat)} (new)`,
      '',
      '',
      '',
      '0',
      String(seat.toAdd),
      '',
      '',
      mostUrgent(seat.lacking.map((team) => plan.teams.find((line) => line.id === team.teamId)?.urgency)),
      '',
      '',
      String(people.hires),
      String(people.contractors),
      String(people.upskilled),
      String(people.conversions),
      '0',
      `Serves ${teamList(seat.lacking.map((team) => nameOf(team.teamId)))}`,
      '0',
      ...plan.roles.map(() => ''),
      '',
      '',
      seat.lacking.some((team) => team.stale) ? 'yes' : 'no',
    ];
  });
  const seatRows = plan.seats.map((seat) => [
    String(seat.rank),
    seat.when,
    seat.role,
    seat.roleName,
    seat.shared ?? '',
    String(seat.people.hires),
    String(seat.people.contractors),
    String(seat.people.upskilled),
    String(seat.people.conversions),
    String(seat.lent),
    seat.severity ?? '',
    seat.urgency,
    seat.teams.map((team) => `${nameOf(team.teamId)}: ${team.people}`).join('; '),
    companySeatText(seat, plan, nameOf),
  ]);
  return [
    {
      filename: 'hiring-plan-teams.csv',
      title: 'Hiring plan: teams (CSV)',
      content: `${UTF8_BOM}${toCsv(
        [
          'rank',
          'team',
          'where',
          'stage',
          'heading_to',
          'headcount',
          'headcount_after',
          'band',
          'band_position',
          'urgency',
          'stall_points',
          'seats_to_fill',
          'hires',
          'contractors',
          'upskilled',
          'conversions',
          'people_from_shared_seats',
          'serves_other_teams',
          'owners_to_name',
          ...plan.roles.map((role) => `seat_${role.id}`),
          'assessed_at',
          'age_days',
          'stale',
        ],
        [...teamRows, ...sharedRows],
      )}`,
    },
    {
      filename: 'hiring-plan-seats.csv',
      title: 'Hiring plan: steps, in order (CSV)',
      content: `${UTF8_BOM}${toCsv(
        [
          'rank',
          'when',
          'role',
          'role_name',
          'shared',
          'hires',
          'contractors',
          'upskilled',
          'conversions',
          'from_other_teams_spare_people',
          'severity',
          'urgency',
          'teams',
          'step',
        ],
        seatRows,
      )}`,
    },
  ];
}

function mostUrgent(urgencies: readonly (Urgency | undefined)[]): Urgency {
  return URGENCIES.find((urgency) => urgencies.includes(urgency)) ?? 'no_rush';
}
