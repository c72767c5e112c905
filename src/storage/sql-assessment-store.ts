import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { StageId, TeamProfile } from '../advisor/index.js';
import {
  type AssessmentRecord,
  type AssessmentStore,
  type AssessmentSummary,
  type NewAssessment,
  teamKey,
} from './assessment-store.js';
import type { AssessmentsTable, Database } from './schema.js';

/** Assessments in SQLite or PostgreSQL through one Kysely code path. */
export class SqlAssessmentStore implements AssessmentStore {
  constructor(private readonly db: Kysely<Database>) {}

  async save(assessment: NewAssessment): Promise<AssessmentRecord> {
    const record: AssessmentRecord = {
      ...assessment,
      enterpriseId: assessment.enterpriseId ?? null,
      id: randomUUID(),
    };
    await this.db
      .insertInto('assessments')
      .values({
        id: record.id,
        workspace_id: record.workspaceId,
        enterprise_id: record.enterpriseId ?? null,
        channel_id: record.channelId,
        user_id: record.userId,
        team_name: record.teamName ?? null,
        stage: record.stage,
        headcount: record.summary.headcount,
        created_at: record.createdAt.getTime(),
        profile: JSON.stringify(record.profile),
        summary: JSON.stringify(record.summary),
      })
      .execute();
    return record;
  }

  recentByUser(workspaceId: string, userId: string, limit: number): Promise<AssessmentRecord[]> {
    return this.newestFirst(workspaceId, 'user_id', userId, limit);
  }

  async deleteChannel(workspaceId: string, channelId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('assessments')
      .where('workspace_id', '=', workspaceId)
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteWorkspace(workspaceId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('assessments')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteEnterprise(enterpriseId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('assessments')
      .where('enterprise_id', '=', enterpriseId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async countChannel(workspaceId: string, channelId: string): Promise<number> {
    const row = await this.db
      .selectFrom('assessments')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('workspace_id', '=', workspaceId)
      .where('channel_id', '=', channelId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async latestForTeam(
    workspaceId: string,
    channelId: string,
    teamName: string | undefined,
  ): Promise<AssessmentRecord | undefined> {
    const row = await this.db
      .selectFrom('assessments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('channel_id', '=', channelId)
      .where((eb) =>
        teamName ? eb(eb.fn('lower', ['team_name']), '=', teamKey(teamName)) : eb('team_name', 'is', null),
      )
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  channelHistory(workspaceId: string, channelId: string, limit: number): Promise<AssessmentRecord[]> {
    return this.newestFirst(workspaceId, 'channel_id', channelId, limit);
  }

  /** A workspace's assessments with one column equal to `value`, newest first. */
  private async newestFirst(
    workspaceId: string,
    column: 'user_id' | 'channel_id',
    value: string,
    limit: number,
  ): Promise<AssessmentRecord[]> {
    const rows = await this.db
      .selectFrom('assessments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where(column, '=', value)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }
}

function toRecord(row: Selectable<AssessmentsTable>): AssessmentRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    enterpriseId: row.enterprise_id ?? null,
    channelId: row.channel_id,
    userId: row.user_id,
    teamName: row.team_name ?? undefined,
    stage: row.stage as StageId,
    // PostgreSQL returns BIGINT as a string; SQLite as a number.
    createdAt: new Date(Number(row.created_at)),
    profile: JSON.parse(row.profile) as TeamProfile,
    summary: JSON.parse(row.summary) as AssessmentSummary,
  };
}
