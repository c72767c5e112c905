import type { Generated } from 'kysely';

/**
 * The tables, as Kysely sees them. Both engines store the same shapes: instants as epoch milliseconds
 * (BIGINT; comparable and sortable everywhere, no time-zone conversion by the driver) and structured values as
 * JSON text, converted in one place, the stores.
 */
export interface Database {
  assessments: AssessmentsTable;
  reminders: RemindersTable;
  reminder_deliveries: ReminderDeliveriesTable;
  processed_events: ProcessedEventsTable;
  history_reads: HistoryReadsTable;
  installations: InstallationsTable;
  home_pictures: HomePicturesTable;
  dm_files: DmFilesTable;
}

/**
 * A file the bot uploaded into one person's DM (a file of the bot's own: the person cannot delete it). A
 * person has at most one plan picture row (a newer plan's replaces it) and a row per export file.
 */
export interface DmFilesTable {
  /** The Slack file id (F…). */
  file_id: string;
  workspace_id: string;
  /** The org, for a workspace of an org-wide install. */
  enterprise_id: string | null;
  /** The person in whose DM it is. */
  user_id: string;
  /** `plan_picture` (the picture in a plan DM) or `export` (a JSON, CSV or Markdown file of an export). */
  kind: string;
  /** The channel a channel export is of; null for plan pictures and other exports. */
  channel_id: string | null;
  uploaded_at: number | string;
}

/**
 * A plan picture uploaded to Slack for one person's App Home (a file of the bot's own, shared nowhere). A
 * person normally has one row: the picture their Home shows. Older rows are files still to delete in Slack.
 */
export interface HomePicturesTable {
  /** The Slack file id (F…). */
  file_id: string;
  workspace_id: string;
  /** The org, for a workspace of an org-wide install. */
  enterprise_id: string | null;
  /** The person whose Home shows it. */
  user_id: string;
  uploaded_at: number | string;
}

export interface InstallationsTable {
  id: string;
  /** `T…` for a workspace install, `E…` for an org-wide one. */
  install_key: string;
  enterprise_id: string | null;
  team_id: string | null;
  installed_at: number | string;
  /** The Installation, JSON, encrypted with ENCRYPTION_KEY. */
  sealed: string;
}

/**
 * When a workspace's channel history was last read (the duplicate-reminder check), by any instance: Slack
 * allows unlisted apps one conversations.history call a minute per workspace. A row older than that spacing
 * is deleted at the next read, so the table holds only the last minute's reads.
 */
export interface HistoryReadsTable {
  workspace_id: string;
  read_at: number | string;
}

export interface ProcessedEventsTable {
  event_id: string;
  received_at: number | string;
}

export interface AssessmentsTable {
  id: string;
  workspace_id: string;
  /** The org, for a workspace of an org-wide install. */
  enterprise_id: Generated<string | null>;
  channel_id: string;
  user_id: string;
  team_name: string | null;
  stage: string;
  headcount: number;
  created_at: number | string;
  /** The validated team profile, JSON. */
  profile: string;
  /** AssessmentSummary, JSON. */
  summary: string;
  /** 1: the channel chose, when answering, to show this team in the company plan to people outside it. */
  shared_with_plan: Generated<number>;
  /** Where the answer was posted (see PostedMessages); null until it was, or for rows made before 0011. */
  message_channel_id: Generated<string | null>;
  message_ts: Generated<string | null>;
  /** The thread replies' ts, in order, JSON. */
  reply_ts: Generated<string | null>;
}

export interface RemindersTable {
  id: string;
  workspace_id: string;
  /** The org, for a workspace of an org-wide install. */
  enterprise_id: Generated<string | null>;
  channel_id: string;
  created_by: string;
  /** IANA zone of the creator (from users.info), never an offset. */
  time_zone: string;
  /** The rule in local terms (ReminderRule), JSON. */
  rule: string;
  status: 'active' | 'paused' | 'done' | 'stopped';
  paused_reason: string | null;
  /** Which occurrence of the rule is next (0 = the first date). */
  occurrence: number;
  /** That occurrence's instant. */
  next_due_at: number | string;
  /** When to try to deliver it: next_due_at, or later after a failed attempt. The claim reads this. */
  attempt_at: number | string;
  attempts: Generated<number>;
  lease_owner: string | null;
  lease_until: number | string | null;
  last_error: string | null;
  /** When the current run of failed attempts began; null after a delivery, an edit or a resume. */
  failing_since: Generated<number | string | null>;
  /** A paused reminder whose creator has not been told yet: when to try again. */
  pause_notice_at: Generated<number | string | null>;
  created_at: number | string;
  updated_at: number | string;
}

export interface ReminderDeliveriesTable {
  reminder_id: string;
  /** With reminder_id, the unique key of one occurrence: it is posted at most once in normal operation. */
  due_at: number | string;
  status: 'posting' | 'sent';
  message_ts: string | null;
  channel_id: string;
  updated_at: number | string;
}
