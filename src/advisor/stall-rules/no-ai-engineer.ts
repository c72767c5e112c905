import { FIGURES } from '../evidence.js';
import type { RoleId } from '../playbook/ids.js';
import { capitalise, countNoun, listInWords } from '../wording.js';
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
    const present = (role: RoleId, singular: string, plural?: string) =>
      team.count(role) > 0 ? countNoun(team.count(role), singular, plural) : null;
    const others = [
      present('backend', 'backend engineer'),
      present('frontend_design', 'frontend engineer or designer', 'frontend engineers or designers'),
      present('ml_engineer', 'ML engineer'),
      present('data_scientist', 'data scientist'),
      present('data_engineer', 'data engineer'),
    ].filter((part): part is string => part !== null);
    const researchers = team.count('ml_engineer') + team.count('data_scientist') > 0;
    const pilot = team.stage === 'pilot';
    // The playbook's pilot: an AI engineer first, then a backend or data engineer and a product owner.
    const thenMissing = [
      team.count('backend') + team.count('data_engineer') === 0 && 'a backend or data engineer',
      team.count('ai_pm') === 0 && 'a product owner',
    ].filter((part): part is string => typeof part === 'string');
    return {
      // Teams that only train their own models lean on ML engineers first; the seat is still core.
      severity: team.stage === 'scale' || !team.buildsOnFoundationModels ? 'high' : 'critical',
      title: 'No AI engineer',
      what:
        others.length > 0
          ? `${capitalise(listInWords(others))}, and nobody in the AI engineer seat.`
          : 'Nobody in the AI engineer seat.',
      why:
        !team.buildsOnFoundationModels && team.count('ml_engineer') > 0
          ? 'The ML engineers can train the model, but someone has to turn it into a product and answer for how ' +
            'it behaves there: evals, latency, cost and the experience around it.'
          : researchers
            ? 'Nobody owns the product layer on the hosted models: evals, latency, cost and the experience around ' +
              'them. Model training and analysis are other jobs.'
            : team.count('backend') + team.count('frontend_design') > 0
              ? 'App engineers can call a model API, but nobody owns what makes an AI feature hold up: evals, model ' +
                'choice, latency and cost.'
              : 'The AI engineer owns what makes an AI feature hold up: evals, model choice, latency and cost.',
      fix: pilot
        ? `Fill the seats in the playbook's order: an AI engineer to lead the pilot first${
            thenMissing.length > 0 ? `, then ${listInWords(thenMissing)}` : ''
          }. Other specialists come at production and scale.`
        : 'Make an AI engineer the next seat you fill, before any other specialist.',
      evidence: [
        researchers && team.buildsOnFoundationModels
          ? FIGURES.engineersNotResearchers
          : FIGURES.aiEngineerFirst,
      ],
      seatsToFill: ['ai_engineer'],
    };
  },
};
