import type { Readiness, ReadinessItem } from './assessment.js';
import { carrierAt, satisfiedAt } from './grid.js';
import { bandOf, inBand } from './headcount.js';
import { PRACTICE_IDS, ROLE_IDS, STAGE_IDS } from './playbook/ids.js';
import type { TeamContext } from './team-context.js';

/**
 * What the team needs in place before it moves to the next stage, and which of it it already has. Seats are
 * judged with the same rules as the grid's verdicts (a seat carried there is met here); headcount must sit
 * inside the next band, both ends.
 */
export function assessReadiness(team: TeamContext): Readiness {
  const next = team.nextStage;
  if (!next) return { nextStage: null, items: [], ready: true };

  // Urgent seats ("do not delay") lead the list; the rest keep the playbook's order.
  const urgentItems: ReadinessItem[] = [];
  const otherItems: ReadinessItem[] = [];
  for (const role of ROLE_IDS) {
    const needed = team.requiredCount(role, next);
    if (needed === 0) continue;
    const have = team.count(role);
    const level = team.level(role, next);
    const carrier = have === 0 ? carrierAt(team, role, next) : null;
    const detail = carrier
      ? `carried by the ${team.seatName(carrier)}`
      : `${needed > 1 ? `${needed} needed, ` : ''}${have} now`;
    (level.urgent ? urgentItems : otherItems).push({
      kind: 'role',
      id: role,
      name: team.roleName(role),
      text: `${team.roleName(role)}: ${level.label} (${detail})`,
      met: satisfiedAt(team, role, next),
    });
  }
  const items = [...urgentItems, ...otherItems];

  const nextIndex = STAGE_IDS.indexOf(next);
  for (const practice of PRACTICE_IDS) {
    const definition = team.playbook.practices[practice];
    if (STAGE_IDS.indexOf(definition.expectedFrom) > nextIndex) continue;
    items.push({
      kind: 'practice',
      id: practice,
      name: definition.name,
      text: definition.name,
      met: team.has(practice),
    });
  }

  const band = bandOf(team.playbook.stages[next]);
  const total = team.totalHeadcount;
  const met = inBand(total, band);
  items.push({
    kind: 'headcount',
    id: 'headcount',
    name: 'Headcount',
    text: `A team of ${band.label} people (${total} now${met ? '' : total < band.min ? ', below it' : ', above it'})`,
    met,
  });
  return {
    nextStage: { id: next, name: team.stageName(next) },
    items,
    ready: items.every((item) => item.met),
  };
}
