import type { webApi } from '@slack/bolt';
import { countNoun } from '../../advisor/index.js';
import { planCsvFiles } from '../../render/plan-csv.js';
import { planDocument } from '../../render/plan-document.js';
import { toMarkdown } from '../../render/to-markdown.js';
import { leftOutText, unsharedText } from '../blocks/plan-messages.js';
import { sendFilesByDm } from '../export/send-files-by-dm.js';
import { plainTeamNamer } from './plan-teams.js';
import { buildPlan, noTeamsText, type PlanServices } from './send-plan.js';
import type { PlanRequest } from './visible-teams.js';

/**
 * `/aiteam plan export`: the plan across every team the person may see, sent to them by DM as files (the
 * plan document in Markdown, the teams and seats as CSV), shared in that DM as `/aiteam export` does.
 */
export async function sendPlanExport(
  client: webApi.WebClient,
  request: PlanRequest,
  services: Pick<PlanServices, 'store' | 'playbook' | 'clock' | 'planTeamLimit'>,
): Promise<void> {
  // Built under the plan slots, as every plan is; the files are then made and sent outside them.
  const { plan, cutAt, unshared } = await buildPlan(client, request, services);
  if (!plan) {
    await client.chat.postMessage({ channel: request.userId, text: noTeamsText(cutAt, unshared) });
    return;
  }
  const nameOf = plainTeamNamer(plan);
  const files = [
    {
      filename: 'hiring-plan.md',
      title: 'Hiring plan (Markdown)',
      content: toMarkdown(planDocument(plan, nameOf)),
    },
    ...planCsvFiles(plan, nameOf),
  ];
  await sendFilesByDm(
    client,
    request.userId,
    `Your hiring plan across ${countNoun(plan.totals.teams, 'team')}, as Markdown and CSV files.${cutAt === undefined ? '' : ` ${leftOutText(cutAt)}`}${unshared > 0 ? ` ${unsharedText(unshared)}` : ''}`,
    files,
  );
}
