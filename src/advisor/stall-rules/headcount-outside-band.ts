import { bandOf } from '../headcount.js';
import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/** A team much bigger or smaller than its stage: seats filled before the work, or work with no seat. */
export const headcountOutsideBand: StallRule = {
  id: 'headcount_outside_band',
  evaluate(team) {
    const { total, position, stageHint } = team.headcount;
    if (position === 'within') return null;

    const above = position === 'above';
    const stage = team.stageName().toLowerCase();
    const band = bandOf(team.playbook.stages[team.stage]);
    const hint = stageHint
      ? ` The answers look more like ${stageHint.looksLikeName.toLowerCase()}${stageHint.fitsBand ? '' : ' or beyond'}.`
      : '';
    return {
      severity: 'medium',
      title: above ? `Larger than a ${stage} needs` : `Smaller than a ${stage} needs`,
      what: `${countNoun(total, 'person', 'people')} against a ${stage} band of ${band.label}.${hint}`,
      why: above
        ? `The bands are a guide, not a rule, but a ${stage} this size usually means seats were filled before ` +
          'the work needed them.' +
          (team.stage === 'pilot'
            ? ' What limits a pilot is product judgment and AI fluency, not hands.'
            : '')
        : `The work of the ${stage} stage takes more seats than a team this size can hold, so some of it goes unowned.`,
      fix: above
        ? 'Either staff it as the stage it looks like, or trim it to the seats the grid marks as core.'
        : 'Fill the seats the grid marks as gaps, urgent ones first.',
      evidence: [],
      seatsToFill: [],
    };
  },
};
