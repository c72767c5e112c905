import { FIGURES } from '../evidence.js';
import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/** Hiring for the model and forgetting the data: the scientists end up doing plumbing. */
export const dataScientistsWithoutDataEngineering: StallRule = {
  id: 'data_scientists_without_data_engineering',
  evaluate(team, seats) {
    const scientists = team.count('data_scientist');
    if (scientists === 0 || team.count('data_engineer') > 0) return null;
    return {
      severity: 'high',
      title: 'Data scientists with no data engineering',
      what: `${countNoun(scientists, 'data scientist')} and no data engineer.`,
      why: 'With nobody building pipelines, data scientists spend most of the week on plumbing, and little of their work reaches users.',
      fix:
        seats.get('data_scientist')?.status === 'premature'
          ? `The data scientists are ahead of the ${team.stageWord()} stage: move that work out until it needs them, or add a data engineer before adding more.`
          : 'Add a data engineer before adding more data scientists.',
      evidence: [FIGURES.valueGap],
      seatsToFill: ['data_engineer'],
    };
  },
};
