import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * Hiring for the model and forgetting the data: the scientists end up doing plumbing. Where the stage has no
 * place for data scientists yet, the fix moves their work out rather than adding a data engineer for them.
 */
export const dataScientistsWithoutDataEngineering: StallRule = {
  id: 'data_scientists_without_data_engineering',
  evaluate(team, seats) {
    const scientists = team.count('data_scientist');
    if (scientists === 0 || team.count('data_engineer') > 0) return null;
    const early = seats.get('data_scientist')?.status === 'premature';
    const they = scientists === 1 ? 'the data scientist' : 'the data scientists';
    const neededForProduction = team.movingIntoProduction && team.requiredBy('data_engineer') > 0;
    const coming = seats.get('data_engineer')?.toFill;
    const dataEngineerComing = (coming?.now ?? 0) + (coming?.beforeNext ?? 0) > 0;
    const keepsOne = early && team.keptAheadOfStage('data_scientist') > 0;
    // The data engineer a stage needs anyway (the pilot's own pipelines, or production's) is not one added
    // for the waiting data scientists, and the fix says so, since the suggestions add one.
    const dataEngineer = dataEngineerComing
      ? `. The data engineer below is needed anyway, for ${team.headingTo ? `${team.stageWord(team.headingTo)}'s` : "the pilot's"} own pipelines`
      : ', rather than adding a data engineer just for it';
    const until = team.stageWord(team.nextStage ?? team.stage);
    return {
      // The playbook calls hiring for the model and forgetting the data the most damaging pattern.
      // Waiting data scientists are a smaller risk, except on a team whose own models are its product.
      severity: early ? (keepsOne ? 'high' : 'medium') : 'critical',
      title:
        scientists === 1 ? 'A data scientist with no data engineer' : 'Data scientists with no data engineer',
      // A backend engineer may carry a pilot's data work (the grid says so); pipelines for analysis are still
      // a data engineer's job, which is what is missing.
      what: `${countNoun(scientists, 'data scientist')}, and no data engineer to build the pipelines they need.`,
      why: 'Without pipelines they spend most of the week on plumbing and ship nothing.',
      fix:
        team.notForThisBuild('data_scientist') && team.level('data_scientist').need !== 'wait'
          ? `This team trains no models of its own, so ${they} ${scientists === 1 ? 'is' : 'are'} not needed here: move that work to a team that does, rather than adding a data engineer for it.`
          : keepsOne
            ? `Keep ${scientists === 1 ? 'the' : 'one'} data scientist on the metric the model must move${scientists > 1 ? `; the ${team.stageWord()} stage has no seat for the others yet, so move that work out or pause it until ${until}` : ''}${dataEngineer}.`
            : early
              ? `The ${team.stageWord()} stage has no seat for ${they} yet: move that work to a team with data pipelines, or pause it until ${until}${dataEngineer}.`
              : `Add a data engineer before adding any more data scientists${team.expects('governed_data') && !team.has('governed_data') ? ", and make governed pipelines the data engineer's first job" : ''}.`,
      evidence: neededForProduction && !early ? team.cite('valueGap', 'production_seat') : [],
      seatsToFill: early ? [] : ['data_engineer'],
    };
  },
};
