import { ROLE_IDS } from '../../advisor/index.js';
import type { Reminder } from '../../reminders/reminder-store.js';
import { describeRule } from '../../reminders/rule.js';
import { toCsv } from '../../render/csv.js';
import type { AssessmentRecord } from '../../storage/assessment-store.js';

export interface ExportFile {
  filename: string;
  title: string;
  content: string;
}

/** Whose data an export holds: one channel's, or what one person added across the workspace. */
export type ExportSubject =
  | { channelId: string }
  | { userId: string; homePictureFiles: readonly string[]; dmFiles: readonly string[] };

/**
 * Everything the advisor keeps for one channel, as files a person can open: the whole record as JSON, and
 * the assessments and reminders as CSV for a spreadsheet.
 */
export function channelExport(
  channelId: string,
  assessments: readonly AssessmentRecord[],
  reminders: readonly Reminder[],
  exportedAt: Date,
): ExportFile[] {
  return dataExport({ channelId }, assessments, reminders, exportedAt);
}

/**
 * The same files for a channel or a person. A person's export also says, per row, which conversation it
 * belongs to, and lists the Slack files of their App Home plan pictures and of the files the bot sent to their
 * DM (plan pictures, earlier exports): all that `/aiteam forget me` deletes.
 */
export function dataExport(
  subject: ExportSubject,
  assessments: readonly AssessmentRecord[],
  reminders: readonly Reminder[],
  exportedAt: Date,
): ExportFile[] {
  const byPerson = !('channelId' in subject);
  const name = 'channelId' in subject ? subject.channelId : subject.userId;
  const json = {
    ...('channelId' in subject ? { channel: subject.channelId } : { person: subject.userId }),
    exportedAt: exportedAt.toISOString(),
    assessments: assessments.map((record) => ({
      ...(byPerson ? { channel: record.channelId } : {}),
      id: record.id,
      createdAt: record.createdAt.toISOString(),
      askedBy: record.userId,
      team: record.teamName ?? null,
      stage: record.stage,
      profile: record.profile,
      summary: record.summary,
    })),
    reminders: reminders.map((reminder) => ({
      ...(byPerson ? { channel: reminder.channelId } : {}),
      id: reminder.id,
      createdBy: reminder.createdBy,
      timeZone: reminder.timeZone,
      rule: reminder.rule,
      repeats: describeRule(reminder.rule),
      status: reminder.status,
      nextDueAt: new Date(reminder.nextDueAt).toISOString(),
    })),
    ...('homePictureFiles' in subject
      ? { appHomePictureFiles: subject.homePictureFiles, dmFiles: subject.dmFiles }
      : {}),
  };
  const channelColumn = byPerson ? ['channel'] : [];
  const assessmentRows = assessments.map((record) => [
    ...(byPerson ? [record.channelId] : []),
    record.createdAt.toISOString(),
    record.userId,
    record.teamName ?? '',
    record.stage,
    String(record.summary.headcount),
    record.summary.band,
    record.profile.builds,
    record.profile.urgency,
    record.profile.practices.join(' '),
    ...ROLE_IDS.flatMap((role) => [
      String(record.profile.roles[role].inHouse),
      String(record.profile.roles[role].augmented),
    ]),
    record.summary.stallPoints.map((point) => point.title).join('; '),
  ]);
  const reminderRows = reminders.map((reminder) => [
    ...(byPerson ? [reminder.channelId] : []),
    reminder.id,
    reminder.createdBy,
    reminder.status,
    describeRule(reminder.rule),
    reminder.timeZone,
    new Date(reminder.nextDueAt).toISOString(),
  ]);
  return [
    {
      filename: `aiteam-${name}.json`,
      title: 'AI team advisor export (JSON)',
      content: `${JSON.stringify(json, null, 2)}\n`,
    },
    {
      filename: `aiteam-${name}-assessments.csv`,
      title: 'Assessments (CSV)',
      content: toCsv(
        [
          ...channelColumn,
          'created_at',
          'asked_by',
          'team',
          'stage',
          'headcount',
          'band',
          'builds',
          'urgency',
          'practices',
          ...ROLE_IDS.flatMap((role) => [`${role}_in_house`, `${role}_augmented`]),
          'stall_points',
        ],
        assessmentRows,
      ),
    },
    {
      filename: `aiteam-${name}-reminders.csv`,
      title: 'Reminders (CSV)',
      content: toCsv(
        [...channelColumn, 'id', 'created_by', 'status', 'repeats', 'time_zone', 'next_due_at'],
        reminderRows,
      ),
    },
  ];
}
