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
  plan: StaffingPlan;
  readiness: Readiness;
  /** The answer's first line: what is missing for the move, or the most severe stall point. */
  lead: string;
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
  /** The stage whose band the team is read against: its own, or the one it is heading to. */
  judgedAgainst: StageId;
  band: HeadcountBand;
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

/** The verdict on one seat; docs/advice.md says what each means. */
export const SEAT_STATUSES = [
  'covered',
  'short',
  'carried',
  'unowned',
  'gap',
  'due_next',
  'early',
  'optional',
  'not_needed',
  'not_yet',
  'premature',
  'over',
] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

/** People a seat still needs: for the current stage, and on top of that before the next one. */
export interface SeatToFill {
  now: number;
  beforeNext: number;
}

/**
 * The one reading of a seat that every part of the answer uses: the grid prints it, and stall points,
 * suggestions, readiness and history read it.
 */
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
  /** For `carried`: the seat whose holder does this work; always a seat somebody holds. */
  carriedBy: RoleId | null;
  toFill: SeatToFill;
  /** The seat is filled by filling another (one backend or data engineer covers both at a pilot). */
  fillVia: RoleId | null;
  /** Why the status is what it is, when the label alone would not say. */
  note: string | null;
}

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STALL_IDS = [
  'no_ai_engineer',
  'mlops_missing',
  'custom_model_without_ml_engineer',
  'researchers_not_shippers',
  'data_scientists_without_data_engineering',
  'no_governed_data',
  'no_security_seat',
  'no_monitoring',
  'no_security_review',
  'no_product_owner',
  'no_eval_owner',
  'no_backend_or_data_engineer',
  'headcount_outside_band',
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

/**
 * - `build`: upskill people already on the team.
 * - `hire`: a full-time hire.
 * - `augment`: vetted engineers from outside, for speed and specialist gaps.
 * - `convert`: the seat is held by augmented people only and should now be permanent.
 */
export const ACTIONS = ['build', 'hire', 'augment', 'convert'] as const;
export type Action = (typeof ACTIONS)[number];

export interface Suggestion {
  role: RoleId;
  roleName: string;
  action: Action;
  /** `now` fills a seat the current stage needs; `before_next_stage` prepares the move. */
  timing: 'now' | 'before_next_stage';
  /** People to add, or for `convert` the augmented people to bring in-house. */
  people: number;
  /** For `build`: the seat whose spare people are upskilled into this one. */
  upskillFrom?: RoleId;
  why: string;
  evidence: Evidence[];
}

/**
 * People a team past its band could give up, in the order to consider them: seats ahead of the stage, then
 * seats over it, then people beyond what a seat needs. Never the AI engineer.
 */
export interface RoomToMake {
  role: RoleId;
  people: number;
  reason: 'ahead_of_stage' | 'not_needed' | 'over' | 'beyond_need';
}

/** The suggestions taken together. */
export interface StaffingPlan {
  /** Headcount once every suggested person is added. */
  projectedHeadcount: number;
  /** The additions take the team past the band it is judged against. */
  pastBand: boolean;
  /** Where to make room when the team is, or would be, past its band; empty otherwise. */
  makeRoom: RoomToMake[];
  /** What the additions amount to, with urgency said once; null when there is nothing to fill. */
  note: string | null;
}

export interface ReadinessItem {
  kind: 'role' | 'practice' | 'headcount';
  id:
    | RoleId
    | PracticeId
    | 'headcount' /** The seat, practice or "Headcount", for a short list; a carried seat names who carries it. */;
  name: string;
  /** For a seat in place only because another seat's holder does its work: that seat. */
  carriedBy?: RoleId;
  text: string;
  met: boolean;
}

export interface Readiness {
  /** Null at the last stage: there is nothing to move on to. */
  nextStage: { id: StageId; name: string } | null;
  items: ReadinessItem[];
  ready: boolean;
}
