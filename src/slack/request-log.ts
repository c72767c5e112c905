import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { InFlight } from './in-flight.js';

interface RequestSummary {
  kind: string;
  name: string | undefined;
  workspace: string | undefined;
  user: string | undefined;
}

/** What a request is, from its payload, without any of its text. */
export function summarizeRequest(body: Record<string, unknown>): RequestSummary {
  const team = body.team as { id?: string } | string | undefined;
  const user = body.user as { id?: string } | string | undefined;
  const event = body.event as { type?: string; user?: string } | undefined;
  const actions = body.actions as { action_id?: string }[] | undefined;
  const view = body.view as { callback_id?: string } | undefined;
  const kind =
    typeof body.command === 'string' ? 'command' : typeof body.type === 'string' ? body.type : 'unknown';
  const name =
    (body.command as string | undefined) ??
    actions?.[0]?.action_id ??
    (kind === 'event_callback' ? event?.type : undefined) ??
    view?.callback_id;
  return {
    kind,
    name,
    workspace: (typeof team === 'string' ? team : team?.id) ?? (body.team_id as string | undefined),
    user: (typeof user === 'string' ? user : user?.id) ?? (body.user_id as string | undefined) ?? event?.user,
  };
}

/**
 * One structured line per request: kind, command or action, workspace, user, latency and outcome. Never the
 * text people typed, never a token. The whole listener chain is tracked so shutdown can wait for it.
 */
export function requestLog(logger: Logger, inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const started = performance.now();
    const summary = summarizeRequest(body as unknown as Record<string, unknown>);
    let failed = false;
    try {
      await inFlight.track(next());
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const outcome = failed ? 'failed' : ((context.outcome as string | undefined) ?? 'ok');
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      logger[outcome === 'ok' ? 'info' : 'warn']({ ...summary, latencyMs, outcome }, 'request');
    }
  };
}
