import type { Approach, Assessment, Evidence, SeatStatus, Severity } from '../advisor/index.js';
import { SOURCES } from '../advisor/index.js';

/** How each seat status reads to a person; shared by the terminal and Slack. */
export const STATUS_LABELS: Record<SeatStatus, string> = {
  covered: 'covered',
  short: 'short',
  gap: 'gap',
  shared: 'may stay shared',
  optional: 'as needed',
  not_needed: 'not needed',
  not_yet: 'not yet',
  premature: 'ahead of the stage',
  over: 'more than the stage needs',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const APPROACH_LABELS: Record<Approach, string> = {
  build: 'Build (upskill)',
  hire: 'Hire full-time',
  augment: 'Augment',
};

export function citation(evidence: Evidence): string {
  return `${evidence.claim} (${SOURCES[evidence.source].short})`;
}

/** The team's role grid as a table of text, header first: the same columns in the terminal and in Slack. */
export function gridTableRows(assessment: Assessment): string[][] {
  const { stage, nextStage } = assessment;
  return [
    [
      'Role',
      `Now (${stage.name})`,
      nextStage ? `Next (${nextStage.name})` : 'Next',
      'In-house',
      'Augmented',
      'Status',
    ],
    ...assessment.grid.map((row) => [
      row.shortName,
      row.now.label,
      row.next?.label ?? '-',
      String(row.inHouse),
      String(row.augmented),
      STATUS_LABELS[row.status],
    ]),
  ];
}
