import { randomUUID } from 'node:crypto';
import type { AssessmentRecord, AssessmentStore, NewAssessment } from './assessment-store.js';

/** Keeps assessments in memory: for tests and for a bot run without a database. */
export class MemoryAssessmentStore implements AssessmentStore {
  private readonly records: AssessmentRecord[] = [];

  async save(assessment: NewAssessment): Promise<AssessmentRecord> {
    const record = { ...assessment, id: randomUUID() };
    this.records.push(record);
    return record;
  }

  async recentByUser(workspaceId: string, userId: string, limit: number): Promise<AssessmentRecord[]> {
    return this.records
      .filter((record) => record.workspaceId === workspaceId && record.userId === userId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, limit);
  }
}
