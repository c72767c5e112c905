import { FIGURES } from '../evidence.js';
import type { RoleId } from '../playbook/ids.js';
import { countNoun, listInWords } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * The AI engineer is the first specialist seat: a pilot is led by one, and production builds on one. Whoever
 * holds the other seats (app engineers asked to "add AI", model trainers, data scientists) cannot stand in.
 */
export const noAiEngineer: StallRule = {
  id: 'no_ai_engineer',
  evaluate(team, seats) {
    const seat = seats.get('ai_engineer');
    if (!seat || seat.total > 0 || team.requiredBy('ai_engineer') === 0) return null;
    const present = (role: RoleId, singular: string) =>
      team.count(role) > 0 ? countNoun(team.count(role), singular) : null;
    const others = [
      present('backend', 'backend engineer'),
      present('frontend_design', 'frontend engineer or designer'),
      present('ml_engineer', 'ML engineer'),
      present('data_scientist', 'data scientist'),
      present('data_engineer', 'data engineer'),
    ].filter((part): part is string => part !== null);
    const researchers = team.count('ml_engineer') + team.count('data_scientist') > 0;
    const pilot = team.stage === 'pilot';
    return {
      // Teams that only train their own models lean on ML engineers first; the seat is still core.
      severity: team.stage === 'scale' || !team.buildsOnFoundationModels ? 'high' : 'critical',
      title: 'No AI engineer',
      what:
        others.length > 0
          ? `${capitalise(listInWords(others))}, and nobody in the AI engineer seat.`
          : 'Nobody in the AI engineer seat.',
      why: researchers
        ? 'Training models and analysing data are different jobs from shipping features on hosted models; ' +
          'without an AI engineer nobody owns evals, latency, cost and the product experience.'
        : team.count('backend') + team.count('frontend_design') > 0
          ? 'App engineers can call a model API, but nobody owns what makes an AI feature hold up: evals, model ' +
            'choice, latency and cost.'
          : 'The AI engineer owns what makes an AI feature hold up: evals, model choice, latency and cost.',
      fix: pilot
        ? 'Fill the seats in the playbook order: an AI engineer to lead the pilot first, then a backend or data ' +
          'engineer and a product owner. Other specialists come at production and scale.'
        : 'Make an AI engineer the next seat you fill, before any other specialist.',
      evidence: [researchers ? FIGURES.engineersNotResearchers : FIGURES.aiEngineerFirst],
      seatsToFill: ['ai_engineer'],
    };
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
