import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/**
 * A reminder's schedule in the creator's local terms: a first date and a wall-clock time, then a repeat. It is
 * stored like this, with the creator's IANA time zone, and turned into UTC instants one occurrence at a time,
 * so 09:00 stays 09:00 across daylight-saving changes.
 */
export const reminderRuleSchema = z.object({
  /** The first occurrence's local date, YYYY-MM-DD. */
  startDate: z.iso.date(),
  /** Local wall-clock time, HH:MM (24 h). */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:00'),
  repeat: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('once') }),
    z.object({ kind: z.literal('weeks'), every: z.int().min(1).max(52) }),
    z.object({ kind: z.literal('monthly') }),
    z.object({ kind: z.literal('quarterly') }),
  ]),
  /** An occurrence that falls on a Saturday or Sunday moves to the following Monday. */
  weekdaysOnly: z.boolean().default(false),
});

export type ReminderRule = z.output<typeof reminderRuleSchema>;

export interface Occurrence {
  /** 0 for the first date, 1 for the next, ... */
  index: number;
  /** The instant, epoch milliseconds. */
  at: number;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local date of occurrence `index`. Always counted from the first date, never from the previous
 * occurrence, so nothing drifts: the 31st, monthly, is the 31st or the month's last day, then the 31st again.
 */
export function occurrenceDate(rule: ReminderRule, index: number): Temporal.PlainDate {
  const start = Temporal.PlainDate.from(rule.startDate);
  let date: Temporal.PlainDate;
  switch (rule.repeat.kind) {
    case 'once':
      date = start;
      break;
    case 'weeks':
      date = start.add({ weeks: rule.repeat.every * index });
      break;
    case 'monthly':
      date = start.add({ months: index }, { overflow: 'constrain' });
      break;
    case 'quarterly':
      date = start.add({ months: 3 * index }, { overflow: 'constrain' });
      break;
  }
  if (rule.weekdaysOnly && date.dayOfWeek > 5) date = date.add({ days: 8 - date.dayOfWeek });
  return date;
}

/**
 * The instant of occurrence `index` in `timeZone`. A local time that does not exist (02:30 on the night clocks
 * spring forward) moves forward by the gap, to 03:30; a local time that happens twice (01:30 on the night
 * clocks fall back) takes the first. Both as RFC 5545 and Temporal's "compatible" rule.
 */
export function occurrenceAt(rule: ReminderRule, timeZone: string, index: number): number {
  const [hour = 0, minute = 0] = rule.time.split(':').map(Number);
  return occurrenceDate(rule, index)
    .toZonedDateTime({ timeZone, plainTime: new Temporal.PlainTime(hour, minute) })
    .toInstant().epochMilliseconds;
}

/** The first occurrence at or after index `from` whose instant is after `afterMs`; null once a one-off is past. */
export function nextOccurrence(
  rule: ReminderRule,
  timeZone: string,
  afterMs: number,
  from = 0,
): Occurrence | null {
  if (rule.repeat.kind === 'once') {
    if (from > 0) return null;
    const at = occurrenceAt(rule, timeZone, 0);
    return at > afterMs ? { index: 0, at } : null;
  }
  for (let index = Math.max(from, lowerBoundIndex(rule, timeZone, afterMs)); ; index += 1) {
    const at = occurrenceAt(rule, timeZone, index);
    if (at > afterMs) return { index, at };
  }
}

const DAY_MS = 86_400_000;

/**
 * An index no later than the answer, so a reminder that has been down for years does not step through every
 * missed occurrence: periods are at least as long as assumed here (a month at most 31 days, plus a day either
 * side for time zones and the weekend shift).
 */
function lowerBoundIndex(rule: ReminderRule, timeZone: string, afterMs: number): number {
  const elapsed = afterMs - occurrenceAt(rule, timeZone, 0);
  const longestPeriodDays = {
    once: 1,
    weeks: 7 * (rule.repeat.kind === 'weeks' ? rule.repeat.every : 1),
    monthly: 31,
    quarterly: 92,
  }[rule.repeat.kind];
  return Math.max(0, Math.floor(elapsed / ((longestPeriodDays + 3) * DAY_MS)) - 1);
}

/** The same wall-clock time a week later in `timeZone` (168 hours, give or take a daylight-saving hour). */
export function aWeekLater(atMs: number, timeZone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(atMs).toZonedDateTimeISO(timeZone).add({ weeks: 1 })
    .epochMilliseconds;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "every 4 weeks on Monday at 09:00, weekdays only" */
export function describeRule(rule: ReminderRule): string {
  // The weekday the reminders actually fall on (a weekend start moves to Monday when weekdays only).
  const weekday = WEEKDAY_NAMES[occurrenceDate(rule, 0).dayOfWeek - 1];
  const repeat = {
    once: `once, at ${rule.time}`,
    weeks:
      rule.repeat.kind === 'weeks' && rule.repeat.every === 1
        ? `every week on ${weekday} at ${rule.time}`
        : `every ${rule.repeat.kind === 'weeks' ? rule.repeat.every : ''} weeks on ${weekday} at ${rule.time}`,
    monthly: `monthly at ${rule.time}`,
    quarterly: `quarterly at ${rule.time}`,
  }[rule.repeat.kind];
  return rule.weekdaysOnly && rule.repeat.kind !== 'once' ? `${repeat}, weekdays only` : repeat;
}
