import type {
  Action,
  Assessment,
  Evidence,
  GridRow,
  RoleId,
  SeatStatus,
  Severity,
  Suggestion,
} from '../advisor/index.js';
import { beforeTheMove, countNoun, inSentence, pluralOf, STAGE_IDS, singularOf } from '../advisor/index.js';

/** How each seat status reads to a person; shared by the terminal and Slack. */
export const STATUS_LABELS: Record<SeatStatus, string> = {
  covered: 'covered',
  short: 'short',
  carried: 'carried',
  unowned: 'no named owner',
  gap: 'gap',
  due_next: 'fill before the move',
  early: 'filled ahead of the move',
  optional: 'as needed',
  not_needed: 'not needed',
  not_yet: 'not yet',
  premature: 'ahead of the stage',
  over: 'more than the stage needs',
};

/** A seat's status as the grid prints it: a carried seat names who carries it. */
export function statusLabel(row: GridRow, assessment: Assessment): string {
  if (row.status === 'carried' && row.carriedBy) {
    const carrier = inSentence(shortNameOf(assessment, row.carriedBy));
    // A seat the stage makes core is held, by the person named its owner; only a shared seat is carried.
    return row.now.need === 'shared' ? `carried by ${carrier}` : `held by ${carrier}, named owner`;
  }
  if (row.status === 'due_next' && assessment.nextStage) return `fill before ${assessment.nextStage.name}`;
  // A seat the stage has a place for, held on a team whose work does not need it (ML engineers on hosted models).
  if (row.status === 'premature' && row.now.need !== 'wait') return 'not needed for this product';
  // A seat the stage says to wait for, filled now because the team is heading on: "gap" beside "Wait" would
  // read as a contradiction.
  if (row.status === 'gap' && row.now.need === 'wait') return 'fill now, for the move';
  if (row.fillVia) return `covered once the new ${inSentence(shortNameOf(assessment, row.fillVia))} starts`;
  return STATUS_LABELS[row.status];
}

function shortNameOf(assessment: Assessment, role: RoleId): string {
  return assessment.grid.find((other) => other.role === role)?.shortName ?? role;
}

/**
 * The grid's notes, for seats whose status label does not say it all. Seats sharing a note share a line
 * ("Backend engineer, Data engineer: more than the stage needs ..."), so a reason is said once.
 */
