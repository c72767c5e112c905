import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * Model trainers on a team that trains no model, at a stage with no seat for them. With no AI engineer beside
 * them the no-AI-engineer pattern fires too: one says who is missing, this one what to do with who is there.
 * The fix never hands them the product layer: asking a model trainer to own the interface is the other half
 * of the same mistake.
 */
export const researchersNotShippers: StallRule = {
  id: 'researchers_not_shippers',
  evaluate(team, seats) {
    const seat = seats.get('ml_engineer');
    if (seat?.status !== 'premature') return null;
    const they = seat.total === 1 ? 'the ML engineer' : 'the ML engineers';
    return {
      severity: 'medium',
      title: 'Researchers where the product needs shippers',
      what: `${countNoun(seat.total, 'ML engineer')} on a product built on hosted models, which trains none of its own.`,
      why: 'A model trainer is the wrong person to own product features.',
      fix: `Leave the product layer to AI engineers. Move ${they} to work that trains models, or hold the seat until a custom model is on the table.`,
      evidence: team.cite('engineersNotResearchers', 'ai_engineer_seat'),
      seatsToFill: [],
    };
  },
};
