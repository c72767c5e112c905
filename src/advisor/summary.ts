import type { Assessment, Severity, StallId } from './assessment.js';
import type { RoleId, StageId } from './playbook/ids.js';

export interface StallPointSummary {
  id: StallId;
  title: string;
  severity: Severity;
}

/** What history keeps of an assessment: enough to list it and to say what changed since. */
export interface AssessmentSummary {
  headcount: number;
  band: string;
  position: 'below' | 'within' | 'above';
  /** Most severe first. */
  stallPoints: StallPointSummary[];
  /** Seats the stage needs that were empty or short. */
  gaps: RoleId[];
  /** Seats staffed as the stage asks. */
  covered: RoleId[];
}

export function summarize(assessment: Assessment): AssessmentSummary {
  return {
    headcount: assessment.headcount.total,
    band: assessment.stage.band.label,
    position: assessment.headcount.position,
    stallPoints: assessment.stallPoints.map(({ id, title, severity }) => ({ id, title, severity })),
    gaps: assessment.grid
      .filter((row) => row.status === 'gap' || row.status === 'short')
      .map((row) => row.role),
    covered: assessment.grid.filter((row) => row.status === 'covered').map((row) => row.role),
  };
}

export interface SummaryPoint {
  stage: StageId;
  summary: AssessmentSummary;
}

/** How a team moved between two assessments. */
export interface Changes {
  stage: { from: StageId; to: StageId } | null;
  headcount: { from: number; to: number } | null;
  resolved: StallPointSummary[];
  appeared: StallPointSummary[];
  gapsClosed: RoleId[];
  gapsOpened: RoleId[];
}

export function compareSummaries(before: SummaryPoint, after: SummaryPoint): Changes {
  const ids = (points: StallPointSummary[]) => new Set(points.map((point) => point.id));
  const beforeIds = ids(before.summary.stallPoints);
  const afterIds = ids(after.summary.stallPoints);
  return {
    stage: before.stage === after.stage ? null : { from: before.stage, to: after.stage },
    headcount:
      before.summary.headcount === after.summary.headcount
        ? null
        : { from: before.summary.headcount, to: after.summary.headcount },
    resolved: before.summary.stallPoints.filter((point) => !afterIds.has(point.id)),
    appeared: after.summary.stallPoints.filter((point) => !beforeIds.has(point.id)),
    // Filled means staffed now, not merely no longer asked for (a team back at an earlier stage).
    gapsClosed: before.summary.gaps.filter((role) => after.summary.covered.includes(role)),
    gapsOpened: after.summary.gaps.filter((role) => !before.summary.gaps.includes(role)),
  };
}

export function hasChanges(changes: Changes): boolean {
  return (
    changes.stage !== null ||
    changes.headcount !== null ||
    changes.resolved.length > 0 ||
    changes.appeared.length > 0 ||
    changes.gapsClosed.length > 0 ||
    changes.gapsOpened.length > 0
  );
}
