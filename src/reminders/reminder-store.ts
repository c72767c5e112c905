import type { ReminderRule } from './rule.js';

/** `done`: a one-off that was sent (it can still be snoozed); `stopped`: cancelled by someone. */
export type ReminderStatus = 'active' | 'paused' | 'done' | 'stopped';

export interface Reminder {
  id: string;
  workspaceId: string;
  /** Set for a workspace of an org-wide (Enterprise Grid) install. */
  enterpriseId: string | null;
  channelId: string;
  createdBy: string;
  /** IANA zone of the creator, from users.info. */
  timeZone: string;
  rule: ReminderRule;
  status: ReminderStatus;
  pausedReason: string | null;
  /** Which occurrence of the rule is next, and when (epoch ms). */
  occurrence: number;
  nextDueAt: number;
  /** When the next delivery attempt may run: nextDueAt, or later after a failure or a snooze. */
  attemptAt: number;
  attempts: number;
  lastError: string | null;
  /** When the current run of failed attempts began (null: the last attempt, if any, succeeded). */
  failingSince: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface NewReminder {
  workspaceId: string;
  enterpriseId?: string | null;
  channelId: string;
  createdBy: string;
  timeZone: string;
  rule: ReminderRule;
  occurrence: number;
  nextDueAt: number;
  now: number;
}

/**
 * Where the delivery of the claimed occurrence stands. `uncertain`: an earlier attempt began (at `since`) and
 * never finished: its post may have reached Slack, so the channel is checked before posting again.
 */
export type DeliveryStart = { state: 'new' } | { state: 'uncertain'; since: number } | { state: 'sent' };

/** A reminder this instance holds the lease on, with the occurrence it is delivering. */
export interface ClaimedReminder extends Reminder {
  leaseOwner: string;
}

export interface ReminderStore {
  create(reminder: NewReminder): Promise<Reminder>;
  get(workspaceId: string, id: string): Promise<Reminder | undefined>;
  listForChannel(workspaceId: string, channelId: string): Promise<Reminder[]>;
  /** Every reminder of a channel, whatever its status (for export), oldest first. */
  allForChannel(workspaceId: string, channelId: string): Promise<Reminder[]>;
  /** Every reminder a person set in a workspace, in any status, oldest first (`/aiteam export me`). */
  allForCreator(workspaceId: string, userId: string): Promise<Reminder[]>;
  /** Active and paused reminders a user created, soonest first. */
  listForCreator(workspaceId: string, userId: string): Promise<Reminder[]>;
  /** New rule or zone: the schedule restarts from the given next occurrence. */
  reschedule(
    workspaceId: string,
    id: string,
    change: { rule: ReminderRule; timeZone: string; occurrence: number; nextDueAt: number; now: number },
  ): Promise<boolean>;
  /** Moves the next delivery to `until`, keeping the rule; a sent one-off comes back once more. */
  snooze(workspaceId: string, id: string, until: number, now: number): Promise<boolean>;
  stop(workspaceId: string, id: string, now: number): Promise<boolean>;
  /** Deletes every reminder of a channel (any status) and its delivery records; returns how many reminders. */
  deleteChannel(workspaceId: string, channelId: string): Promise<number>;
  /** Every reminder of a channel, whatever its status: what deleteChannel would delete. */
  countChannel(workspaceId: string, channelId: string): Promise<number>;
  /** Every reminder a person set in a workspace, whatever its status (`/aiteam forget me`). */
  countByCreator(workspaceId: string, userId: string): Promise<number>;
  /** Deletes every reminder a person set in a workspace, with its deliveries; returns how many. */
  deleteByCreator(workspaceId: string, userId: string): Promise<number>;
  /** Deletes every reminder of a workspace and its delivery records; returns how many reminders. */
  deleteWorkspace(workspaceId: string): Promise<number>;
  /** The same for every workspace of an org (an org-wide uninstall). */
  deleteEnterprise(enterpriseId: string): Promise<number>;

  /**
   * Takes the lease on up to `limit` active reminders due at `now` (or whose lease expired), so no other
   * instance delivers them until `leaseUntil`.
   */
  claimDue(now: number, limit: number, owner: string, leaseUntil: number): Promise<ClaimedReminder[]>;
  /**
   * Extends the lease just before posting; false when it was lost (it ran out and another instance took the
   * reminder, or someone stopped, edited or snoozed it): the caller must not post.
   */
  renewLease(reminder: ClaimedReminder, leaseUntil: number): Promise<boolean>;
  /**
   * Records that the claimed occurrence is being posted, and says whether it was already posted (`sent`: the
   * caller only moves the schedule on) or an earlier attempt may have been (`uncertain`).
   */
  beginDelivery(reminder: ClaimedReminder, now: number): Promise<DeliveryStart>;
  /** Slack refused the post (nothing reached the channel): the next attempt need not check for it. */
  forgetAttempt(reminder: ClaimedReminder): Promise<void>;
  /** The occurrence was posted: record it and move to `next` (null: a one-off is done), releasing the lease. */
  completeDelivery(
    reminder: ClaimedReminder,
    delivery: { messageTs: string | null; now: number },
    next: { occurrence: number; at: number } | null,
  ): Promise<void>;
  /** A failed attempt: try again at `retryAt`, releasing the lease (the failing run starts now if it had not). */
  retryLater(reminder: ClaimedReminder, retryAt: number, error: string, now: number): Promise<void>;
  /** Not delivered by this instance after all (it is stopping): the lease is released at once. */
  giveBack(reminder: ClaimedReminder, now: number): Promise<void>;
  /**
   * Delivery cannot succeed without someone acting: pause, and mark the creator as not yet told (the notice
   * goes out through claimPauseNotices).
   */
  pause(reminder: ClaimedReminder, reason: string, now: number): Promise<void>;
  /** A paused reminder starts again: its missed occurrence is delivered at once. False if it was not paused. */
  resume(workspaceId: string, id: string, now: number): Promise<boolean>;
  /**
   * Paused reminders whose creator has not been told, due for a try at `now`; each is held until `retryAt`
   * (another instance does not take it meanwhile, and a failed notice is tried again then).
   */
  claimPauseNotices(now: number, limit: number, retryAt: number): Promise<Reminder[]>;
  /** The creator was told. */
  pauseNoticeSent(reminder: Reminder): Promise<void>;
  /**
   * Takes the workspace's one history read per `spacingMs`, shared by every instance: 0 when this caller may
   * read now (and the read is recorded at `now`), otherwise how many milliseconds until it may.
   */
  claimHistoryRead(workspaceId: string, now: number, spacingMs: number): Promise<number>;
}
