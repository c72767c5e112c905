import type { AssessmentSummary, StageId, TeamProfile } from '../advisor/index.js';

export type { AssessmentSummary };

/** What the bot keeps of each assessment: who asked where, the answers, and enough of the advice to compare. */
export interface AssessmentRecord {
  id: string;
  /** The Slack workspace (team) id. */
  workspaceId: string;
  /** The org, for a workspace of an org-wide (Enterprise Grid) install; null otherwise. */
  enterpriseId: string | null;
  channelId: string;
  userId: string;
  teamName: string | undefined;
  stage: StageId;
  createdAt: Date;
  profile: TeamProfile;
  summary: AssessmentSummary;
  /**
   * The channel chose, when answering, to show this team in the company plan to people who are not its
   * members (it matters for a private channel; see teamsVisibleTo).
   */
  sharedWithPlan: boolean;
  /** Where the answer was posted; undefined until it was (or for assessments made before this was kept). */
  messages?: PostedMessages;
}

/**
 * The messages that show an answer: the parent in `channelId` (a DM's D… id when the answer went by DM) and
 * its thread replies in order. Editing or re-assessing the team updates these in place.
 */
export interface PostedMessages {
  channelId: string;
  ts: string;
  replies: string[];
}

/** How a team is recognised across assessments in a channel: its name, ignoring case and spaces. */
export function teamKey(name: string | undefined): string {
  return name?.trim().toLowerCase() ?? '';
}

/**
 * A team's latest answers as the hiring plan reads them: who asked where, when, and the answers still as the
 * JSON they are stored in. A plan of thousands of teams is built in a worker thread; the answers cross to it
 * as strings (copied whole) instead of thousands of objects parsed here and copied field by field.
 */
export interface StoredAnswers {
  channelId: string;
  userId: string;
  teamName: string | undefined;
  /** Epoch milliseconds. */
  createdAt: number;
  profileJson: string;
  /** The team chose to show its answers in the plan of people outside its channel. */
  sharedWithPlan: boolean;
}

export type NewAssessment = Omit<AssessmentRecord, 'id' | 'enterpriseId' | 'sharedWithPlan' | 'messages'> & {
  enterpriseId?: string | null;
  sharedWithPlan?: boolean;
};

/** Where assessments live: SQLite or PostgreSQL, behind one interface. Every query is scoped to a workspace. */
export interface AssessmentStore {
  save(assessment: NewAssessment): Promise<AssessmentRecord>;
  /** Remembers where an assessment's answer was posted (after it was: the row is saved first). */
  recordMessages(workspaceId: string, id: string, messages: PostedMessages): Promise<void>;
  /** The user's latest assessments in a workspace, newest first. */
  recentByUser(workspaceId: string, userId: string, limit: number): Promise<AssessmentRecord[]>;
  /** A channel's assessments, newest first. */
  channelHistory(workspaceId: string, channelId: string, limit: number): Promise<AssessmentRecord[]>;
  /** Deletes a channel's assessments; returns how many. */
  deleteChannel(workspaceId: string, channelId: string): Promise<number>;
  countChannel(workspaceId: string, channelId: string): Promise<number>;
  /** The assessments a person submitted in a workspace (`/aiteam forget me`), in how many conversations. */
  countByUser(workspaceId: string, userId: string): Promise<{ assessments: number; conversations: number }>;
  /** Deletes the assessments a person submitted in a workspace; returns how many. */
  deleteByUser(workspaceId: string, userId: string): Promise<number>;
  /** Deletes everything of a workspace (it uninstalled the app); returns how many assessments. */
  deleteWorkspace(workspaceId: string): Promise<number>;
  /** The same for every workspace of an org (an org-wide uninstall). */
  deleteEnterprise(enterpriseId: string): Promise<number>;
  /**
   * The latest assessment of every team in a workspace (a team: a channel and its name ignoring case, see
   * `teamKey`), newest first, at most `limit`: what the hiring plan is made from.
   */
  latestPerTeam(workspaceId: string, limit: number): Promise<AssessmentRecord[]>;
  /** The same teams, in the same order, as the plan reads them (see StoredAnswers). */
  latestAnswersPerTeam(workspaceId: string, limit: number): Promise<StoredAnswers[]>;
  /** The latest assessment of one team in a channel: the same name ignoring case, or both unnamed. */
  latestForTeam(
    workspaceId: string,
    channelId: string,
    teamName: string | undefined,
  ): Promise<AssessmentRecord | undefined>;
}
