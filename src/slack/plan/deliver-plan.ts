import type { webApi } from '@slack/bolt';
import { countNoun } from '../../advisor/index.js';
import { DatabaseUnavailableError } from '../../storage/unavailable.js';
import { withSupport } from '../blocks/support.js';
import { describeFailure } from '../delivery/slack-error.js';
import { setOutcome } from '../services.js';
import { PlanCutShortError, type PlanServices, sendPlan } from './send-plan.js';
import { sendPlanExport } from './send-plan-export.js';
import type { PlanRequest } from './visible-teams.js';

export const PLAN_ON_ITS_WAY =
  "I'm putting together the hiring plan across every team you can see; it's on its way to your DMs.";
export const PLAN_EXPORT_ON_ITS_WAY =
  "I'm sending you the hiring plan across every team you can see in a DM, as Markdown and CSV files.";

/** How the person who asked is told of a failure: ephemeral where they asked, or by DM from App Home. */
export type Tell = (text: string) => Promise<unknown>;

/**
 * Sends the plan (or its files) after the request was acknowledged, and tells the person when that fails:
 * never a silent drop. A database that cannot answer is left to the database-failure middleware, which
 * tells them in the words every command uses.
 */
export async function deliverPlan(
  what: 'plan' | 'export',
  client: webApi.WebClient,
  request: PlanRequest,
  services: PlanServices,
  tell: Tell,
  context: Record<string, unknown>,
): Promise<void> {
  try {
    if (what === 'export') {
      await sendPlanExport(client, request, services);
      return;
    }
    const sent = await sendPlan(client, request, services);
    const round = (value: number) => Math.round(value * 10) / 10;
    services.logger.info(
      {
        teams: sent.teams,
        madeIn: sent.madeIn,
        messages: sent.messages,
        picture: sent.picture,
        timingsMs: Object.fromEntries(
          Object.entries(sent.timings).map(([step, value]) => [step, round(value)]),
        ),
      },
      'sent the hiring plan',
    );
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    setOutcome(context, 'failed');
    services.logger.error(
      { ...describeFailure(error instanceof PlanCutShortError ? error.cause : error) },
      what === 'export' ? 'could not send the plan export' : 'could not send the hiring plan',
    );
    await tell(withSupport(failureText(what, error), services.support ?? {})).catch((tellError) =>
      services.logger.error({ ...describeFailure(tellError) }, 'could not tell the person either'),
    );
  }
}

/** Why the plan did not arrive, and how to ask again. */
export function failureText(what: 'plan' | 'export', error: unknown): string {
  const again = what === 'export' ? '`/aiteam plan export`' : '`/aiteam plan`';
  if (error instanceof PlanCutShortError) {
    return `Sorry, the hiring plan was cut short: ${error.sent} of its ${countNoun(error.of, 'message')} reached your DMs. Please try ${again} again.`;
  }
  return `Sorry, the hiring plan could not be sent${what === 'export' ? ' as files' : ''}: Slack did not take it. Please try ${again} again in a minute.`;
}

/** Telling by DM (App Home has no conversation to answer in). */
export function tellByDm(client: webApi.WebClient, userId: string): Tell {
  return (text) => client.chat.postMessage({ channel: userId, text });
}