export function gridNotes(assessment: Assessment): string[] {
  const seatsByNote = new Map<string, string[]>();
  for (const row of assessment.grid) {
    if (row.note === null) continue;
    const seats = seatsByNote.get(row.note) ?? [];
    seats.push(row.shortName);
    seatsByNote.set(row.note, seats);
  }
  return [...seatsByNote].map(([note, seats]) => `${seats.join(', ')}: ${note}`);
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

/** "hire 1 full-time now", "augment 1 more before Production", "convert 1 to full-time now". */
function actionPhrase(suggestion: Suggestion, assessment: Assessment, more: boolean): string {
  const people = `${suggestion.people}${more ? ' more' : ''}`;
  // A team not heading on has no date for the move: the step waits for the team to set out ("as you scale").
  const when =
    suggestion.timing === 'now'
      ? 'now'
      : beforeTheMove(assessment.nextStage?.name, assessment.profile.headingToNext);
  switch (suggestion.action) {
    case 'build': {
      const from = suggestion.upskillFrom
        ? assessment.grid.find((row) => row.role === suggestion.upskillFrom)
        : undefined;
      if (!from) return `upskill ${people}, ${when}`;
      const source = inSentence(from.shortName);
      // "one of the frontend / design people", not "frontend / designs".
      const who =
        from.total === 1
          ? `the ${singularOf(source)}`
          : suggestion.people === 1
            ? `one of the ${pluralOf(source)}`
            : `${suggestion.people} of the ${pluralOf(source)}`;
      return `upskill ${who}, ${when}`;
    }
    case 'hire':
      return `hire ${people} full-time, ${when}`;
    case 'augment':
      return `augment ${people}, ${when}`;
    case 'convert':
      return `convert ${people} to full-time, ${when}`;
  }
}

/** One role's suggestions together: what to do now and before the move, the reasons once, the sources. */
export interface SuggestionLine {
  role: RoleId;
  roleName: string;
  /** "hire 1 full-time, now; augment 1 more, before Production". */
  actions: string;
  reasons: string[];
  evidence: Evidence[];
}

/**
 * The suggestions grouped by role, in the order of each role's first suggestion, so a role is named once with * its now and later parts together. A reason already given for an earlier role is not repeated.
 */
export function suggestionLines(assessment: Assessment): SuggestionLine[] {
  const lines = new Map<RoleId, SuggestionLine>();
  const said = new Set<string>();
  for (const suggestion of assessment.suggestions) {
    let line = lines.get(suggestion.role);
    const more = line !== undefined && suggestion.action !== 'convert' && line.actions.includes(', now');
    const phrase = actionPhrase(suggestion, assessment, more);
    if (!line) {
      line = {
        role: suggestion.role,
        roleName: suggestion.roleName,
        actions: phrase,
        reasons: [],
        evidence: [],
      };
      lines.set(suggestion.role, line);
    } else {
      line.actions += `; ${phrase}`;
    }
    if (!said.has(suggestion.why)) line.reasons.push(suggestion.why);
    said.add(suggestion.why);
    line.evidence.push(...suggestion.evidence);
  }
  return [...lines.values()];
}

/**
 * Readiness as a reader scans it: what is missing, one line each, then the seats in place only because
 * someone else carries them, with who (the rest of what is in place shows in the grid).
 */
export function readinessLines(readiness: Assessment['readiness']): { missing: string[]; carried: string } {
  const missing: string[] = [];
  const carried: string[] = [];
  for (const item of readiness.items) {
    if (!item.met) missing.push(item.text);
    else if (item.carriedBy) carried.push(item.name);
  }
  return { missing, carried: carried.join('; ') };
}

/**
 * Readiness in one or two lines, for a team not heading anywhere yet: how much of the next stage is in place,
 * and the first thing missing. The full checklist is for teams on the move.
 */
export function readinessSummary(readiness: Assessment['readiness']): string {
  const next = readiness.nextStage;
  if (!next) return '';
  // Seats and practices are counted; the size guide is not a seat, and a team past the band is not short of it.
  const missingItems = readiness.items.filter((item) => !item.met && item.kind !== 'headcount');
  const size = readiness.items.find((item) => !item.met && item.kind === 'headcount');
  const first = missingItems[0];
  // A seat with some people in it says how many more; an empty one is named.
  const missing = first && /\(0 now\)$/.test(first.text) ? first.name : first?.text;
  // What is missing is counted, not "n of m in place", whose total changes with what each team builds.
  return missing
    ? `Toward ${next.name}: ${countNoun(missingItems.length, 'seat or practice', 'seats or practices')} missing, first ${inSentence(missing)}.`
    : `Toward ${next.name}: every seat and practice in place${size ? `; ${inSentence(size.text)}` : ''}.`;
}

/** A figure as cited: our paraphrase, the source's own words in quotation marks when it has some, the source. */
export function citation(evidence: Evidence, emphasis: (claim: string) => string = (claim) => claim): string {
  // The sentence's full stop goes after the citation: "... from it (McKinsey, 2025)."
  const claim = evidence.quote === undefined ? evidence.claim.replace(/\.$/, '') : evidence.claim;
  const quote = evidence.quote === undefined ? '' : ` "${evidence.quote}"`;
  return `${emphasis(claim)}${quote} (${evidence.cite}).`;
}

/**
 * The team's role grid as a table of text, header first: the same columns in the terminal and in Slack. The
 * seat level is the team's own stage's (what the next stage adds shows in the status and the readiness
 * list); "People" counts everyone, augmented said apart.
 */
export function gridTableRows(assessment: Assessment): string[][] {
  const { stage } = assessment;
  return [
    ['Role', stage.name, 'People', 'Status'],
    ...assessment.grid
      .filter((row) => !isQuiet(row))
      .map((row) => [
        row.shortName,
        row.now.label,
        row.augmented > 0 ? `${row.total} (${row.augmented} augmented)` : String(row.total),
        statusLabel(row, assessment),
      ]),
  ];
}

/** An empty seat the team does not need (the stage says wait, as needed, or only for custom models). */
function isQuiet(row: GridRow): boolean {
  return (
    row.total === 0 && (row.status === 'not_yet' || row.status === 'optional' || row.status === 'not_needed')
  );
}

/**
 * The grid's empty seats the team does not need, in one line under the table rather than a row each: "Not
 * needed yet: MLOps / LLMOps engineer, Security / governance. As needed: Data scientist." Empty when none.
 */
export function quietSeatsLine(assessment: Assessment): string {
  // A seat the grid calls "As needed" is said to be; one the grid asks for but this build takes only as
  // needed (the AI engineer on a team that only trains its own models) says why, not the grid's word.
  const optionalByBuild =
    assessment.profile.builds === 'custom_models'
      ? 'Optional for a team that only trains its own models'
      : 'Optional for a team on hosted models only';
  const groups: [string, (row: GridRow) => boolean][] = [
    ['Not needed yet', (row) => row.status === 'not_yet'],
    ['As needed', (row) => row.status === 'optional' && row.now.need === 'as_needed'],
    [optionalByBuild, (row) => row.status === 'optional' && row.now.need !== 'as_needed'],
    ['Only for custom models', (row) => row.status === 'not_needed'],
  ];
  return groups
    .map(([label, inGroup]) => {
      const seats = assessment.grid.filter((row) => isQuiet(row) && inGroup(row));
      return seats.length > 0 ? `${label}: ${seats.map((row) => row.shortName).join(', ')}.` : '';
    })
    .filter((part) => part !== '')
    .join(' ');
}

/** "Pilot, heading to Production". */
export function stageSentence(assessment: Assessment): string {
  const { profile, stage, nextStage } = assessment;
  return profile.headingToNext && nextStage ? `${stage.name}, heading to ${nextStage.name}` : stage.name;
}

/** "4 people, 1 augmented; the production band is 6 to 12". */
export function headcountSentence(assessment: Assessment): string {
  const { headcount, stage, nextStage } = assessment;
  const judged = headcount.judgedAgainst === stage.id ? stage : (nextStage ?? stage);
  const people = headcount.total === 0 ? 'nobody yet' : countNoun(headcount.total, 'person', 'people');
  const augmented =
    headcount.augmented === 0
      ? ''
      : headcount.augmented === headcount.total
        ? headcount.total === 1
          ? ', augmented'
          : ', all augmented'
        : `, ${headcount.augmented} augmented`;
  const band = judged.name.toLowerCase();
  // Outside the band, the line says which way: a team past it with every seat busy has no size stall point.
  if (headcount.position === 'within')
    return `${people}${augmented}; the ${band} band is ${headcount.band.label}`;
  return `${people}${augmented}, ${headcount.position === 'above' ? 'past' : 'below'} the ${band} band of ${headcount.band.label}`;
}

/**
 * Whether the answer speaks of the next stage: not at the last stage, and not for a team that is staying put
 * while its answers look like an earlier stage (it has that to settle first; "toward Scale" would measure the
 * wrong step). Shared by the text and the Slack thread, so both leave it out alike.
 */
export function saysNextStage(assessment: Assessment): boolean {
  const { readiness, headcount, stage, profile } = assessment;
  if (!readiness.nextStage) return false;
  const hint = headcount.stageHint;
  const looksEarlier = hint !== null && STAGE_IDS.indexOf(hint.looksLike) < STAGE_IDS.indexOf(stage.id);
  return profile.headingToNext || !looksEarlier;
}
