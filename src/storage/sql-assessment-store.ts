import { randomUUID } from 'node:crypto';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { StageId, TeamProfile } from '../advisor/index.js';
import {
  type AssessmentRecord,
  type AssessmentStore,
  type AssessmentSummary,
  type NewAssessment,
  type PostedMessages,
  type StoredAnswers,
  teamKey,
} from './assessment-store.js';
import { type PreparedQuery, prepareQuery } from './prepared-query.js';
import type { AssessmentsTable, Database } from './schema.js';

type AssessmentRow = Selectable<AssessmentsTable>;
/** Every column a new row is written with; where it was posted comes later (recordMessages). */
type NewRow = Required<Omit<Insertable<AssessmentsTable>, 'message_channel_id' | 'message_ts' | 'reply_ts'>>;
type TeamInChannel = { workspaceId: string; channelId: string; teamKey: string };

/** Assessments in SQLite or PostgreSQL through one Kysely code path. */
export class SqlAssessmentStore implements AssessmentStore {
  // Every answer saves one assessment and looks up the team's previous one: these run prepared.
  private readonly insert: PreparedQuery<NewRow, unknown>;
  private readonly latestNamed: PreparedQuery<TeamInChannel, AssessmentRow>;
  private readonly latestUnnamed: PreparedQuery<Omit<TeamInChannel, 'teamKey'>, AssessmentRow>;

  constructor(private readonly db: Kysely<Database>) {
    this.insert = prepareQuery(db, (value) =>
      db.insertInto('assessments').values({
        id: value('id'),
        workspace_id: value('workspace_id'),
        enterprise_id: value('enterprise_id'),
        channel_id: value('channel_id'),
        user_id: value('user_id'),
        team_name: value('team_name'),
        stage: value('stage'),
        headcount: value('headcount'),
        created_at: value('created_at'),
        profile: value('profile'),
        summary: value('summary'),
        shared_with_plan: value('shared_with_plan'),
      }),
    );
    const latestInChannel = (workspaceId: string, channelId: string) =>
      db
        .selectFrom('assessments')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('channel_id', '=', channelId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1);
    this.latestNamed = prepareQuery(db, (value) =>
      latestInChannel(value('workspaceId'), value('channelId')).where((eb) =>
        eb(eb.fn('lower', ['team_name']), '=', value('teamKey')),
      ),
    );
    this.latestUnnamed = prepareQuery(db, (value) =>
      latestInChannel(value('workspaceId'), value('channelId')).where('team_name', 'is', null),
    );
  }

  async save(assessment: NewAssessment): Promise<AssessmentRecord> {
    const record: AssessmentRecord = {
      ...assessment,
      enterpriseId: assessment.enterpriseId ?? null,
      sharedWithPlan: assessment.sharedWithPlan ?? false,
      id: randomUUID(),
    };
    await this.insert.run({
      id: record.id,
      workspace_id: record.workspaceId,
      enterprise_id: record.enterpriseId,
      channel_id: record.channelId,
      user_id: record.userId,
      team_name: record.teamName ?? null,
      stage: record.stage,
      headcount: record.summary.headcount,
      created_at: record.createdAt.getTime(),
      profile: JSON.stringify(record.profile),
      summary: JSON.stringify(record.summary),
      shared_with_plan: record.sharedWithPlan ? 1 : 0,
    });
    return record;
  }

  async recordMessages(workspaceId: string, id: string, messages: PostedMessages): Promise<void> {
    await this.db
      .updateTable('assessments')
      .set({
        message_channel_id: messages.channelId,
        message_ts: messages.ts,
        reply_ts: JSON.stringify(messages.replies),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
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

  async countByUser(
    workspaceId: string,
    userId: string,
  ): Promise<{ assessments: number; conversations: number }> {
    const row = await this.db
      .selectFrom('assessments')
      .select((eb) => [
        eb.fn.countAll().as('assessments'),
        eb.fn.count('channel_id').distinct().as('conversations'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return { assessments: Number(row.assessments), conversations: Number(row.conversations) };
  }

  async deleteByUser(workspaceId: string, userId: string): Promise<number> {
    const result = await this.db
      .deleteFrom('assessments')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
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
    const { rows } = teamName
      ? await this.latestNamed.run({ workspaceId, channelId, teamKey: teamKey(teamName) })
      : await this.latestUnnamed.run({ workspaceId, channelId });
    const row = rows[0];
    return row && toRecord(row);
  }

  async latestPerTeam(workspaceId: string, limit: number): Promise<AssessmentRecord[]> {
    const rows = await this.latestPerTeamQuery(workspaceId, limit).execute();
    return rows.map(toRecord);
  }

  async latestAnswersPerTeam(workspaceId: string, limit: number): Promise<StoredAnswers[]> {
    const rows = await this.latestPerTeamQuery(workspaceId, limit)
      .clearSelect()
      .select([
        'assessments.channel_id',
        'assessments.user_id',
        'assessments.team_name',
        'assessments.created_at',
        'assessments.profile',
        'assessments.shared_with_plan',
      ])
      .execute();
    return rows.map((row) => ({
      channelId: row.channel_id,
      userId: row.user_id,
      teamName: row.team_name ?? undefined,
      createdAt: Number(row.created_at),
      profileJson: row.profile,
      sharedWithPlan: Number(row.shared_with_plan) === 1,
    }));
  }

  /** latestPerTeam's query, apart so a test can read its plan. */
  latestPerTeamQuery(workspaceId: string, limit: number) {
    // The newest row of each (channel, lower(team name)) is picked from the index alone (assessments_by_team
    // holds every column the window reads); only those rows are then fetched whole, so the answers' JSON of
    // older assessments is never read. Unnamed teams share a null key: one unnamed team per channel, as
    // latestForTeam sees it.
    const latest = this.db
      .selectFrom('assessments')
      .select([
        'id',
        // Kysely's window builder partitions by columns only; the key here includes lower(team_name).
        sql<number>`row_number() over (partition by channel_id, lower(team_name) order by created_at desc, id desc)`.as(
          'newest',
        ),
      ])
      .where('workspace_id', '=', workspaceId)
      .as('latest');
    return this.db
      .selectFrom('assessments')
      .innerJoin(latest, 'latest.id', 'assessments.id')
      .selectAll('assessments')
      .where('latest.newest', '=', 1)
      .orderBy('assessments.created_at', 'desc')
      .orderBy('assessments.id', 'desc')
      .limit(limit);
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
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }
}

function toRecord(row: AssessmentRow): AssessmentRecord {
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
    sharedWithPlan: Number(row.shared_with_plan) === 1,
    ...(row.message_channel_id && row.message_ts
      ? {
          messages: { channelId: row.message_channel_id, ts: row.message_ts, replies: replyTs(row.reply_ts) },
        }
      : {}),
  };
}

/** The replies' ts as stored; anything else (never written by us) counts as none. */
function replyTs(raw: string | null): string[] {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(value) ? value.filter((ts): ts is string => typeof ts === 'string') : [];
  } catch {
    return [];
  }
}
