import { type CompanyPlan, type Playbook, planHiring } from '../../advisor/index.js';
import { type PlanFile, planCsvFiles } from '../../render/plan-csv.js';
import { planDocument } from '../../render/plan-document.js';
import { planPicture } from '../../render/plan-picture/index.js';
import { toMarkdown } from '../../render/to-markdown.js';
import type { StoredAnswers } from '../../storage/assessment-store.js';
import { homePlanBlocks, type PictureInMessage, planMessages } from '../blocks/plan-messages.js';
import { type PlanOutputs, planOutputs } from '../steps/plan-outputs.js';
import { NO_TEAMS_TEXT } from './no-teams.js';
import { planHash } from './plan-hash.js';
import { plainTeamNamer, reassessableBy, slackTeamNamer, teamsOnRecord } from './plan-teams.js';

/**
 * A hiring plan to make away from the event loop (src/slack/plan/plan-thread.ts runs it in a worker thread):
 * everything it needs crosses as data, and what comes back is ready to send.
 */
export interface PlanJob {
  /**
   * `messages`: the plan's DMs and its picture (`/aiteam plan`); `files`: the export's files; `home`: App
   * Home's plan section, its picture drawn unless `pictureShownFor` is the plan's hash (Home shows it already).
   */
  want: 'messages' | 'files' | 'home';
  pictureShownFor?: string | undefined;
  answers: readonly StoredAnswers[];
  /** The moment the plan is made as of (epoch milliseconds). */
  now: number;
  playbook: Playbook;
  /** The channels the person is a member of: where the plan offers Re-assess. */
  memberOf: readonly string[];
  /** The team limit, when the plan reached it. */
  cutAt: number | undefined;
  /** Teams of private channels the person is not in, not shared with the plan: counted only. */
  unshared: number;
}

export interface PlanJobResult {
  teams: number;
  /** `messages`: each message as JSON, parsed only when it is posted; the picture is PICTURE_FILE_PLACEHOLDER. */
  messages?: string[];
  /** `messages`: the PNG and its alt text, or why it could not be drawn. */
  picture?: { png: Uint8Array; altText: string } | { error: string };
  /** `messages`: what a workflow step reports of the plan. */
  outputs?: PlanOutputs;
  /** `files`: the export's files. */
  files?: PlanFile[];
  /** `home`: the plan section's blocks as JSON (the picture as in `messages`), and the plan's hash. */
  home?: { blocks: string; hash: string };
  /** Milliseconds spent planning (planHiring) and drawing the picture. */
  timings: { build: number; render: number };
}

/** The file id the picture's image block carries until the uploaded file's id replaces it. */
export const PICTURE_FILE_PLACEHOLDER = 'F0PLANPICTURE';

export async function runPlanJob(job: PlanJob): Promise<PlanJobResult> {
  const building = performance.now();
  const plan = planHiring(teamsOnRecord(job.answers), new Date(job.now), job.playbook);
  const timings = { build: performance.now() - building, render: 0 };
  if (job.want === 'files') return { teams: plan.totals.teams, files: exportFiles(plan), timings };
  const plainName = plainTeamNamer(plan);
  const hash = job.want === 'home' ? planHash(plan) : undefined;
  const drawing = performance.now();
  let picture: PlanJobResult['picture'];
  if (hash === undefined || hash !== job.pictureShownFor) {
    try {
      const drawn = await planPicture(plan, (team) => plainName(team.id));
      picture = { png: drawn.png, altText: drawn.altText };
    } catch (error) {
      picture = { error: (error as Error).message };
    }
  }
  timings.render = performance.now() - drawing;
  // Home's picture, when not drawn, is the one already shown: its image block is placed all the same.
  const inMessage: PictureInMessage =
    !picture || 'png' in picture
      ? { kind: 'shown', fileId: PICTURE_FILE_PLACEHOLDER, altText: picture?.altText ?? '' }
      : { kind: 'failed' };
  if (hash !== undefined) {
    const blocks = homePlanBlocks(plan, slackTeamNamer(plan), inMessage, job.cutAt, job.unshared);
    return { teams: plan.totals.teams, picture, home: { blocks: JSON.stringify(blocks), hash }, timings };
  }
  const messages = planMessages(plan, slackTeamNamer(plan), inMessage, {
    mayReassess: reassessableBy(new Set(job.memberOf)),
    cutAt: job.cutAt,
    unshared: job.unshared,
  });
  return {
    teams: plan.totals.teams,
    outputs: planOutputs(plan, NO_TEAMS_TEXT),
    messages: messages.map((message) => JSON.stringify(message)),
    picture,
    timings,
  };
}

/** `/aiteam plan export`'s files: the plan document in Markdown, the teams and seats as CSV. */
export function exportFiles(plan: CompanyPlan): PlanFile[] {
  const nameOf = plainTeamNamer(plan);
  return [
    {
      filename: 'hiring-plan.md',
      title: 'Hiring plan (Markdown)',
      content: toMarkdown(planDocument(plan, nameOf)),
    },
    ...planCsvFiles(plan, nameOf),
  ];
}
