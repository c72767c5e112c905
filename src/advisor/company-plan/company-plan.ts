import type {
  Action,
  HeadcountAssessment,
  RoomToMake,
  Severity,
  StallId,
  Suggestion,
} from '../assessment.js';
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

/**
 * The one reading of each team's seat that the text, JSON, CSVs, picture and App Home all share:
 * - `fill_now`: the team's own answer fills it for the stage it is at (hire, augment or upskill), and the team
 *   needs people within weeks or this quarter;
 * - `fill_later`: the same, for a team in no rush (its own answer still says "now");
 * - `on_hold`: the team's answers are stale: its own answer fills the seat, but the plan waits for its
 *   re-assessment (in no step, no total);
 * - `before_move`: the team's own answer fills it before the move to the next stage;
 * - `to_convert`: held by contractors the team's own answer converts to full-time, with no one to add;
 * - `owner_to_name`: nobody to add, but someone on the team must be named its owner;
 * - `carried`: nobody holds it and another seat carries its work, as the stage allows;
 * - `with_new_seat`: nobody holds it, and the person another of its seats adds will cover it (one backend or
 *   data engineer covers both at a pilot): nobody carries it until then;
 * - `from_shared`: filled from a shared platform or function, or part-time by a sister team, instead of a
 *   hire of the team's own;
 * - `moved_in`: filled for good by people another team frees to make room, who move to this team;
 * - `held`: held, nothing to add;
 * - `over`: more people than the stage needs, or held ahead of the stage, or people the team frees to make room;
 * - `not_needed`: the stage does not need it (or the team never will, as things stand).
 */
export const SEAT_STATES = [
  'fill_now',
  'fill_later',
  'on_hold',
  'before_move',
  'to_convert',
  'owner_to_name',
  'from_shared',
  'moved_in',
  'carried',
  'with_new_seat',
  'held',
  'over',
  'not_needed',
] as const;
export type SeatState = (typeof SEAT_STATES)[number];
/** The picture's cells are the seat states. */
export const CELL_STATES = SEAT_STATES;
export type CellState = SeatState;

/**
 * When a seat is needed, from the team's urgency and the suggestion's timing: a seat for the stage the team is
 * at is needed within weeks, this quarter or with no rush, as the team said; one for the next stage, before
 * the move; and for a team not heading to the next stage, `at_next_stage`: when it does, which no one has
 * planned, so the seat is in no step and no total (`totals.later` counts it).
 */
export const WHENS = ['within_weeks', 'this_quarter', 'no_rush', 'before_move', 'at_next_stage'] as const;
export type When = (typeof WHENS)[number];

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
  /** The stage after its own, heading there or not; null at the top stage. */
  nextStage: { id: StageId; name: string } | null;
  headcount: Pick<HeadcountAssessment, 'total' | 'judgedAgainst' | 'band' | 'position'> & {
    /** The name of the stage whose band it is read against. */
    judgedAgainstName: string;
    /**
     * Once the team's own hires and contractors join (upskilling, converting and shared seats add no one here),
     * the shared seats it runs grow, and people it frees move to other teams' seats (or join from them).
     */
    after: number;
  };
  /**
   * Its own answer's hint that it looks like another stage (an 18-person production team that runs data as a
   * platform looks like a scale team): said in its line, so a team above its band is explained.
   */
  stageHint: { looksLike: StageId; looksLikeName: string } | null;
  /** The team's most severe stall point, if any. */
  topStall: { id: StallId; title: string; severity: Severity } | null;
  /** Every stall point of the team's own answer, most severe first, those that need no hire included. */
  stallPoints: PlanStall[];
  urgency: Urgency;
  /** What the team's own advice says to fill, in its own answer's order. */
  seats: PlanTeamSeat[];
  /** Seats with nobody to add but an owner to name (eval work the AI engineer can hold, once named). */
  ownersToName: string[];
  /** Adding every suggested person takes the team past the band it is judged against. */
  pastBand: boolean;
  /** Where the team's own answer says to make room when the additions pass its band; null when it does not. */
  makeRoom: string | null;
  /**
   * Shared platforms or functions this team runs for others, people it lends from its spare ones, and people
   * it frees to make room who move to other teams.
   */
  serves: PlanService[];
  /**
   * People the team's own answer frees to make room whom no other team in the plan takes (moved or lent): they
   * are free for a team outside the plan, and stay in its headcount until they go.
   */
  freedUnplaced: {
    role: RoleId;
    roleName: string;
    people: number;
    /** Why its own answer frees them, so the plan says what that answer says (share, move out, trim). */
    reason: RoomToMake['reason'];
    /**
     * Sister teams that convert contractors in the same seat: a freed employee could take that seat instead of a
     * conversion, which the plan says rather than calling the person unwanted.
     */
    convertingTeamIds: string[];
  }[];
  assessedAt: string;
  ageDays: number;
  stale: boolean;
  /** One state per role, in `CompanyPlan.roles` order. */
  cells: SeatState[];
  /** 1 for the most pressing team. */
  rank: number;
  /** The answers the plan read, for a Re-assess that starts from them. */
  profile: TeamProfile;
}

