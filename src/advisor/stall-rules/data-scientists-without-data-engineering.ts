import { FIGURES } from '../evidence.js';
import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/** Hiring for the model and forgetting the data: the scientists end up doing plumbing. */
export const dataScientistsWithoutDataEngineering: StallRule = {
  id: 'data_scientists_without_data_engineering',
  evaluate(team) {
    const scientists = team.count('data_scientist');
    if (scientists === 0 || team.count('data_engineer') > 0) return null;
    return {
      severity: 'high',
      title: 'Data scientists with no data engineering',
      what: `${countNoun(scientists, 'data scientist')} and no data engineer.`,
      why:
        'With nobody building pipelines, data scientists spend most of their week on plumbing instead of ' +
        'experiments, and little of their work reaches users. Staffing for the model and skipping the data ' +
        "lifecycle is one of the structural reasons AI's value lags its adoption.",
      fix:
        'Add a data engineer before adding more data scientists; augmenting is the quickest way to close this ' +
        'specialist gap.',
      evidence: [FIGURES.valueGap],
      seatsToFill: ['data_engineer'],
    };
  },
};
