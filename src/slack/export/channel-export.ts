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
  const json = {
    channel: channelId,
    exportedAt: exportedAt.toISOString(),
    assessments: assessments.map((record) => ({
      id: record.id,
      createdAt: record.createdAt.toISOString(),
      askedBy: record.userId,
      team: record.teamName ?? null,
      stage: record.stage,
      profile: record.profile,
      summary: record.summary,
    })),
    reminders: reminders.map((reminder) => ({
      id: reminder.id,
      createdBy: reminder.createdBy,
      timeZone: reminder.timeZone,
      rule: reminder.rule,
      repeats: describeRule(reminder.rule),
      status: reminder.status,
      nextDueAt: new Date(reminder.nextDueAt).toISOString(),
    })),
  };
  const assessmentRows = assessments.map((record) => [
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
    reminder.id,
    reminder.createdBy,
    reminder.status,
    describeRule(reminder.rule),
    reminder.timeZone,
    new Date(reminder.nextDueAt).toISOString(),
  ]);
  return [
    {
      filename: `aiteam-${channelId}.json`,
      title: 'AI team advisor export (JSON)',
      content: `${JSON.stringify(json, null, 2)}\n`,
    },
    {
      filename: `aiteam-${channelId}-assessments.csv`,
      title: 'Assessments (CSV)',
      content: toCsv(
        [
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
      filename: `aiteam-${channelId}-reminders.csv`,
      title: 'Reminders (CSV)',
      content: toCsv(['id', 'created_by', 'status', 'repeats', 'time_zone', 'next_due_at'], reminderRows),
    },
  ];
}
