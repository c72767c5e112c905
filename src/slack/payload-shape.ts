import { z } from 'zod';

/**
 * The least of each payload's shape that Bolt and our listeners rely on, for the kinds of request the bot
 * handles. Slack always sends these; a signed request without them (a broken proxy, a test tool, a forged
 * body with a leaked secret) is refused at once with 400, instead of failing somewhere inside (a 500) or
 * matching no listener (Bolt's 404 after three seconds). Everything else in a payload passes through
 * unchecked: Slack adds fields over time.
 */
const id = z.string().min(1);
const user = z.looseObject({ id });
const team = z.looseObject({ id }).nullable().optional();

const shapes: Record<string, z.ZodType> = {
  block_actions: z.looseObject({
    user,
    team,
    actions: z.array(z.looseObject({ action_id: id })).min(1),
    view: z.looseObject({ state: z.looseObject({ values: z.record(z.string(), z.unknown()) }) }).optional(),
  }),
  view_submission: z.looseObject({
    user,
    team,
    view: z.looseObject({
      callback_id: z.string(),
      private_metadata: z.string().optional(),
      state: z.looseObject({ values: z.record(z.string(), z.unknown()) }),
    }),
  }),
  view_closed: z.looseObject({ user, team, view: z.looseObject({ callback_id: z.string() }) }),
  event_callback: z.looseObject({ team_id: id, event: z.looseObject({ type: id }) }),
};

const command = z.looseObject({
  command: id,
  text: z.string(),
  user_id: id,
  team_id: id,
  channel_id: id,
});

/**
 * Why a payload cannot be one Slack sent (the first problem, by path), or undefined when it can be. A slash
 * command, the commonest request, is checked by hand first: parsing it with zod cost about 0.1 ms of the
 * event loop per request (a loose object is copied whole), a fifth of a bare Bolt app's work for
 * `/aiteam help`. Only a command the hand check doubts goes to the schema, which names the problem.
 */
export function impossibleShape(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return 'not an object';
  const { type, command: slashCommand } = body as { type?: unknown; command?: unknown };
  if (slashCommand !== undefined && plainlyACommand(body as Record<string, unknown>)) return undefined;
  const schema = slashCommand !== undefined ? command : typeof type === 'string' ? shapes[type] : undefined;
  // Kinds we do not handle are left to Bolt, which ignores them.
  if (!schema) return undefined;
  const result = schema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return `${issue?.path.join('.') || '(payload)'}: ${issue?.message ?? 'invalid'}`;
}

/** True only when the `command` schema would accept the payload: every id a non-empty string, text a string. */
function plainlyACommand(body: Record<string, unknown>): boolean {
  const filled = (value: unknown) => typeof value === 'string' && value.length > 0;
  return (
    filled(body.command) &&
    typeof body.text === 'string' &&
    filled(body.user_id) &&
    filled(body.team_id) &&
    filled(body.channel_id)
  );
}

/** A signed payload of a shape Slack never sends; answered 400. */
export class ImpossiblePayloadError extends Error {
  constructor(readonly problem: string) {
    super(`payload of a shape Slack never sends (${problem})`);
    this.name = 'ImpossiblePayloadError';
  }
}
