import { STAGE_IDS } from '../playbook/ids.js';
import type { StallRule } from './rule.js';
import { whenNeeded } from './rule.js';

/** Production runs on governed data: clean, governed, timely pipelines someone owns, with data access controls. */
export const noGovernedData: StallRule = {
  id: 'no_governed_data',
  evaluate(team, seats) {
    if (!team.expects('governed_data')) return null;
    const governed = team.has('governed_data');
    const engineers = team.count('data_engineer');
    // Data scientists with no data engineer, at a stage that has a place for them: that stall point adds the
    // data engineer and gives them governed pipelines as a first job, so the seat is not asked for twice.
    const scientists = seats.get('data_scientist');
    if (
      !governed &&
      engineers === 0 &&
      scientists &&
      scientists.total > 0 &&
      scientists.status !== 'premature'
    ) {
      return null;
    }
    // Governed data is a production practice: a pilot on its way there is told "before the move".
    const from = team.playbook.practices.governed_data.expectedFrom;
    const neededNow = STAGE_IDS.indexOf(from) <= STAGE_IDS.indexOf(team.stage);
    if (governed && (engineers > 0 || team.requiredBy('data_engineer') === 0)) return null;
    // "at the production stage" says nothing to a production team; a team heading there hears when.
    const when = neededNow ? '' : ` ${whenNeeded(team, neededNow)}`;
    return {
      severity: governed ? 'medium' : 'high',
      title: 'Data not governed',
      what: governed
        ? `Governed pipelines exist, but nobody holds the data engineer seat${when} to run them.`
        : engineers > 0
          ? `A data engineer is on the team, but the pipelines are not governed yet${when}.`
          : `No governed pipelines and no data engineer${when}.`,
      // The playbook's terms: production adds "governed data engineering", models need "clean, governed, timely data".
      why: 'Production value depends on clean, governed, timely data reaching the models.',
      fix:
        engineers > 0
          ? "The data engineer's next job: govern the pipelines, starting with access controls."
          : 'Fill the data engineer seat and make governed pipelines its first job.',
      evidence: engineers === 0 && team.movingIntoProduction ? team.cite('valueGap', 'production_seat') : [],
      seatsToFill: engineers > 0 ? [] : ['data_engineer'],
    };
  },
};
