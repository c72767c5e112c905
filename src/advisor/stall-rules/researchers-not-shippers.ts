import { FIGURES } from '../evidence.js';
import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * Model trainers on a team that trains no model, at a stage with no seat for them. With no AI engineer beside
 * them the no-AI-engineer pattern fires too: one says who is missing, this one what to do with who is there.
 */
export const researchersNotShippers: StallRule = {
  id: 'researchers_not_shippers',
  evaluate(team, seats) {
    const seat = seats.get('ml_engineer');
    if (seat?.status !== 'premature') return null;
    return {
      severity: 'medium',
      title: 'Researchers where the product needs shippers',
      what: `${countNoun(seat.total, 'ML engineer')} at the ${team.stageWord()} stage, on a team that trains no model of its own.`,
      why: 'Training models is a different job from shipping features on hosted ones; paying for it now buys research the product does not use.',
      fix: 'Point the ML engineers at application work, or hold the seat until a custom model is on the table.',
      evidence: [FIGURES.engineersNotResearchers],
      seatsToFill: [],
    };
  },
};
