import type { Readiness, ReadinessItem, StallId, StallPoint } from './assessment.js';
import { atLeast, coverAt, satisfiedAt } from './grid.js';
import { bandOf, inBand } from './headcount.js';
import {
  PRACTICE_IDS,
  type PracticeId,
  ROLE_IDS,
  type RoleId,
  STAGE_IDS,
  type StageId,
} from './playbook/ids.js';
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
    const cover = have === 0 ? coverAt(team, role, next) : null;
    // Work folded into another seat (eval into the AI engineer) is the owner practice's line ("A named owner of
    // eval quality"), listed below, whether or not the owner is named: the seat is not counted a second time.
    if (cover?.kind === 'unowned' || (cover && team.foldsInto(role)?.role === cover.by)) continue;
    // A seat nobody holds is only ever in place with the person who carries it named.
    const carried = cover?.kind === 'carried' ? `carried by the ${team.seatName(cover.by)}` : null;
    const detail =
      carried ??
      (cover
        ? `no named owner; the ${team.seatName(cover.by)} can carry it`
        : `${needed > 1 ? `${atLeast(needed)} needed, ` : ''}${
            // "Dedicated function" gives no size: one person meets it, and the line says what is asked for.
            level.servesTeams === 'function' && have === 1 ? 'a dedicated function, ' : ''
          }${have} now`);
    const why = neededAnyway(team, role, level.need, next);
    (level.urgent ? urgentItems : otherItems).push({
      kind: 'role',
      id: role,
      name: carried ? `${team.roleName(role)} (${carried})` : team.roleName(role),
      ...(cover?.kind === 'carried' ? { carriedBy: cover.by } : {}),
      // The grid shows each seat's level; the checklist says what the seat still needs.
      text: `${team.roleName(role)} (${why ? `${why}, ` : ''}${detail})`,
      met: satisfiedAt(team, role, next),
    });
  } // The AI engineer, the seat the playbook fills first, leads; then urgent seats; then the playbook's order.
  const first = otherItems.filter((item) => item.id === 'ai_engineer');
  const items = [...first, ...urgentItems, ...otherItems.filter((item) => item.id !== 'ai_engineer')];

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
    name: `Team size (${total})`,
    // The playbook's bands are directional guidance, and the line says so rather than reading as a hard bar.
    text: `About ${band.label} people, as a guide (${total} now)`,
    met,
  });
  return {
    nextStage: { id: next, name: team.stageName(next) },
    items,
    ready: items.every((item) => item.met),
  };
}

/**
 * A seat the grid calls optional that this team needs anyway, said instead of the label ("As needed" would
 * read as optional); null when the label says it.
 */
function neededAnyway(team: TeamContext, role: RoleId, need: string, stage: StageId): string | null {
  if (need === 'core' || need === 'conditional') return null;
  const definition = team.playbook.roles[role];
  if (team.holds(definition.requiredWhen)) return 'needed for custom models';
  const beside = team.dependentsAt(role, stage);
  return beside.length > 0
    ? `needed beside the ${beside.map((d) => team.seatPlural(d)).join(' and ')}`
    : null;
}

/** The practices each stall point is about, so readiness can put what already stalls the team first. */
const PRACTICES_OF_STALL: Partial<Record<StallId, readonly PracticeId[]>> = {
  mlops_missing: ['monitoring'],
  no_monitoring: ['monitoring'],
  no_governed_data: ['governed_data'],
  no_security_seat: ['security_review'],
  no_security_review: ['security_review'],
  no_eval_owner: ['eval_owner', 'eval_set'],
};

/**
 * Readiness in order of pressure: what the answer's stall points already name (most severe first) leads, then
 * the rest in the playbook's order. So "first missing" and a moving team's lead line name the seat that stalls
 * the team, not the next one down a list (security before frontend for a pilot heading to production).
 */
export function orderByPressure(readiness: Readiness, stallPoints: readonly StallPoint[]): Readiness {
  const rank = (item: ReadinessItem): number => {
    const index = stallPoints.findIndex((point) =>
      item.kind === 'role'
        ? point.seatsToFill.includes(item.id as RoleId)
        : item.kind === 'practice' && (PRACTICES_OF_STALL[point.id] ?? []).includes(item.id as PracticeId),
    );
    return index === -1 ? stallPoints.length : index;
  };
  const items = readiness.items
    .map((item, position) => ({ item, position, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map(({ item }) => item);
  return { ...readiness, items };
}
