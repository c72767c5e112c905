import type { webApi } from '@slack/bolt';
import { countNoun } from '../../advisor/index.js';
import { planCsvFiles } from '../../render/plan-csv.js';
import { planDocument } from '../../render/plan-document.js';
import { toMarkdown } from '../../render/to-markdown.js';
import { sendFilesByDm } from '../export/send-files-by-dm.js';
import { plainTeamNamer } from './plan-teams.js';
import { buildPlan, NO_TEAMS_TEXT, type PlanServices } from './send-plan.js';
import type { PlanRequest } from './visible-teams.js';

/**
 * `/aiteam plan export`: the plan across every team the person may see, sent to them by DM as files (the
 * plan document in Markdown, the teams and seats as CSV), shared in that DM as `/aiteam export` does.
 */
export async function sendPlanExport(
  client: webApi.WebClient,
  request: PlanRequest,
  services: Pick<PlanServices, 'store' | 'playbook' | 'clock'>,
): Promise<void> {
  const plan = await buildPlan(client, request, services);
  if (!plan) {
    await client.chat.postMessage({ channel: request.userId, text: NO_TEAMS_TEXT });
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
    `Your hiring plan across ${countNoun(plan.totals.teams, 'team')}, as Markdown and CSV files.`,
    files,
  );
}
