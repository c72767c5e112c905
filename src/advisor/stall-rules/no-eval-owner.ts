import { listInWords } from '../wording.js';
import type { StallRule } from './rule.js';

/** No evaluation set, or nobody answerable for quality: regressions go unseen. */
export const noEvalOwner: StallRule = {
  id: 'no_eval_owner',
  evaluate(team) {
    const missing = [
      !team.has('eval_set') && 'no evaluation set',
      !team.has('eval_owner') && 'no named owner of eval quality',
    ].filter((item): item is string => typeof item === 'string');
    if (missing.length === 0) return null;

    const atPilot = team.stage === 'pilot';
    const sentence = listInWords(missing);
    return {
      severity: atPilot ? 'medium' : 'high',
      title: 'Nobody owns eval quality',
      what: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`,
      why:
        'Without an evaluation set and one person answerable for quality, nobody can tell whether a change ' +
        'helped. Quality slips silently while everyone assumes it is fine.',
      fix: atPilot
        ? team.count('ai_engineer') > 0
          ? 'Build an evaluation set and name its owner. At a pilot the AI engineer can hold this, as long as it is their named job.'
          : 'Build an evaluation set and name its owner; at a pilot that is usually the AI engineer, once the seat is filled.'
        : 'Name an owner of eval quality and staff the eval / prompt seat, which is core from production on.',
      evidence: [],
      seatsToFill: atPilot ? [] : ['eval_specialist'],
    };
  },
};
