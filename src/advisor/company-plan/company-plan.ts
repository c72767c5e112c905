import type { Action, HeadcountAssessment, Severity, StallId, Suggestion } from '../assessment.js';
import type { RoleId, StageId, Urgency } from '../playbook/ids.js';
import type { TeamProfile } from '../profile.js';

/**
 * The hiring plan across a company's AI teams: each team's latest assessment, read with today's playbook,
 * and what the teams need taken together. Plain data, like `Assessment`: Slack, the CLI and the exports
 * render it; none of them decides anything.
 */
export interface CompanyPlan {
  /** When the plan was made (ISO 8601); ages are counted to it. */
  asOf: string;
  /** An assessment older than this many days is stale: re-assess before hiring on it. */
  staleAfterDays: number;
  /** Every team, most pressing first (see `fillOrder`). */
  teams: PlanTeam[];
  /** The company's seats to fill, by role, in the order to fill them. */
  seats: CompanySeat[];
  /** Seats better filled once for several teams: a shared platform or function. */
  shared: SharedSeat[];
  totals: PlanTotals;
  /** The roles in the playbook's order: the picture's columns. */
  roles: PlanRole[];
}

/** Where a team's answers came from and when: the plan's input, one per team. */
export interface TeamOnRecord {
  /** Unique within the plan: a channel and team name in Slack, a file and position in the CLI. */
  id: string;
  profile: TeamProfile;
  /** The Slack channel (or DM) it was assessed in; null outside Slack. */
  channelId: string | null;
  /** Where it came from outside Slack (a file name); null in Slack. */
  source: string | null;
  assessedAt: Date;
}

export interface PlanRole {
  id: RoleId;
  name: string;
  shortName: string;
  /** A few letters for the picture's column heads ("MLOps", "DE"). */
  abbreviation: string;
}

/** How the picture shows a team's seat. */
export const CELL_STATES = ['held', 'gap', 'not_needed_yet', 'over'] as const;
export type CellState = (typeof CELL_STATES)[number];

export interface PlanTeam {
  id: string;
  /** The team's own name; null when the questionnaire left it blank. */
  name: string | null;
  channelId: string | null;
  source: string | null;
  stage: StageId;
  stageName: string;
  /** The stage it is heading to, when it said so. */
  headingTo: { id: StageId; name: string } | null;
  headcount: Pick<HeadcountAssessment, 'total' | 'judgedAgainst' | 'band' | 'position'> & {
    /** The name of the stage whose band it is read against. */
    judgedAgainstName: string;
  };
  /** The team's most severe stall point, if any. */
  topStall: { id: StallId; title: string; severity: Severity } | null;
  urgency: Urgency;
  /** What the team's own advice says to fill, most pressing first. */
  seats: PlanTeamSeat[];
  /** Seats with nobody to add but an owner to name (eval work the AI engineer can hold, once named). */
  ownersToName: string[];
  /** Adding every suggested person takes the team past the band it is judged against. */
  pastBand: boolean;
  assessedAt: string;
  ageDays: number;
  stale: boolean;
  /** One state per role, in `CompanyPlan.roles` order. */
  cells: CellState[];
  /** 1 for the most pressing team. */
  rank: number;
  /** The answers the plan read, for a Re-assess that starts from them. */
  profile: TeamProfile;
}

export interface PlanTeamSeat {
  role: RoleId;
  roleName: string;
  action: Action;
  timing: Suggestion['timing'];
  people: number;
  /** The most severe of the team's stall points that asks for this seat; null when none does. */
  severity: Severity | null;
  /** Filled through a shared platform or function instead of a hire of the team's own. */
  shared: SharedSeat['kind'] | null;
  /** The people come from another team that has them to spare (the only team lacking the seat). */
  lent: boolean;
  /** The stall point that asks for this seat, when one does (the most severe). */
  stallId: StallId | null;
}

/** A seat the company fills, summed over the teams that need it. */
export interface CompanySeat {
  role: RoleId;
  roleName: string;
  /** 1 for the seat to fill first. */
  rank: number;
  /** People to add for the stages the teams are at now, the shared platform's or function's included. */
  peopleNow: number;
  /** Of those, the people the shared platform or function needs. */
  peopleShared: number;
  /** People other teams have to spare who fill the seat instead (not counted as people to add). */
  lent: number;
  /** People to add before teams move on. */
  peopleBeforeNext: number;
  /** People to bring in-house (augmented seats to convert); not added headcount. */
  toConvert: number;
  /** Set when the seat is filled once for several teams: the shared platform or function's people count here. */
  shared: SharedSeat['kind'] | null;
  /** The most severe stall point any team's need for this seat answers; null when none. */
  severity: Severity | null;
  /** The most urgent hiring urgency among those teams. */
  urgency: Urgency;
  teams: CompanySeatTeam[];
}

export interface CompanySeatTeam {
  teamId: string;
  action: Action;
  timing: Suggestion['timing'];
  people: number;
  severity: Severity | null;
  /** Its people come from the shared platform or function instead. */
  shared: boolean;
}

/**
 * One platform seat or governance function for several teams, instead of a hire in each: where two or more
 * teams past the pilot need the same seat that the playbook's top stage runs as a platform or function. With
 * one team needing it, set where another team has the people to spare or runs it as a platform already.
 */
export interface SharedSeat {
  kind: 'platform' | 'function';
  /**
   * - `new`: a shared seat no team runs yet;
   * - `built_around`: grown from people a team at the same stage or beyond has to spare, or its platform;
   * - `lent`: one team's need covered by people another team has to spare.
   */
  mode: 'new' | 'built_around' | 'lent';
  role: RoleId;
  roleName: string;
  shortName: string;
  /** The playbook's label for the seat at its top stage ("Core, platform"), the reason for sharing it. */
  levelLabel: string;
  levelStageName: string;
  /** Teams that need people in the seat: how many (now and before a move), and how many they have. */
  lacking: {
    teamId: string;
    /** People the team needs in the seat, now and before its move; `now` of them for its current stage. */
    people: number;
    now: number;
    has: number;
    stale: boolean;
    timing: Suggestion['timing'];
  }[];
  /** Teams whose people in the seat could serve the others: more than they need, or a platform already. */
  servedBy: { teamId: string; people: number; spare: number; stale: boolean }[];
  /** People the lacking teams would add if each filled its own seat. */
  perTeamPeople: number;
  /** People other teams have to spare who cover part of it. */
  lent: number;
  /** People to add for the shared seat. */
  toAdd: number;
  /** Needed now when any of the teams needs it now; otherwise before their moves. */
  timing: Suggestion['timing'];
  /** How to bring the people in: what the teams' own answers say most for the seat. */
  action: Action;
}

export interface PlanTotals {
  teams: number;
  teamsWithSeatsToFill: number;
  peopleNow: number;
  peopleBeforeNext: number;
  toConvert: number;
  /** People the teams' own advice fills by upskilling (build): counted in the people to fill, not hired. */
  toUpskill: number;
  stale: number;
  /** People other teams have to spare who fill seats instead of new hires. */
  lent: number;
  /** People the shared platforms and functions save against a hire in every team. */
  savedBySharing: number;
}
