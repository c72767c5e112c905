import type { HeadcountAssessment, HeadcountBand, StageHint } from './assessment.js';
import { STAGE_IDS, type StageId } from './playbook/ids.js';
import type { StageDefinition } from './playbook/schema.js';
import type { TeamContext } from './team-context.js';

export function bandOf(stage: StageDefinition): HeadcountBand {
  const { min, max, openEnded } = stage.headcount;
  return { min, max, openEnded, label: `${min} to ${max}${openEnded ? '+' : ''}` };
}

/** Both ends count: a 14-person team is not "a team of 6 to 12". */
export function inBand(total: number, band: HeadcountBand): boolean {
  return total >= band.min && (band.openEnded || total <= band.max);
}

export function positionIn(total: number, band: HeadcountBand): HeadcountAssessment['position'] {
  return total < band.min ? 'below' : inBand(total, band) ? 'within' : 'above';
}

/** Headcount against the band of the stage the team is judged against: its own, or the one it is heading to. */
export function assessHeadcount(team: TeamContext): HeadcountAssessment {
  const total = team.totalHeadcount;
  const judgedAgainst = team.targetStage;
  const band = bandOf(team.playbook.stages[judgedAgainst]);
  const position = positionIn(total, band);
  return {
    total,
    inHouse: team.totalInHouse,
    augmented: total - team.totalInHouse,
    judgedAgainst,
    band,
    position,
    // A team heading on says where it is going; the hint is for answers that disagree with their stage.
    stageHint: position === 'within' || team.headingTo ? null : stageHint(team, total, position),
  };
}

/**
 * When the team's size falls outside its stage's band, say which stage the answers look like, with whatever
 * else in the answers points the same way. Teams grow one stage at a time, so a team too big for its stage
 * looks like the next one (a "pilot" of 14 with production monitoring is a production team); a team too
 * small looks like the largest earlier stage whose band it fits.
 */
function stageHint(team: TeamContext, total: number, position: 'below' | 'above'): StageHint | null {
  const here = STAGE_IDS.indexOf(team.stage);
  const fits = (stage: StageId) => inBand(total, bandOf(team.playbook.stages[stage]));
  // Bigger: the first later stage whose band fits, else the next (a "pilot" of 40 is a scale team).
  const looksLike =
    position === 'above'
      ? (STAGE_IDS.slice(here + 1).find(fits) ?? STAGE_IDS[here + 1])
      : STAGE_IDS.slice(0, here).reverse().find(fits);
  if (!looksLike) return null;

  const ownBand = bandOf(team.playbook.stages[team.stage]);
  const hintBand = bandOf(team.playbook.stages[looksLike]);
  const reasons = [`${total} people is ${position} the ${team.stageWord()} band (${ownBand.label}).`];
  const fitsBand = inBand(total, hintBand);
  if (!fitsBand) {
    reasons.push(`It is beyond the ${team.stageWord(looksLike)} band (${hintBand.label}) too.`);
  }
  reasons.push(...maturitySignals(team, looksLike));
  return { looksLike, looksLikeName: team.stageName(looksLike), fitsBand, reasons };
}

/** Answers that agree with the suggested stage: production habits for a bigger stage, their absence for a smaller. */
function maturitySignals(team: TeamContext, looksLike: StageId): string[] {
  const productionHabits = [
    team.has('monitoring') && 'runs production monitoring, versioning and drift checks',
    team.has('governed_data') && 'has governed data pipelines',
    team.count('mlops') > 0 && 'has an MLOps / LLMOps seat',
  ].filter((signal): signal is string => typeof signal === 'string');

  const biggerStage = STAGE_IDS.indexOf(looksLike) > STAGE_IDS.indexOf(team.stage);
  if (biggerStage) return productionHabits.map((habit) => `The team already ${habit}.`);
  if (looksLike === 'pilot' && productionHabits.length === 0) {
    return ['No production monitoring, governed data or MLOps seat yet, which is typical of a pilot.'];
  }
  return [];
}
