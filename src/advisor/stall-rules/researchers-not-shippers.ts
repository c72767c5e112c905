import type { Seats } from '../grid.js';
import type { RoleId } from '../playbook/ids.js';
import type { TeamContext } from '../team-context.js';
import { capitalise, countNoun, listInWords } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * Model trainers on a team that trains no model, at a stage with no seat for them. With no AI engineer beside
 * them the no-AI-engineer stall point says who is missing and what to do with who is there, in one place.
 * The fix never hands them the product layer: asking a model trainer to own the interface is the other half
 * of the same mistake.
 */
export const researchersNotShippers: StallRule = {
  id: 'researchers_not_shippers',
  evaluate(team, seats) {
    const held = modelTrainersWithoutModels(team, seats);
    // With no AI engineer, the no-AI-engineer stall point says both halves, once.
    if (held.length === 0 || missingAiEngineer(team, seats)) return null;
    // A trainer or two among more AI engineers is not a team hiring researchers for shippers: the grid still
    // says the seat is not needed for this product, without a stall point of its own.
    const trainers = held.reduce((sum, role) => sum + team.count(role), 0);
    if (trainers < team.count('ai_engineer')) return null;
    return {
      severity: 'medium',
      title: 'Researchers where the product needs shippers',
      what: `${capitalise(listInWords(trainersInWords(team, held)))} on a product built on hosted models, which trains none of its own.`,
      why: 'A model trainer is the wrong person to own product features.',
      fix: `Leave the product layer to AI engineers. ${moveTheTrainers(team, held)}`,
      evidence: team.cite('engineersNotResearchers', 'ai_engineer_seat'),
      seatsToFill: [],
    };
  },
};

/** The team needs an AI engineer and has none. */
export function missingAiEngineer(team: TeamContext, seats: Seats): boolean {
  const seat = seats.get('ai_engineer');
  return seat !== undefined && seat.total === 0 && team.requiredBy('ai_engineer') > 0;
}

/**
 * Model trainers held on a team whose work does not need them: ML engineers on a product built only on
 * hosted models, and data scientists where the stage has a place for them but the build does not (not merely
 * early at a pilot).
 */
export function modelTrainersWithoutModels(team: TeamContext, seats: Seats): RoleId[] {
  return (['ml_engineer', 'data_scientist'] as const).filter((role) => {
    const seat = seats.get(role);
    if (seat?.status !== 'premature') return false;
    return role === 'ml_engineer' || (team.notForThisBuild(role) && team.level(role).need !== 'wait');
  });
}

/** "Move the ML engineer to a team that trains its own models, unless a custom model is planned here." */
export function moveTheTrainers(team: TeamContext, held: readonly RoleId[]): string {
  const only = held.length === 1 && team.count(held[0] ?? 'ml_engineer') === 1;
  // Named, not "model trainers": data scientists study data rather than train models.
  const who = listInWords(held.map((role) => (only ? team.seatSingular(role) : team.seatPlural(role))));
  return `Move the ${who} to a team that trains its own models, unless a custom model is planned here.`;
}

function trainersInWords(team: TeamContext, held: readonly RoleId[]): string[] {
  return held.map((role) =>
    countNoun(team.count(role), role === 'ml_engineer' ? 'ML engineer' : 'data scientist'),
  );
}