export interface PlanStall {
  id: StallId;
  title: string;
  severity: Severity;
  /** The seats its fix asks for; empty when it needs no hire (a practice to start, an owner to name). */
  seatsToFill: RoleId[];
}

/** A job a team does for other teams: running a shared platform or function, or lending spare people. */
export interface PlanService {
  role: RoleId;
  roleName: string;
  kind: SharedSeat['kind'];
  /**
   * `runs`: the shared seat is built around this team's people; `lends`: its spare people cover others;
   * `moves`: people it frees to make room move to the others.
   */
  how: 'runs' | 'lends' | 'moves';
  /** People of its own in the seat it puts to the job (for `lends`, the spare ones lent). */
  people: number;
  /** People the shared seat adds (counted once, in the shared seat). */
  toAdd: number;
  teamIds: string[];
}

export interface PlanTeamSeat {
  role: RoleId;
  roleName: string;
  /**
   * What the plan does for the seat: the team's own answer's action when the team fills it its own way; the
   * shared platform's or function's (`hire`, or `augment` for its contractor bridge) when one fills it; `none`
   * when people another team has to spare fill it (lent part-time, or moving in).
   */
  action: Action | 'none';
  /** The team's own answer's action for the seat. */
  ownAction: Action;
  /** The team's own answer's timing. */
  timing: Suggestion['timing'];
  people: number;
  /** When it is needed, from the timing and the team's urgency. */
  when: When;
  /** The most severe of the team's stall points that asks for this seat; null when none does. */
  severity: Severity | null;
  /**
   * Filled from a shared platform or function, or part-time by a sister team, instead of the team's own
   * action; null when the team fills it its own way.
   */
  shared: SharedSeat['kind'] | null;
  /** The people come from another team that has them to spare. */
  lent: boolean;
  /** Where in `CompanyPlan.shared` the shared seat filling it is; null when the team fills it its own way. */
  sharedIndex: number | null;
  /** The stall point that asks for this seat, when one does (the most severe). */
  stallId: StallId | null;
  /**
   * The team's assessment is stale: the seat waits for its re-assessment, and is in no step, no total and no
   * headcount after (the plan names the team once instead).
   */
  pending: boolean;
  /**
   * A sister pilot that holds this seat (one the playbook lets a pilot share): the team may share that person
   * part-time instead of adding its own, as its own answer allows ("the seat can be part-time or shared").
   * Null otherwise.
   */
  partTimeWith: string | null;
}

/**
 * A step of the company's plan: one role, needed at one time, across the teams that need it then; or one
 * shared platform or function, at the time its most pressing team needs it.
 */
export interface CompanySeat {
  role: RoleId;
  roleName: string;
  /** 1 for the seat to fill first. */
  rank: number;
  when: When;
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
  /** People by how they come in: hired, augmented, upskilled, converted (the shared seat's bridge included). */
  people: ActionCounts;
  /** Set when the step is a shared platform or function (or a part-time share). */
  shared: SharedSeat['kind'] | null;
  /** The most severe stall point any team's need for this seat answers; null when none. */
  severity: Severity | null;
  /** The most urgent hiring urgency among those teams. */
  urgency: Urgency;
  teams: CompanySeatTeam[];
}

export interface ActionCounts {
  hires: number;
  contractors: number;
  upskilled: number;
  conversions: number;
}

export interface CompanySeatTeam {
  teamId: string;
  /** What the plan does for this team's seat (`PlanTeamSeat.action`). */
  action: Action | 'none';
  timing: Suggestion['timing'];
  people: number;
  severity: Severity | null;
  /** Its people come from the shared platform or function instead. */
  shared: boolean;
  /** Where in `CompanyPlan.shared` that shared seat is; null for the team's own. */
  sharedIndex: number | null;
  /** The sister pilot whose person the team may share part-time instead (`PlanTeamSeat.partTimeWith`). */
  partTimeWith: string | null;
}

