import { FIGURES } from '../evidence.js';
import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/** Model trainers hired where the product needs people who ship features on hosted models. */
export const researchersNotShippers: StallRule = {
  id: 'researchers_not_shippers',
  evaluate(team) {
    const mlEngineers = team.count('ml_engineer');
    if (mlEngineers === 0) return null;
    const noShipper = team.buildsOnFoundationModels && team.count('ai_engineer') === 0;
    // The stage has no seat for model trainers yet: "Wait", or "Only if custom model" with no custom model.
    const level = team.level('ml_engineer');
    const trainersTooEarly =
      team.requiredCount('ml_engineer') === 0 && (level.need === 'wait' || level.need === 'conditional');
    if (!noShipper && !trainersTooEarly) return null;

    const ml = countNoun(mlEngineers, 'ML engineer');
    return {
      severity: noShipper ? 'high' : 'medium',
      title: 'Researchers hired where the product needs shippers',
      what: noShipper
        ? `${ml} and no AI engineer, on a product built on foundation models.`
        : `${ml} at the ${team.stageName().toLowerCase()} stage, on a team that trains no model of its own.`,
      why:
        'Training and fine-tuning models is a different job from shipping features on hosted ones. Treat the ' +
        'two seats as interchangeable and you pay for research while nobody owns the application layer: ' +
        'evals, UX, latency and cost.',
      fix: noShipper
        ? 'Add an AI engineer to own the application layer; keep ML engineers for when a custom model is on the table.'
        : 'Point the ML engineers at application work for now, or hold the seat until a custom model is on the table.',
      evidence: [FIGURES.engineersNotResearchers],
      seatsToFill: noShipper ? ['ai_engineer'] : [],
    };
  },
};
