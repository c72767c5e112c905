import type { Assessment } from '../../advisor/index.js';

/**
 * What "Assess an AI team" and "Re-assess from the latest answers" hand to the next steps of a workflow,
 * named as the manifest's `output_parameters`. `answer_link` is left out when there is no message to link to.
 */
export type AssessmentOutputs = {
  stage: string;
  headcount: number;
  seats_to_fill_now: number;
  ready_for_next_stage: boolean;
  most_pressing: string;
  answer_link?: string;
};

export function assessmentOutputs(assessment: Assessment, answerLink: string | undefined): AssessmentOutputs {
  return {
    stage: assessment.stage.name,
    headcount: assessment.headcount.total,
    // Seats (roles) with people to add for the stage the team is at now.
    seats_to_fill_now: assessment.grid.filter((row) => row.toFill.now > 0).length,
    // At the last stage there is nothing to be ready for.
    ready_for_next_stage: assessment.nextStage !== null && assessment.readiness.ready,
    most_pressing: assessment.lead,
    ...(answerLink ? { answer_link: answerLink } : {}),
  };
}
