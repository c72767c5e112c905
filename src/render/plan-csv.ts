import { type TeamNamer, teamSeatsText } from '../advisor/company-plan/plan-wording.js';
import type { CompanyPlan } from '../advisor/index.js';
import { toCsv } from './csv.js';

export interface PlanFile {
  filename: string;
  title: string;
  content: string;
}

/**
 * The plan as two spreadsheets: one row per team, and one row per seat the company fills. Column names are
 * stable identifiers; values are the plan's own (ids for stages, severities and urgencies, so sorting and
 * filtering work).
 */
export function planCsvFiles(plan: CompanyPlan, nameOf: TeamNamer): PlanFile[] {
  const teamRows = plan.teams.map((team) => {
    // The team's own additions; seats a shared platform or another team's people fill are counted apart, as
    // the seats file counts the shared seat once.
    const adds = (timing: 'now' | 'before_next_stage') =>
      team.seats
        .filter((seat) => seat.action !== 'convert' && !seat.shared && seat.timing === timing)
        .reduce((sum, seat) => sum + seat.people, 0);
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
      team.headcount.band.label,
      team.headcount.position,
      team.topStall?.id ?? '',
      team.topStall?.severity ?? '',
      teamSeatsText(team),
      String(adds('now')),
      String(adds('before_next_stage')),
      String(fromShared),
      String(
        team.seats.filter((seat) => seat.action === 'convert').reduce((sum, seat) => sum + seat.people, 0),
      ),
      team.urgency,
      team.assessedAt,
      String(team.ageDays),
      team.stale ? 'yes' : 'no',
    ];
  });
  const seatRows = plan.seats.map((seat) => [
    String(seat.rank),
    seat.role,
    seat.roleName,
    String(seat.peopleNow),
    String(seat.peopleBeforeNext),
    String(seat.peopleShared),
    String(seat.lent),
    String(seat.toConvert),
    seat.shared ?? '',
    seat.severity ?? '',
    seat.urgency,
    seat.teams.map((team) => `${nameOf(team.teamId)}: ${team.people}`).join('; '),
  ]);
  return [
    {
      filename: 'hiring-plan-teams.csv',
      title: 'Hiring plan: teams (CSV)',
      content: toCsv(
        [
          'rank',
          'team',
          'where',
          'stage',
          'heading_to',
          'headcount',
          'band',
          'band_position',
          'top_stall_point',
          'top_stall_severity',
          'seats_to_fill',
          'people_now',
          'people_before_next_stage',
          'people_from_shared_seats',
          'people_to_convert',
          'urgency',
          'assessed_at',
          'age_days',
          'stale',
        ],
        teamRows,
      ),
    },
    {
      filename: 'hiring-plan-seats.csv',
      title: 'Hiring plan: seats to fill (CSV)',
      content: toCsv(
        [
          'rank',
          'role',
          'role_name',
          'people_now',
          'people_before_next_stage',
          'of_them_for_a_shared_seat',
          'covered_by_other_teams_spare_people',
          'people_to_convert',
          'shared',
          'severity',
          'urgency',
          'teams',
        ],
        seatRows,
      ),
    },
  ];
}
