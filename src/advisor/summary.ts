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
  /** The band the headcount was read against, and where it fell. */
  band: string;
  position: 'below' | 'within' | 'above';
  /** The stage whose band that is (the next one for a team heading there); absent in older records. */
  judgedAgainst?: StageId;
  /** Most severe first. */
  stallPoints: StallPointSummary[];
  /** Seats with people to add, now or before the next stage. */
  gaps: RoleId[];
  /** Seats whose work is done as the stage asks: held, carried, or filled early for the next stage. */
  covered: RoleId[];
}

export function summarize(assessment: Assessment): AssessmentSummary {
  return {
    headcount: assessment.headcount.total,
    band: assessment.headcount.band.label,
    position: assessment.headcount.position,
    judgedAgainst: assessment.headcount.judgedAgainst,
    stallPoints: assessment.stallPoints.map(({ id, title, severity }) => ({ id, title, severity })),
    gaps: assessment.grid
      .filter((row) => row.toFill.now + row.toFill.beforeNext > 0 || row.fillVia !== null)
      .map((row) => row.role),
    covered: assessment.grid
      .filter(
        (row) =>
          (row.status === 'covered' || row.status === 'carried' || row.status === 'early') &&
          row.toFill.beforeNext === 0,
      )
      .map((row) => row.role),
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
