import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDefaultPlaybook } from '../../src/advisor/index.js';
import { createLogger } from '../../src/logging/logger.js';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { NO_WORKSPACE_TEXT, planByDm } from '../../src/slack/listeners/actions/plan-by-dm.js';
import type { Services } from '../../src/slack/services.js';
import { SqlDmFileStore } from '../../src/storage/dm-file-store.js';
import { EventLog } from '../../src/storage/event-log.js';
import { SqlHomePictureStore } from '../../src/storage/home-picture-store.js';
import { SqlAssessmentStore } from '../../src/storage/sql-assessment-store.js';
import { freshDatabase, type TestDatabase } from '../helpers/databases.js';
import { thenAskAnAdmin } from '../helpers/support-words.js';
import { LogCapture } from './harness.js';

/**
 * Through the real app a block action always has a workspace (Bolt's authorize gives it), so the listener is
 * called directly here, with the real stores over an in-memory SQLite, and a body that has none, as a
 * malformed or org-level payload could.
 */
describe('"Send me the full plan" without a workspace id', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await freshDatabase('sqlite');
  });
  afterEach(async () => {
    await database.drop();
  });

  it('refuses and says so, instead of a plan of no teams', async () => {
    const logs = new LogCapture();
    const store = new SqlAssessmentStore(database.db);
    // Plans read each team's latest answers (not whole records): neither may be asked for.
    const latestPerTeam = vi.spyOn(store, 'latestPerTeam');
    const latestAnswersPerTeam = vi.spyOn(store, 'latestAnswersPerTeam');
    const services: Services = {
      playbook: getDefaultPlaybook(),
      store,
      reminders: new SqlReminderStore(database.db, database.engine),
      events: new EventLog(database.db),
      homePictures: new SqlHomePictureStore(database.db),
      dmFileStore: new SqlDmFileStore(database.db),
      clock: { now: () => new Date('2026-12-01T12:00:00Z') },
      logger: createLogger({ level: 'debug', format: 'json' }, logs),
    };
    const sent: Record<string, unknown>[] = [];
    const client = {
      chat: { postMessage: async (params: Record<string, unknown>) => sent.push(params) },
    };
    const context: Record<string, unknown> = {};
    await planByDm(services)({
      ack: async () => {},
      body: { user: { id: 'U0BOB' } },
      client,
      context,
    } as never);
    expect(sent).toEqual([{ channel: 'U0BOB', text: thenAskAnAdmin(NO_WORKSPACE_TEXT) }]);
    expect(latestPerTeam).not.toHaveBeenCalled();
    expect(latestAnswersPerTeam).not.toHaveBeenCalled();
    expect(context.outcome).toBe('invalid_input');
    expect(logs.lines.map((line) => line.msg)).toContain('a plan request without a workspace id was refused');
  });
});
