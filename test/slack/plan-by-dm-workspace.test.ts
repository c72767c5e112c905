import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { NO_WORKSPACE_TEXT, planByDm } from '../../src/slack/listeners/actions/plan-by-dm.js';
import type { Services } from '../../src/slack/services.js';
import { LogCapture } from './harness.js';

/**
 * Through the real app a block action always has a workspace (Bolt's authorize gives it), so the listener is
 * called directly here with a body that has none, as a malformed or org-level payload could.
 */
describe('"Send me the full plan" without a workspace id', () => {
  it('refuses and says so, instead of a plan of no teams', async () => {
    const logs = new LogCapture();
    const asked: string[] = [];
    const sent: Record<string, unknown>[] = [];
    const services = {
      logger: createLogger({ level: 'debug', format: 'json' }, logs),
      store: {
        latestAnswersPerTeam: async (workspaceId: string) => {
          asked.push(workspaceId);
          return [];
        },
      },
    } as unknown as Services;
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
    expect(sent).toEqual([{ channel: 'U0BOB', text: NO_WORKSPACE_TEXT }]);
    expect(asked).toEqual([]);
    expect(context.outcome).toBe('invalid_input');
    expect(logs.lines.map((line) => line.msg)).toContain('a plan request without a workspace id was refused');
  });
});
