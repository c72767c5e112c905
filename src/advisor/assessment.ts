import type { Evidence } from './evidence.js';
import type { Need, PracticeId, RoleId, StageId } from './playbook/ids.js';
import type { TeamProfile } from './profile.js';

/** The advisor's whole answer for one team. Plain data: safe to store, serialise and render anywhere. */
export interface Assessment {
  profile: TeamProfile;
  stage: StageSummary;
  nextStage: StageSummary | null;
  headcount: HeadcountAssessment;
  grid: GridRow[];
  /** Most severe first. */
  stallPoints: StallPoint[];
  suggestions: Suggestion[];
  readiness: Readiness;
}

export interface StageSummary {
  id: StageId;
  name: string;
  band: HeadcountBand;
  goal: string;
}

export interface HeadcountBand {
  min: number;
  max: number;
  openEnded: boolean;
  /** As the playbook prints it, e.g. "12 to 30+". */
  label: string;
}

export interface HeadcountAssessment {
  total: number;
  inHouse: number;
  augmented: number;
  position: 'below' | 'within' | 'above';
  /** Set when the answers look like another stage (a "pilot" of 14 with production monitoring). */
  stageHint: StageHint | null;
}

export interface StageHint {
  looksLike: StageId;
  looksLikeName: string;
  /** The headcount fits that stage's band too (a pilot of 40 looks like production, but is bigger still). */
  fitsBand: boolean;
  reasons: string[];
}

export interface SeatLevelView {
  id: string;
  label: string;
  need: Need;
  minCount: number;
  urgent: boolean;
  dedicated: boolean;
  meaning: string;
}

/**
 * - `covered`: the seat is staffed as the stage asks.
 * - `short`: staffed, but below the stage's minimum (e.g. one where it says "multiple").
 * - `gap`: the stage needs the seat and nobody holds it.
 * - `shared`: nobody dedicated, which the stage allows: someone else covers it part-time.
 * - `optional`: "as needed"; empty is fine.
 * - `not_needed`: conditional seat whose condition does not hold (no custom model).
 * - `not_yet`: the stage says wait, and the team waits.
 * - `premature`: staffed before the stage needs it.
 * - `over`: more people in the one seat than the stage's whole band.
 */
export const SEAT_STATUSES = [
  'covered',
  'short',
  'gap',
  'shared',
  'optional',
  'not_needed',
  'not_yet',
  'premature',
  'over',
] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

export interface GridRow {
  role: RoleId;
  name: string;
  shortName: string;
  now: SeatLevelView;
  next: SeatLevelView | null;
  inHouse: number;
  augmented: number;
  total: number;
  status: SeatStatus;
  /** Why the status is what it is, when the label alone would not say. */
  note: string | null;
}

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STALL_IDS = [
  'mlops_missing',
  'ai_bolted_onto_app_team',
  'researchers_not_shippers',
  'data_scientists_without_data_engineering',
  'no_eval_owner',
  'no_security_seat',
  'pilot_exit_unprepared',
  'no_product_owner',
  'no_backend_or_data_engineer',
  'headcount_outside_band',
  'no_governance_function',
] as const;
export type StallId = (typeof STALL_IDS)[number];

export interface StallPoint {
  id: StallId;
  severity: Severity;
  /** A headline, a few words. */
  title: string;
  /** What is happening in this team, with its numbers. */
  what: string;
  /** Why this pattern stalls teams. */
  why: string;
  fix: string;
  evidence: Evidence[];
  /** The seats the fix asks the team to fill or grow; the suggestions say how. */
  seatsToFill: RoleId[];
}

export const APPROACHES = ['build', 'hire', 'augment'] as const;
export type Approach = (typeof APPROACHES)[number];

export interface Suggestion {
  role: RoleId;
  roleName: string;
  approach: Approach;
  /** `now` fills a gap at the current stage; `before_next_stage` prepares the move. */
  when: 'now' | 'before_next_stage';
  /** People to add to reach the stage's minimum. */
  people: number;
  why: string;
  evidence: Evidence[];
}

export interface ReadinessItem {
  kind: 'role' | 'practice' | 'headcount';
  id: RoleId | PracticeId | 'headcount';
  text: string;
  met: boolean;
}

export interface Readiness {
  /** Null at the last stage: there is nothing to move on to. */
  nextStage: { id: StageId; name: string } | null;
  items: ReadinessItem[];
  ready: boolean;
}