/**
 * One platform seat or governance function for several teams, instead of a hire in each, or a seat a team
 * fills from another team's spare people.
 */
export interface SharedSeat {
  /**
   * `platform` / `function`: the seats the playbook's top stage runs once for many teams; `part_time`: a pilot's
   * seat the playbook lets be shared, filled part-time by a sister pilot's spare person (mode `lent`), or by one
   * new person two pilots share, each of whose answers adds one (mode `new`); `moved`: a seat filled
   * by people another team frees to make room (its own answer's `makeRoom`), who move to this team.
   */
  kind: 'platform' | 'function' | 'part_time' | 'moved';
  /**
   * - `new`: a shared seat no team runs yet;
   * - `built_around`: grown around a scale team that runs the seat (`runBy`), or other teams' spare people;
   * - `lent`: covered by people another team has to spare (`servedBy`), with no one to add.
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
    when: When;
    /** What the team's own answer says for the seat (its first suggestion for it). */
    ownAction: Action;
  }[];
  /**
   * The team that runs it, when one does: the scale team with the most people staying in the seat (its own
   * answer neither upskills them into another seat nor moves them out); `augmented` of them are contractors.
   */
  runBy: { teamId: string; people: number; augmented: number; stale: boolean } | null;
  /** Teams past the pilot that hold the seat for their own work but do not run it for others. */
  heldBy: {
    teamId: string;
    people: number;
    /** The team is above its band: its people in the seat are the first to ask before anyone is hired. */
    aboveBand: boolean;
  }[];
  /**
   * Teams whose people serve the others: the runner, and teams with people beyond their own answer's need.
   * `role` is the seat their people hold: the shared seat's own, or (part-time at a pilot) a seat the playbook
   * lets carry its work, as a data engineer carries backend work.
   */
  servedBy: {
    teamId: string;
    role: RoleId;
    shortName: string;
    people: number;
    spare: number;
    stale: boolean;
  }[];
  /** People the lacking teams would add if each filled its own seat. */
  perTeamPeople: number;
  /** People other teams have to spare who cover part of it. */
  lent: number;
  /** People to add for the shared seat. */
  toAdd: number;
  /** Needed now when any of the teams needs it now; otherwise before their moves. */
  timing: Suggestion['timing'];
  /** When its most pressing team needs it. */
  when: When;
  /**
   * How its people come in: `hire` (full-time) for a platform or function, durable work at the top stage;
   * `augment` when contractors start it as a bridge (`bridge`), to be converted; `none` when spare people cover it.
   */
  action: 'hire' | 'augment' | 'none';
  /**
   * Set when contractors start it (see `findSharedSeats`): they are converted to full-time, or replaced by
   * permanent hires, `once_running`: once the platform or function runs, not on a date, since a full-time search
   * is slow in a scarce market. Null when it is hired full-time from the start.
   */
  bridge: {
    people: number;
    /**
     * Of `people`, the contractors that full-time hires the teams' own answers ask for replace (searched for
     * now): counted as hires, not as contractors or conversions.
     */
    replacedByHires: number;
    convertBy: 'once_running';
  } | null;
}

export interface PlanTotals {
  teams: number;
  teamsWithSeatsToFill: number;
  /** People to add now (hired, augmented or upskilled; shared seats' people counted once). */
  peopleNow: number;
  peopleBeforeNext: number;
  /** Augmented people to convert to full-time, the shared seats' bridges included. */
  toConvert: number;
  /**
   * What teams not heading to the next stage fill when they do (`when: at_next_stage`): their own answers say
   * it, but no move is planned, so it is counted here and in no other total.
   */
  later: ActionCounts;
  /** People the teams' own advice fills by upskilling (build): counted in the people to fill, not hired. */
  toUpskill: number;
  /** New people: full-time hires plus contractors. */
  newPeople: number;
  hires: number;
  contractors: number;
  stale: number;
  /** People other teams have to spare who fill seats instead of new hires (they move, or share part-time). */
  lent: number;
  /** People the shared platforms and functions save against a hire in every team. */
  savedBySharing: number;
  ownersToName: number;
  /** The company's headcount across these teams, before and after the new people join. */
  headcountBefore: number;
  headcountAfter: number;
  /** How many of the teams' seats are in each state: the picture's marks and the text's counts. */
  seatStates: Record<SeatState, number>;
}
