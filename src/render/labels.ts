import type {
  Action,
  Assessment,
  Evidence,
  GridRow,
  SeatStatus,
  Severity,
  Suggestion,
} from '../advisor/index.js';
import { inSentence, SOURCES } from '../advisor/index.js';

/** How each seat status reads to a person; shared by the terminal and Slack. */
export const STATUS_LABELS: Record<SeatStatus, string> = {
  covered: 'covered',
  short: 'short',
  carried: 'carried',
  unowned: 'no named owner',
  gap: 'gap',
  due_next: 'fill before the move',
  early: 'early, on time',
  optional: 'as needed',
  not_needed: 'not needed',
  not_yet: 'not yet',
  premature: 'ahead of the stage',
  over: 'more than the stage needs',
};

/** A seat's status as the grid prints it: a carried seat names who carries it. */
export function statusLabel(row: GridRow, assessment: Assessment): string {
  if (row.status === 'carried' && row.carriedBy) {
    const carrier = assessment.grid.find((other) => other.role === row.carriedBy);
    return `${carrier?.shortName ?? row.carriedBy} carries it`;
  }
  if (row.status === 'due_next' && assessment.nextStage) return `fill before ${assessment.nextStage.name}`;
  if (row.fillVia) {
    const via = assessment.grid.find((other) => other.role === row.fillVia);
    return `gap (${inSentence(via?.shortName ?? row.fillVia)} hire covers it)`;
  }
  return STATUS_LABELS[row.status];
}

/** The grid's notes, for seats whose status label does not say it all. */
export function gridNotes(assessment: Assessment): string[] {
  return assessment.grid.filter((row) => row.note !== null).map((row) => `${row.shortName}: ${row.note}`);
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const ACTION_LABELS: Record<Action, string> = {
  build: 'Build (upskill)',
  hire: 'Hire full-time',
  augment: 'Augment',
  convert: 'Convert to full-time',
};

/**
 * Suggestions often share a reason (three seats to upskill, for the same reason): a reader needs it once.
 * Returns the reason, with a leading space, the first time (or whenever a figure is cited beside it); an
 * empty string after.
 */
export function reasonOnce(): (why: string, cited?: boolean) => string {
  const said = new Set<string>();
  // A suggestion citing a figure keeps its reason: the figure supports that sentence.
  return (why, cited = false) => {
    if (said.has(why) && !cited) return '';
    said.add(why);
    return ` ${why}`;
  };
}

/** "(1 person, now)", "(2 people, before Production)". */
export function suggestionScope(suggestion: Suggestion, assessment: Assessment): string {
  const people = `${suggestion.people} ${suggestion.people === 1 ? 'person' : 'people'}`;
  const when =
    suggestion.timing === 'now' ? 'now' : `before ${assessment.nextStage?.name ?? 'the next stage'}`;
  return `${people}, ${when}`;
}

/** Readiness as a reader scans it: what is missing, one line each, then the names of what is in place. */
export function readinessLines(readiness: Assessment['readiness']): { missing: string[]; inPlace: string } {
  const missing: string[] = [];
  const inPlace: string[] = [];
  for (const item of readiness.items) {
    if (item.met) inPlace.push(item.name);
    else missing.push(item.text);
  }
  return { missing, inPlace: inPlace.join('; ') };
}

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
      statusLabel(row, assessment),
    ]),
  ];
}

/** "Pilot, heading to Production". */
export function stageSentence(assessment: Assessment): string {
  const { profile, stage, nextStage } = assessment;
  return profile.headingToNext && nextStage ? `${stage.name}, heading to ${nextStage.name}` : stage.name;
}

/** "4 (3 in-house, 1 augmented) against the production band of 6 to 12: below it". */
export function headcountSentence(assessment: Assessment): string {
  const { headcount, stage, nextStage } = assessment;
  const judged = headcount.judgedAgainst === stage.id ? stage : (nextStage ?? stage);
  const position = headcount.position === 'within' ? 'within it' : `${headcount.position} it`;
  return `${headcount.total} (${headcount.inHouse} in-house, ${headcount.augmented} augmented) against the ${judged.name.toLowerCase()} band of ${headcount.band.label}: ${position}`;
}
