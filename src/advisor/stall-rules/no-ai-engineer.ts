import type { RoleId } from '../playbook/ids.js';
import { countNoun, listInWords } from '../wording.js';
import {
  missingAiEngineer,
  modelTrainersWithoutModels,
  moveTheTrainers,
} from './researchers-not-shippers.js';
import type { StallRule } from './rule.js';

/**
 * The AI engineer is the first specialist seat: a pilot is led by one, and production builds on one. Whoever
 * holds the other seats (app engineers asked to "add AI", model trainers, data scientists) cannot stand in,
 * and the fix never asks them to.
 */
export const noAiEngineer: StallRule = {
  id: 'no_ai_engineer',
  evaluate(team, seats) {
    const seat = seats.get('ai_engineer');
    if (!seat || !missingAiEngineer(team, seats)) return null;
    const trainers = modelTrainersWithoutModels(team, seats);
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
    const appEngineers = team.count('backend') + team.count('frontend_design') > 0;
    const pilot = team.stage === 'pilot';
    // The playbook's pilot: an AI engineer first, then a backend or data engineer and a product owner.
    const thenMissing = [
      team.count('backend') + team.count('data_engineer') === 0 && 'a backend or data engineer',
      team.count('ai_pm') === 0 && 'a product owner',
    ].filter((part): part is string => typeof part === 'string');
    return {
      // Teams that only train their own models lean on ML engineers first; the seat is still core.
      severity: team.stage === 'scale' || !team.buildsOnFoundationModels ? 'high' : 'critical',
      // A team of nobody lacks more than its AI engineer: the title says so, and the fix which seat comes first.
      title: team.totalHeadcount === 0 ? 'Nobody on the team yet' : 'No AI engineer',
      what:
        team.totalHeadcount === 0
          ? "Every seat is empty, the AI engineer's included."
          : others.length > 0
            ? `The team has ${listInWords(others)}, but nobody who ships features on the models.`
            : 'Nobody on the team ships features on the models.',
      why:
        !team.buildsOnFoundationModels && team.count('ml_engineer') > 0
          ? 'The ML engineers can train the model; turning it into a product that holds up is another job.'
          : researchers && team.buildsOnFoundationModels
            ? 'On hosted models the work is the product layer, not training or analysis.'
            : appEngineers
              ? 'App engineers can call a model API, but nobody owns evals, model choice, latency and cost.'
              : 'Someone has to own evals, model choice, latency and cost.',
      fix: [
        !team.buildsOnFoundationModels
          ? 'Add an AI engineer to build the product on the models the team trains.'
          : pilot
            ? `Start with an AI engineer to lead the pilot${trainers.length > 0 ? ' and own the product layer' : ''}${
                thenMissing.length > 0 ? `, then ${listInWords(thenMissing)}` : ''
              }.`
            : researchers
              ? 'Make an AI engineer the first of the seats below to fill, and leave the product layer to them rather than to model trainers.'
              : 'Make an AI engineer the first of the seats below to fill.',
        // Model trainers the product does not need: the researchers-not-shippers half, said here once.
        ...(trainers.length > 0 ? [moveTheTrainers(team, trainers)] : []),
      ].join(' '),
      // a16z's case is for teams shipping on pre-trained models; a team training its own is led by that work.
      // The seat is missing, so what it is (no training needed) is the point; the demand forecast would argue
      // only that it is hard to hire.
      evidence: !team.buildsOnFoundationModels
        ? []
        : researchers
          ? team.cite('engineersNotResearchers', 'ai_engineer_seat')
          : team.cite('aiEngineerWithoutTraining', 'ai_engineer_seat'),
      seatsToFill: ['ai_engineer'],
    };
  },
};
