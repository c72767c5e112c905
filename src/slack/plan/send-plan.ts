import type { webApi } from '@slack/bolt';
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
  planMessages,
  unsharedText,
  withoutPicture,
} from '../blocks/plan-messages.js';
import { ChannelPacing } from '../delivery/channel-pacing.js';
import { ANSWER_RATE_LIMIT_WAIT_MS, type Poster, type PostingClients } from '../delivery/posting-clients.js';
import { describeFailure, slackErrorCode } from '../delivery/slack-error.js';
import { visibleTo } from '../membership.js';
import { type PlanPictureRenderer, type UploadedPicture, uploadPicture } from './plan-picture.js';
import { plainTeamNamer, slackTeamNamer, teamsOnRecord } from './plan-teams.js';
import { type PlanRequest, teamsVisibleTo } from './visible-teams.js';

export interface PlanServices {
  store: AssessmentStore;
  playbook: Playbook;
  clock: Clock;
  logger: Logger;
  posting?: PostingClients;
  renderPicture: PlanPictureRenderer;
  /** The most teams a plan reads (PLAN_TEAM_LIMIT when not given; tests lower it). */
  planTeamLimit?: number;
}

export const NO_TEAMS_TEXT =
  "No team you can see has been assessed yet, so there is no hiring plan to make. Run `/aiteam` in a team's channel to assess it: the plan covers every team assessed in the channels you are in.";

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
  /** The plan sent; undefined when the person can see no assessed team. */
  plan: CompanyPlan | undefined;
  teams: number;
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

/**
 * The teams the person may see, planned, under a plan slot. `memberOf`, when the caller has it (App Home),
 * saves asking Slack for the person's channels again.
 */
export async function buildPlan(
  client: webApi.WebClient,
  request: PlanRequest,
  services: Pick<PlanServices, 'store' | 'playbook' | 'clock' | 'planTeamLimit'>,
  memberOf?: ReadonlySet<string>,
  timings?: Pick<PlanTimings, 'load' | 'build'>,
): Promise<BuiltPlan> {
  return planSlots.run(async () => {
    const started = performance.now();
    const visible = await teamsVisibleTo(client, services.store, request, {
      ...(memberOf ? { memberOf } : {}),
      ...(services.planTeamLimit ? { limit: services.planTeamLimit } : {}),
    });
    if (timings) timings.load = performance.now() - started;
    const built = {
      mayReassess: mayReassess(visible.memberOf),
      cutAt: visible.cutAt,
      unshared: visible.unshared,
    };
    if (visible.records.length === 0) return { ...built, plan: undefined };
    await letWaitingRequestsGoFirst();
    const building = performance.now();
    const plan = planHiring(teamsOnRecord(visible.records), services.clock.now(), services.playbook);
    if (timings) timings.build = performance.now() - building;
    return { ...built, plan };
  });
}

/**
 * Where the person may post a team's re-assessment: a channel they are a member of, or a direct message
 * (the plan shows a DM's teams only to the person who assessed them, in their own DM). An admin sees teams
 * of channels they are not in, and gets their lines without the button.
 */
function mayReassess(memberOf: ReadonlySet<string>): (team: PlanTeam) => boolean {
  return (team) => team.channelId !== null && visibleTo(team.channelId, memberOf);
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
  const { plan, mayReassess, cutAt, unshared } = await buildPlan(
    client,
    request,
    services,
    undefined,
    timings,
  );
  if (!plan) {
    await post(poster, request.userId, { text: noTeamsText(cutAt, unshared), blocks: [] });
    return { plan: undefined, teams: 0, messages: 1, picture: 'none', timings };
  }
  const uploaded = await pictureOf(client, plan, services, timings);
  const inMessage: PictureInMessage = uploaded
    ? { kind: 'shown', fileId: uploaded.fileId, altText: uploaded.altText }
    : { kind: 'failed' };
  const messages = planMessages(plan, slackTeamNamer(plan), inMessage, {
    mayReassess,
    cutAt,
    unshared,
  });
  const posting = performance.now();
  const [first, ...rest] = messages as [SlackMessage, ...SlackMessage[]];
  const shown = await postFirst(client, poster, request.userId, first, uploaded, services.logger);
  for (const [index, message] of rest.entries()) {
    try {
      await post(poster, request.userId, message);
    } catch (error) {
      throw new PlanCutShortError(index + 1, messages.length, error);
    }
  }
  timings.post = performance.now() - posting;
  return { plan, teams: plan.totals.teams, messages: messages.length, picture: shown, timings };
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

/**
 * The overview, with the picture by file id. Slack may refuse the image block while it still processes the
 * file: then once more after a moment, and after that without the image, the picture shared into the DM as
 * a file instead, so the person still gets it.
 */
async function postFirst(
  client: webApi.WebClient,
  poster: Poster,
  userId: string,
  message: SlackMessage,
  picture: UploadedPicture | undefined,
  logger: Logger,
): Promise<SentPlan['picture']> {
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
  try {
    await uploadPicture(client, picture, dm);
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
