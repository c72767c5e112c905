import type { webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { Logger } from 'pino';
import { type CompanyPlan, type PlanTeam, type Playbook, planHiring } from '../../advisor/index.js';
import type { Clock } from '../../clock.js';
import type { AssessmentStore } from '../../storage/assessment-store.js';
import { AnswerSlots, letWaitingRequestsGoFirst } from '../acknowledgements-first.js';
import type { SlackMessage } from '../blocks/limits.js';
import {
  leftOutText,
  PICTURE_FAILED_TEXT,
  type PictureInMessage,
  pictureBlocks,
  planMessages,
  unsharedText,
  withoutPicture,
} from '../blocks/plan-messages.js';
import type { SupportLinks } from '../blocks/support.js';
import { ChannelPacing } from '../delivery/channel-pacing.js';
import { ANSWER_RATE_LIMIT_WAIT_MS, type Poster, type PostingClients } from '../delivery/posting-clients.js';
import { describeFailure, slackErrorCode } from '../delivery/slack-error.js';
import type { DmFiles } from '../dm-files.js';
import { type PlanOutputs, planOutputs } from '../steps/plan-outputs.js';
import { NO_TEAMS_TEXT } from './no-teams.js';
import { PICTURE_FILE_PLACEHOLDER, type PlanJob, type PlanJobResult } from './plan-job.js';
import { type PlanPictureRenderer, type UploadedPicture, uploadPicture } from './plan-picture.js';
import { plainTeamNamer, reassessableBy, slackTeamNamer, teamsOnRecord } from './plan-teams.js';
import { PLAN_WORKER_FROM, planInWorker } from './plan-thread.js';
import { type PlanRequest, teamsVisibleTo, type VisibleTeams } from './visible-teams.js';

export interface PlanServices {
  store: AssessmentStore;
  playbook: Playbook;
  clock: Clock;
  logger: Logger;
  posting?: PostingClients;
  renderPicture: PlanPictureRenderer;
  /** The most teams a plan reads (PLAN_TEAM_LIMIT when not given; tests lower it). */
  planTeamLimit?: number;
  /** From how many teams the plan is made in a worker thread (PLAN_WORKER_FROM when not given). */
  planWorkerFrom?: number;
  /** Who to ask when a plan cannot be sent (SUPPORT_URL). */
  support?: SupportLinks;
  /** The plan pictures' files, recorded so the bot deletes them (a newer plan's, forget me, uninstall). */
  dmFiles: DmFiles;
}

export { NO_TEAMS_TEXT };

export const PICTURE_AS_FILE_TEXT = 'The picture of the plan is shared below as a file.';

/** Slack refuses an image block whose file it is still processing with this; a moment later it shows. */
const IMAGE_REFUSALS = new Set(['invalid_blocks']);
/** How long to give Slack to finish with the file before the one retry. */
export const IMAGE_RETRY_WAIT_MS = 1_500;

/**
 * Plan work at once, for `/aiteam plan`, its export and App Home alike. Reading hundreds of teams, planning
 * them and drawing the picture is CPU work on the event loop; two at a time keeps the requests arriving
 * meanwhile (each acknowledged first) from waiting behind many. Only that work holds a slot: uploading,
 * posting and waiting on Slack (a retry, a rate limit) do not, so a plan stuck on Slack holds up no other.
 */
const PLANS_AT_ONCE = 2;
export const planSlots = new AnswerSlots(PLANS_AT_ONCE);

export interface PlanTimings {
  /** Reading the teams and who may see them. */
  load: number;
  /** planHiring. */
  build: number;
  /** Drawing the picture. */
  render: number;
  /** Uploading it. */
  upload: number;
  /** Posting every message, from the first to the last. */
  post: number;
}

export interface SentPlan {
  /** What a workflow step reports of the plan sent (its teams, people to fill, headline). */
  outputs: PlanOutputs;
  teams: number;
  /** Where the plan was made: on the event loop, or (from `planWorkerFrom` teams) in a worker thread. */
  madeIn: 'in place' | 'worker' | 'nowhere';
  messages: number;
  picture: 'shown' | 'shared_as_file' | 'failed' | 'none';
  /** Milliseconds spent on each step (logged; the bench reads them). */
  timings: PlanTimings;
}

/** A plan built for one person: undefined `plan` when they can see no team. */
export interface BuiltPlan {
  plan: CompanyPlan | undefined;
  /** Re-assess is offered only where the person may post the answer (see mayReassess). */
  mayReassess: (team: PlanTeam) => boolean;
  /** The team limit, when the plan reached it: older teams were left out. */
  cutAt: number | undefined;
  /** Teams of private channels the person is not in, not shared with the plan: counted only. */
  unshared: number;
}

async function readVisibleTeams(
  client: webApi.WebClient,
  request: PlanRequest,
  services: Pick<PlanServices, 'store' | 'planTeamLimit'>,
  memberOf?: ReadonlySet<string>,
  timings?: Pick<PlanTimings, 'load'>,
): Promise<VisibleTeams> {
  const started = performance.now();
  const visible = await teamsVisibleTo(client, services.store, request, {
    ...(memberOf ? { memberOf } : {}),
    ...(services.planTeamLimit ? { limit: services.planTeamLimit } : {}),
  });
  if (timings) timings.load = performance.now() - started;
  return visible;
}

/** planHiring on the event loop, after the requests waiting for it. */
async function planInPlace(
  visible: VisibleTeams,
  services: Pick<PlanServices, 'playbook' | 'clock'>,
  timings?: Pick<PlanTimings, 'build'>,
): Promise<CompanyPlan> {
  await letWaitingRequestsGoFirst();
  const building = performance.now();
  const plan = planHiring(teamsOnRecord(visible.records), services.clock.now(), services.playbook);
  if (timings) timings.build = performance.now() - building;
  return plan;
}

/**
 * What a plan request gets: no teams; a plan made in place (a small one); or, from `planWorkerFrom` teams,
 * what the worker thread made, ready to send.
 */
export type MadePlan =
  | { kind: 'none'; cutAt: number | undefined; unshared: number }
  | { kind: 'in place'; built: BuiltPlan & { plan: CompanyPlan } }
  | { kind: 'worker'; result: PlanJobResult; cutAt: number | undefined; unshared: number };

/** The person's visible teams, planned in place or in a worker thread, under a plan slot. */
export async function makePlan(
  client: webApi.WebClient,
  request: PlanRequest,
  services: Pick<PlanServices, 'store' | 'playbook' | 'clock' | 'planTeamLimit' | 'planWorkerFrom'>,
  want: PlanJob['want'],
  options: {
    timings?: Pick<PlanTimings, 'load' | 'build' | 'render'>;
    memberOf?: ReadonlySet<string> | undefined;
    pictureShownFor?: string | undefined;
  } = {},
): Promise<MadePlan> {
  const { timings } = options;
  return planSlots.run(async (): Promise<MadePlan> => {
    const visible = await readVisibleTeams(client, request, services, options.memberOf, timings);
    const { cutAt, unshared } = visible;
    if (visible.records.length === 0) return { kind: 'none', cutAt, unshared };
    if (visible.records.length < (services.planWorkerFrom ?? PLAN_WORKER_FROM)) {
      const plan = await planInPlace(visible, services, timings);
      return {
        kind: 'in place',
        built: { plan, mayReassess: reassessableBy(visible.memberOf), cutAt, unshared },
      };
    }
    const result = await planInWorker({
      want,
      answers: visible.records,
      now: services.clock.now().getTime(),
      playbook: services.playbook,
      memberOf: [...visible.memberOf],
      cutAt,
      unshared,
      pictureShownFor: options.pictureShownFor,
    });
    if (timings) Object.assign(timings, result.timings);
    return { kind: 'worker', result, cutAt, unshared };
  });
}

/** The words for a person who sees no team, with a word about teams left out if the limit was reached. */
export function noTeamsText(cutAt: number | undefined, unshared = 0): string {
  return [
    NO_TEAMS_TEXT,
    ...(cutAt === undefined ? [] : [leftOutText(cutAt)]),
    ...(unshared > 0 ? [unsharedText(unshared)] : []),
  ].join(' ');
}

/**
 * Sends the hiring plan across every team the person may see to them by DM: the overview with the picture,
 * then the team lines. Called after the request was acknowledged. Any failure propagates, for the caller to
 * tell the person (a plan half sent says how far it got).
 */
export async function sendPlan(
  client: webApi.WebClient,
  request: PlanRequest,
  services: PlanServices,
): Promise<SentPlan> {
  const poster = services.posting?.like(client) ?? ownPoster(client);
  const timings: PlanTimings = { load: 0, build: 0, render: 0, upload: 0, post: 0 };
  const made = await makePlan(client, request, services, 'messages', { timings });
  if (made.kind === 'none') {
    await post(poster, request.userId, { text: noTeamsText(made.cutAt, made.unshared), blocks: [] });
    return {
      outputs: planOutputs(undefined, NO_TEAMS_TEXT),
      teams: 0,
      madeIn: 'nowhere',
      messages: 1,
      picture: 'none',
      timings,
    };
  }
  let teams: number;
  let outputs: PlanOutputs;
  let uploaded: UploadedPicture | undefined;
  let messages: (() => SlackMessage)[];
  if (made.kind === 'in place') {
    const { plan, mayReassess, cutAt, unshared } = made.built;
    teams = plan.totals.teams;
    outputs = planOutputs(plan, NO_TEAMS_TEXT);
    uploaded = await recorded(client, request, await pictureOf(client, plan, services, timings), services);
    const inMessage: PictureInMessage = uploaded
      ? { kind: 'shown', fileId: uploaded.fileId, altText: uploaded.altText }
      : { kind: 'failed' };
    messages = planMessages(plan, slackTeamNamer(plan), inMessage, { mayReassess, cutAt, unshared }).map(
      (message) => () => message,
    );
  } else {
    const { result } = made;
    teams = result.teams;
    outputs = result.outputs ?? planOutputs(undefined, NO_TEAMS_TEXT);
    uploaded = await recorded(
      client,
      request,
      await uploadDrawn(client, result.picture, services.logger, timings),
      services,
    );
    const [overview = '{}', ...lines] = result.messages ?? [];
    messages = [
      // The overview names the picture by a placeholder until it has a file id; without one, it says so.
      () => {
        return withPicture(JSON.parse(overview) as SlackMessage, uploaded);
      },
      // Each parsed as it is posted: thousands of teams' lines are megabytes of JSON.
      ...lines.map((json) => () => JSON.parse(json) as SlackMessage),
    ];
  }
  const posting = performance.now();
  const [first, ...rest] = messages as [() => SlackMessage, ...(() => SlackMessage)[]];
  const shown = await postFirst(client, poster, request, first(), uploaded, services);
  for (const [index, message] of rest.entries()) {
    try {
      await post(poster, request.userId, message());
    } catch (error) {
      throw new PlanCutShortError(index + 1, messages.length, error);
    }
  }
  timings.post = performance.now() - posting;
  return { outputs, teams, madeIn: made.kind, messages: messages.length, picture: shown, timings };
}

/** The worker's picture uploaded, or undefined (and logged) when it could not be drawn or uploaded. */
export async function uploadDrawn(
  client: webApi.WebClient,
  picture: PlanJobResult['picture'],
  logger: Logger,
  timings?: Pick<PlanTimings, 'upload'>,
): Promise<UploadedPicture | undefined> {
  if (!picture) return undefined;
  if (!('png' in picture)) {
    logger.error({ error: picture.error }, 'could not draw the plan picture');
    return undefined;
  }
  const uploading = performance.now();
  try {
    return await uploadPicture(client, picture);
  } catch (error) {
    logger.error({ ...describeFailure(error) }, 'could not upload the plan picture');
    return undefined;
  } finally {
    if (timings) timings.upload = performance.now() - uploading;
  }
}

/**
 * Blocks the worker made, with the picture in place of its placeholder: the uploaded file (by id, with its
 * alt text), or a word that it is missing.
 */
export function withPicture<T extends { blocks: KnownBlock[] }>(
  message: T,
  picture: { fileId: string; altText: string } | undefined,
): T {
  const [instead] = pictureBlocks(picture ? { kind: 'shown', ...picture } : { kind: 'failed' });
  return {
    ...message,
    blocks: message.blocks.map((block) =>
      block.type === 'image' &&
      'slack_file' in block &&
      'id' in block.slack_file &&
      block.slack_file.id === PICTURE_FILE_PLACEHOLDER &&
      instead
        ? instead
        : block,
    ),
  };
}

/** Some of the plan's messages were posted, then one failed. */
export class PlanCutShortError extends Error {
  constructor(
    readonly sent: number,
    readonly of: number,
    override readonly cause: unknown,
  ) {
    super(`the plan was cut short after ${sent} of ${of} messages`);
    this.name = 'PlanCutShortError';
  }
}

/**
 * The picture drawn (under a plan slot: drawing is CPU work) and uploaded privately (not: it waits on Slack);
 * undefined (and logged) when either step failed.
 */
export async function pictureOf(
  client: webApi.WebClient,
  plan: CompanyPlan,
  services: Pick<PlanServices, 'renderPicture' | 'logger'>,
  timings?: Pick<PlanTimings, 'render' | 'upload'>,
): Promise<UploadedPicture | undefined> {
  const namer = plainTeamNamer(plan);
  const picture = await planSlots.run(async () => {
    const drawing = performance.now();
    try {
      return await services.renderPicture(plan, (team) => namer(team.id));
    } catch (error) {
      services.logger.error({ ...describeFailure(error) }, 'could not draw the plan picture');
      return undefined;
    } finally {
      if (timings) timings.render = performance.now() - drawing;
    }
  });
  if (!picture) return undefined;
  const uploading = performance.now();
  try {
    return await uploadPicture(client, picture);
  } catch (error) {
    services.logger.error({ ...describeFailure(error) }, 'could not upload the plan picture');
    return undefined;
  } finally {
    if (timings) timings.upload = performance.now() - uploading;
  }
}

/** Whose DM a plan's files are in. */
function ownerOf(request: PlanRequest) {
  return {
    workspaceId: request.workspaceId,
    userId: request.userId,
    enterpriseId: request.enterpriseId ?? null,
  };
}

/**
 * The uploaded picture, recorded as the person's plan picture (their older one is deleted in Slack), or
 * undefined when it cannot be recorded: the plan then goes without it (the file is deleted, not left behind).
 */
async function recorded(
  client: webApi.WebClient,
  request: PlanRequest,
  picture: UploadedPicture | undefined,
  services: Pick<PlanServices, 'dmFiles' | 'logger'>,
): Promise<UploadedPicture | undefined> {
  if (!picture) return undefined;
  try {
    await services.dmFiles.recordPlanPicture(ownerOf(request), picture.fileId, client);
    return picture;
  } catch (error) {
    services.logger.error(
      { ...describeFailure(error) },
      'could not record the plan picture; sent without it',
    );
    return undefined;
  }
}

/**
 * The overview, with the picture by file id. Slack may refuse the image block while it still processes the
 * file: then once more after a moment, and after that without the image, the picture shared into the DM as
 * a file instead, so the person still gets it.
 */
async function postFirst(
  client: webApi.WebClient,
  poster: Poster,
  request: PlanRequest,
  message: SlackMessage,
  picture: UploadedPicture | undefined,
  { logger, dmFiles }: Pick<PlanServices, 'logger' | 'dmFiles'>,
): Promise<SentPlan['picture']> {
  const { userId } = request;
  if (!picture) {
    await post(poster, userId, message);
    return 'failed';
  }
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      await post(poster, userId, message);
      return 'shown';
    } catch (error) {
      if (!IMAGE_REFUSALS.has(slackErrorCode(error) ?? '')) throw error;
      logger.warn({ attempt, ...describeFailure(error) }, 'Slack refused the plan picture in the message');
    }
    if (attempt === 1) await new Promise((resolve) => setTimeout(resolve, IMAGE_RETRY_WAIT_MS));
  }
  const dm = await post(poster, userId, withoutPicture(message, PICTURE_AS_FILE_TEXT));
  // The refused upload is shown nowhere: it goes at once, whether or not the copy shared below arrives.
  await dmFiles.discard(request.workspaceId, picture.fileId, client);
  try {
    const shared = await uploadPicture(client, picture, dm);
    await dmFiles.recordPlanPicture(ownerOf(request), shared.fileId, client);
    return 'shared_as_file';
  } catch (error) {
    // The overview already went out: the rest of the plan still follows, with a word about the picture.
    logger.error({ ...describeFailure(error) }, 'could not share the plan picture as a file either');
    await post(poster, userId, { text: PICTURE_FAILED_TEXT, blocks: [] });
    return 'failed';
  }
}

/** Posts one message to the person's DM (a user id as channel), paced; gives the DM's channel id. */
async function post(poster: Poster, userId: string, message: SlackMessage): Promise<string> {
  await letWaitingRequestsGoFirst();
  const result = await poster.pacing.run(userId, () =>
    poster.client.chat.postMessage({
      channel: userId,
      text: message.text,
      ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
    }),
  );
  if (!result.channel) throw new Error('chat.postMessage returned no channel for the DM');
  return result.channel;
}

function ownPoster(client: webApi.WebClient): Poster {
  return { client, pacing: new ChannelPacing({ maxRateLimitWaitMs: ANSWER_RATE_LIMIT_WAIT_MS }) };
}
