import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Playbook } from '../advisor/index.js';
import type { Clock } from '../clock.js';
import type { ReminderStore } from '../reminders/reminder-store.js';
import type { AssessmentStore } from '../storage/assessment-store.js';
import type { DmFileStore } from '../storage/dm-file-store.js';
import type { EventLog } from '../storage/event-log.js';
import type { HomePictureStore } from '../storage/home-picture-store.js';
import type { SqlInstallationStore } from '../storage/installation-store.js';
import type { SupportLinks } from './blocks/support.js';
import type { PostingClients } from './delivery/posting-clients.js';
import type { PlanPictureRenderer } from './plan/plan-picture.js';
import type { UnfinishedAnswers } from './unfinished-answers.js';

/** What listeners need from the outside world, passed in so tests can pin time and swap stores. */
export interface Services {
  playbook: Playbook;
  store: AssessmentStore;
  reminders: ReminderStore;
  events: EventLog;
  /** The App Home plan pictures' Slack file ids, per person: which files to delete when (HomePictureFiles). */
  homePictures: HomePictureStore;
  /** The files the bot uploaded into people's DMs (plan pictures, exports), per person (DmFiles). */
  dmFileStore: DmFileStore;
  /** OAuth mode only: where installations (and their tokens) are kept. */
  installations?: SqlInstallationStore;
  clock: Clock;
  logger: Logger;
  /**
   * The clients that post answers, apart from the interactive client (createSlackApp sets them when not
   * given); without them answers are posted, paced, by the listener's own client.
   */
  posting?: PostingClients;
  /**
   * Draws the hiring plan's picture; the renderer in src/render/plan-picture when not given (tests swap it).
   * A plan made in a worker thread (from `planWorkerFrom` teams) is drawn there, by that renderer.
   */
  renderPlanPicture?: PlanPictureRenderer;
  /** The most teams a hiring plan reads; PLAN_TEAM_LIMIT (5,000) when not given (tests lower it). */
  planTeamLimit?: number;
  /** From how many teams a plan is made in a worker thread; PLAN_WORKER_FROM when not given (tests lower it). */
  planWorkerFrom?: number;
  /** Answers being posted, so a shutdown that cannot wait for them tells their askers (set by createSlackApp). */
  unfinished?: UnfinishedAnswers;
  /**
   * A client for a bot token with the app's client options (set by createSlackApp): a Workflow Builder step
   * does with it whatever outlives the step's short-lived workflow token (the answer, the plan, reading).
   */
  botClient?: (token: string) => webApi.WebClient;
  /** Where people get help and read the privacy policy (SUPPORT_URL, PRIVACY_URL); none when not given. */
  support?: SupportLinks;
}

/** Listeners record how a request ended here; the request log reports it. */
export type Outcome = 'ok' | 'invalid_input' | 'answered_by_dm' | 'duplicate' | 'refused' | 'failed';

export function setOutcome(context: Record<string, unknown>, outcome: Outcome): void {
  context.outcome = outcome;
}
