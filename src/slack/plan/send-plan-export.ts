import type { webApi } from '@slack/bolt';
import { countNoun } from '../../advisor/index.js';
import { leftOutText, unsharedText } from '../blocks/plan-messages.js';
import { sendFilesByDm } from '../export/send-files-by-dm.js';
import { exportFiles } from './plan-job.js';
import { makePlan, noTeamsText, type PlanServices } from './send-plan.js';
import type { PlanRequest } from './visible-teams.js';

/** What the plan export's DM says it carries, and what the plan leaves out for this reader. */
export function planExportText(teams: number, cutAt: number | undefined, unshared: number): string {
  return `Your hiring plan across ${countNoun(teams, 'team')}, as Markdown and CSV files.${cutAt === undefined ? '' : ` ${leftOutText(cutAt)}`}${unshared > 0 ? ` ${unsharedText(unshared)}` : ''}`;
}

/**
 * `/aiteam plan export`: the plan across every team the person may see, sent to them by DM as files (the
 * plan document in Markdown, the teams and seats as CSV), shared in that DM as `/aiteam export` does.
 */
export async function sendPlanExport(
  client: webApi.WebClient,
  request: PlanRequest,
  services: Pick<
    PlanServices,
    'store' | 'playbook' | 'clock' | 'planTeamLimit' | 'planWorkerFrom' | 'dmFiles'
  >,
): Promise<void> {
  // Made under the plan slots, as every plan is (a big one in a worker thread, files and all); small ones'
  // files are then made and sent outside them.
  const made = await makePlan(client, request, services, 'files');
  if (made.kind === 'none') {
    await client.chat.postMessage({ channel: request.userId, text: noTeamsText(made.cutAt, made.unshared) });
    return;
  }
  const { teams, files, cutAt, unshared } =
    made.kind === 'worker'
      ? {
          teams: made.result.teams,
          files: made.result.files ?? [],
          cutAt: made.cutAt,
          unshared: made.unshared,
        }
      : {
          teams: made.built.plan.totals.teams,
          files: exportFiles(made.built.plan),
          cutAt: made.built.cutAt,
          unshared: made.built.unshared,
        };
  await sendFilesByDm(
    client,
    { workspaceId: request.workspaceId, userId: request.userId, enterpriseId: request.enterpriseId ?? null },
    planExportText(teams, cutAt, unshared),
    files,
    services.dmFiles,
  );
}
