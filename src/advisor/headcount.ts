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
 * When the team's size falls outside its stage's band, say which stage the answers look like, but only with
 * something besides size pointing the same way: a "pilot" of 14 with production monitoring works like a
 * production team, while a pilot of 40 with none of a bigger stage's habits is an oversized pilot. A bigger
 * team looks like the first later stage whose band it fits; a smaller one like the largest earlier one.
 */
function stageHint(team: TeamContext, total: number, position: 'below' | 'above'): StageHint | null {
  const here = STAGE_IDS.indexOf(team.stage);
  const fits = (stage: StageId) => inBand(total, bandOf(team.playbook.stages[stage])); // Bigger: the next stage (with "or bigger" when its band is too small too); a team's habits point one step
  // at a time, and a pilot with production monitoring looks like a production team, not a scale one.
  const looksLike =
    position === 'above' ? STAGE_IDS[here + 1] : STAGE_IDS.slice(0, here).reverse().find(fits);
  // A team of nobody starts where a pilot does, whatever its label: there is nothing to move on from yet.
  if (total === 0 && here > 0) {
    const pilot = STAGE_IDS[0];
    return {
      looksLike: pilot,
      looksLikeName: team.stageName(pilot),
      fitsBand: false,
      // The first reason is the size against the band, as for every hint; the answer's header already says it.
      reasons: [
        `${total} people is below the ${team.stageWord()} band (${bandOf(team.playbook.stages[team.stage]).label}).`,
        'Nobody is on the team yet.',
      ],
    };
  }
  if (!looksLike) return null;
  // A pilot is AI-engineer-led: a small team on hosted models with no AI engineer is not an early stage's
  // team but an app team with AI bolted on, a mistake the playbook names; its stall points say so instead.
  if (position === 'below' && team.count('ai_engineer') === 0 && team.buildsOnFoundationModels) return null;

  const ownBand = bandOf(team.playbook.stages[team.stage]);
  const hintBand = bandOf(team.playbook.stages[looksLike]);
  const reasons = [`${total} people is ${position} the ${team.stageWord()} band (${ownBand.label}).`];
  const fitsBand = inBand(total, hintBand);
  const signals = maturitySignals(team, looksLike);
  if (position === 'above' && signals.length === 0) return null;
  reasons.push(...signals);
  // Its habits, not its size, point to that stage: said after them, so the hint does not argue with itself.
  if (!fitsBand) {
    reasons.push(
      `At ${total} people it is past the ${team.stageWord(looksLike)} band (${hintBand.label}) too.`,
    );
  }
  return { looksLike, looksLikeName: team.stageName(looksLike), fitsBand, reasons };
}

/** Answers that agree with the suggested stage: production habits for a bigger stage, their absence for a smaller. */
function maturitySignals(team: TeamContext, looksLike: StageId): string[] {
  // An MLOps seat counts only where the stage has a place for it: at a pilot the answer calls it ahead of the
  // stage, so it cannot also be the sign that the team is further on.
  const productionHabits = [
    team.has('monitoring') && 'runs production monitoring, versioning and drift checks',
    team.has('governed_data') && 'has governed data pipelines',
    team.count('mlops') > 0 && team.hasPlaceAt('mlops', team.stage) && 'has an MLOps / LLMOps seat',
  ].filter((signal): signal is string => typeof signal === 'string');

  // What a scale team has that a production team does not: platform seats, a governance function, trainers.
  const scaleHabits = [
    (team.count('data_engineer') >= 2 || team.count('mlops') >= 2) && 'staffs data or MLOps as a platform',
    team.count('security') >= 2 && 'has a security and governance function',
    team.count('ml_engineer') + team.count('data_scientist') > 0 &&
      team.trainsOwnModels &&
      'has ML engineers or data scientists on its own models',
  ].filter((signal): signal is string => typeof signal === 'string');

  const biggerStage = STAGE_IDS.indexOf(looksLike) > STAGE_IDS.indexOf(team.stage);
  if (biggerStage) {
    const habits = looksLike === 'scale' && team.stage !== 'pilot' ? scaleHabits : productionHabits;
    return habits.map((habit) => `The team already ${habit}.`);
  }
  if (looksLike === 'pilot' && productionHabits.length === 0) {
    return ['It has no production monitoring, governed data or MLOps seat yet.'];
  }
  return [];
}
