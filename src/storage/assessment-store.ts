import type { Severity, StageId, StallId, TeamProfile } from '../advisor/index.js';

/** What the bot keeps of each assessment: who asked where, the answers, and enough of the advice to list it. */
export interface AssessmentRecord {
  id: string;
  /** The Slack workspace (team) id. */
  workspaceId: string;
  channelId: string;
  userId: string;
  teamName: string | undefined;
  stage: StageId;
  createdAt: Date;
  profile: TeamProfile;
  summary: AssessmentSummary;
}

export interface AssessmentSummary {
  headcount: number;
  band: string;
  topStallPoint: { id: StallId; title: string; severity: Severity } | null;
  stallPointIds: StallId[];
}

export type NewAssessment = Omit<AssessmentRecord, 'id'>;

/** Where assessments live; the storage issue adds SQLite and PostgreSQL behind the same interface. */
export interface AssessmentStore {
  save(assessment: NewAssessment): Promise<AssessmentRecord>;
  /** The user's latest assessments in a workspace, newest first. */
  recentByUser(workspaceId: string, userId: string, limit: number): Promise<AssessmentRecord[]>;
}
