import { FIGURES } from '../evidence.js';
import type { RoleId } from '../playbook/ids.js';
import { listInWords } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * A pilot about to become a product without the governed-data and security seats the next stage needs.
 * (The MLOps seat has its own rule, so it is not repeated here.)
 */
export const pilotExitUnprepared: StallRule = {
  id: 'pilot_exit_unprepared',
  evaluate(team) {
    if (!team.isPilotHeadingToProduction) return null;
    const missing: string[] = [];
    const seatsToFill: RoleId[] = [];
    if (team.neededNext('data_engineer') && team.count('data_engineer') === 0) {
      missing.push('a data engineer to run governed pipelines');
      seatsToFill.push('data_engineer');
    } else if (!team.has('governed_data')) {
      missing.push('governed data pipelines');
    }
    if (team.neededNext('security') && team.count('security') === 0) {
      missing.push('a security and governance seat');
      seatsToFill.push('security');
    }
    if (missing.length === 0) return null;
    const next = team.nextStage ? team.stageName(team.nextStage).toLowerCase() : 'production';
    return {
      severity: 'high',
      title: `Heading to ${next} unprepared`,
      what: `The pilot is heading to ${next} without ${listInWords(missing)}.`,
      why:
        'The step from pilot to production is where most AI efforts stall: teams demo a pilot, then never ' +
        'staff the operations, data and governance seats that production value depends on.',
      fix:
        'Put these seats in place before launch, alongside MLOps. This surge is what augmented specialists are ' +
        'for; convert them to permanent seats once production settles.',
      evidence: [FIGURES.valueGap],
      seatsToFill,
    };
  },
};
