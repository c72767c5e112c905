import type { Seats } from './grid.js';
import type { TeamContext } from './team-context.js';

/**
 * Where a team past its band can make room: seats ahead of the stage or over it, or else its largest seats.
 * Shared by the staffing plan and the headcount stall point, so both point at the same seats.
 */
export function whereToMakeRoom(team: TeamContext, seats: Seats): string {
  const rows = [...seats.values()];
  if (rows.some((row) => row.status === 'premature' || row.status === 'over')) {
    return 'make room from the seats marked ahead of the stage or more than the stage needs';
  }
  const largest = rows
    .filter((row) => row.total > Math.max(1, team.requiredBy(row.role)))
    .sort((a, b) => b.total - a.total)
    .slice(0, 2)
    .map((row) => `${team.seatName(row.role)} (${row.total})`);
  return largest.length > 0
    ? `the largest seats, ${largest.join(' and ')}, are where to share or trim`
    : 'fill the seats the stall points name first, and share the rest';
}
