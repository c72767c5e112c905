import { capitalise, countNoun, listInWords } from '../wording.js';
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
    // Model trainers held on a team whose work does not need them at all (not merely early at a pilot).
    const trainers = (['ml_engineer', 'data_scientist'] as const).filter((role) => {
      const seat = seats.get(role);
      return seat?.status === 'premature' && team.notForThisBuild(role) && team.level(role).need !== 'wait';
    });
    const ml = seats.get('ml_engineer');
    if (ml?.status !== 'premature' && trainers.length === 0) return null;
    const held = (['ml_engineer', 'data_scientist'] as const).filter((role) =>
      role === 'ml_engineer' ? ml?.status === 'premature' : trainers.includes(role),
    );
    const who = held.map((role) =>
      countNoun(team.count(role), role === 'ml_engineer' ? 'ML engineer' : 'data scientist'),
    );
    return {
      severity: 'medium',
      title: 'Researchers where the product needs shippers',
      what: `${capitalise(listInWords(who))} on a product built on hosted models, which trains none of its own.`,
      why: 'A model trainer is the wrong person to own product features.',
      fix: `Leave the product layer to AI engineers. Move the ${held.length === 1 && team.count(held[0] ?? 'ml_engineer') === 1 ? (held[0] === 'ml_engineer' ? 'ML engineer' : 'data scientist') : 'model trainers'} to work that trains models, or hold the seats until a custom model is on the table.`,
      evidence: team.cite('engineersNotResearchers', 'ai_engineer_seat'),
      seatsToFill: [],
    };
  },
};
