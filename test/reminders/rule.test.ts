import { describe, expect, it } from 'vitest';
import {
  describeRule,
  isValidTimeZone,
  nextOccurrence,
  occurrenceAt,
  type ReminderRule,
  reminderRuleSchema,
} from '../../src/reminders/rule.js';

const weekly = (startDate: string, time: string): ReminderRule =>
  reminderRuleSchema.parse({ startDate, time, repeat: { kind: 'weeks', every: 1 } });

/** The first `count` occurrences as UTC ISO strings. */
function instants(rule: ReminderRule, zone: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => new Date(occurrenceAt(rule, zone, index)).toISOString());
}

describe('occurrences across daylight-saving changes', () => {
  it('Europe/Berlin, March: 09:00 weekly stays 09:00 local (08:00Z, then 07:00Z)', () => {
    expect(instants(weekly('2026-03-23', '09:00'), 'Europe/Berlin', 2)).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('Europe/Berlin, March: 02:30 on the night clocks skip it moves to 03:30', () => {
    expect(instants(weekly('2026-03-22', '02:30'), 'Europe/Berlin', 3)).toEqual([
      '2026-03-22T01:30:00.000Z', // 02:30 +01:00
      '2026-03-29T01:30:00.000Z', // 02:30 does not exist: 03:30 +02:00
      '2026-04-05T00:30:00.000Z', // 02:30 +02:00
    ]);
  });

  it('Europe/Berlin, October: 09:00 weekly, and 02:30 on the night it happens twice takes the first', () => {
    expect(instants(weekly('2026-10-19', '09:00'), 'Europe/Berlin', 2)).toEqual([
      '2026-10-19T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
    ]);
    expect(instants(weekly('2026-10-18', '02:30'), 'Europe/Berlin', 3)).toEqual([
      '2026-10-18T00:30:00.000Z', // +02:00
      '2026-10-25T00:30:00.000Z', // first of the two 02:30s, still +02:00
      '2026-11-01T01:30:00.000Z', // +01:00
    ]);
  });

  it('America/New_York, March: 09:00 weekly, and 02:30 on the skipped night moves to 03:30', () => {
    expect(instants(weekly('2026-03-06', '09:00'), 'America/New_York', 2)).toEqual([
      '2026-03-06T14:00:00.000Z',
      '2026-03-13T13:00:00.000Z',
    ]);
    expect(instants(weekly('2026-03-01', '02:30'), 'America/New_York', 3)).toEqual([
      '2026-03-01T07:30:00.000Z', // 02:30 -05:00
      '2026-03-08T07:30:00.000Z', // 02:30 does not exist: 03:30 -04:00
      '2026-03-15T06:30:00.000Z', // 02:30 -04:00
    ]);
  });

  it('America/New_York, November: 09:00 weekly; 02:30 exists once; 01:30 happens twice and takes the first', () => {
    expect(instants(weekly('2026-10-25', '09:00'), 'America/New_York', 2)).toEqual([
      '2026-10-25T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z',
    ]);
    expect(instants(weekly('2026-10-25', '02:30'), 'America/New_York', 2)).toEqual([
      '2026-10-25T06:30:00.000Z', // -04:00
      '2026-11-01T07:30:00.000Z', // -05:00
    ]);
    expect(instants(weekly('2026-10-25', '01:30'), 'America/New_York', 2)).toEqual([
      '2026-10-25T05:30:00.000Z',
      '2026-11-01T05:30:00.000Z', // the first 01:30, -04:00
    ]);
  });
});

describe('repeats', () => {
  it('every N weeks counts from the first date', () => {
    const rule = reminderRuleSchema.parse({
      startDate: '2026-02-23',
      time: '09:00',
      repeat: { kind: 'weeks', every: 6 },
    });
    expect(instants(rule, 'UTC', 3)).toEqual([
      '2026-02-23T09:00:00.000Z',
      '2026-04-06T09:00:00.000Z',
      '2026-05-18T09:00:00.000Z',
    ]);
  });

  it('monthly from the 31st keeps coming back to the 31st', () => {
    const rule = reminderRuleSchema.parse({
      startDate: '2026-01-31',
      time: '10:00',
      repeat: { kind: 'monthly' },
    });
    expect(instants(rule, 'UTC', 4).map((iso) => iso.slice(0, 10))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
  });

  it('quarterly adds three months at a time', () => {
    const rule = reminderRuleSchema.parse({
      startDate: '2026-01-15',
      time: '10:00',
      repeat: { kind: 'quarterly' },
    });
    expect(instants(rule, 'UTC', 3).map((iso) => iso.slice(0, 10))).toEqual([
      '2026-01-15',
      '2026-04-15',
      '2026-07-15',
    ]);
  });

  it('weekdays only moves a weekend date to the Monday after', () => {
    const rule = reminderRuleSchema.parse({
      startDate: '2026-01-31',
      time: '10:00',
      repeat: { kind: 'monthly' },
      weekdaysOnly: true,
    });
    // Sat 31 Jan → Mon 2 Feb; Sat 28 Feb → Mon 2 Mar; Tue 31 Mar stays.
    expect(instants(rule, 'UTC', 3).map((iso) => iso.slice(0, 10))).toEqual([
      '2026-02-02',
      '2026-03-02',
      '2026-03-31',
    ]);
  });

  it('a one-off happens once', () => {
    const rule = reminderRuleSchema.parse({
      startDate: '2026-05-04',
      time: '09:00',
      repeat: { kind: 'once' },
    });
    const first = nextOccurrence(rule, 'Europe/Berlin', Date.parse('2026-01-01T00:00:00Z'));
    expect(first).toEqual({ index: 0, at: Date.parse('2026-05-04T07:00:00Z') });
    expect(nextOccurrence(rule, 'Europe/Berlin', Date.parse('2026-05-04T07:00:00Z'))).toBeNull();
    expect(nextOccurrence(rule, 'Europe/Berlin', 0, 1)).toBeNull();
  });
});

describe('the next occurrence', () => {
  const rule = weekly('2026-01-05', '09:00');

  it('is the first one strictly after the given instant', () => {
    const at = Date.parse('2026-01-12T09:00:00Z');
    expect(nextOccurrence(rule, 'UTC', at - 1)).toEqual({ index: 1, at });
    expect(nextOccurrence(rule, 'UTC', at)).toEqual({ index: 2, at: Date.parse('2026-01-19T09:00:00Z') });
  });

  it('after a three-week outage, skips the missed ones to the next future occurrence', () => {
    const now = Date.parse('2026-02-04T12:00:00Z'); // the 12th, 19th, 26th Jan and 2nd Feb were missed
    expect(nextOccurrence(rule, 'UTC', now, 1)).toEqual({ index: 5, at: Date.parse('2026-02-09T09:00:00Z') });
  });

  it('jumps straight to years later without stepping through every week', () => {
    const later = Date.parse('2040-06-01T00:00:00Z');
    const next = nextOccurrence(rule, 'UTC', later);
    expect(next && new Date(next.at).toISOString()).toBe('2040-06-04T09:00:00.000Z');
    expect(next?.index).toBe(
      Math.round(
        (Date.parse('2040-06-04T09:00:00Z') - Date.parse('2026-01-05T09:00:00Z')) / (7 * 86_400_000),
      ),
    );
  });
});

describe('rules and zones', () => {
  it('describes a rule in words', () => {
    expect(describeRule(weekly('2026-01-05', '09:00'))).toBe('every week on Monday at 09:00');
    expect(
      describeRule(
        reminderRuleSchema.parse({
          startDate: '2026-01-05',
          time: '14:30',
          repeat: { kind: 'weeks', every: 4 },
          weekdaysOnly: true,
        }),
      ),
    ).toBe('every 4 weeks on Monday at 14:30, weekdays only');
    expect(
      describeRule(
        reminderRuleSchema.parse({ startDate: '2026-01-05', time: '09:00', repeat: { kind: 'quarterly' } }),
      ),
    ).toBe('quarterly at 09:00');
  });

  it('rejects bad rules, and knows IANA zones from made-up ones', () => {
    expect(
      reminderRuleSchema.safeParse({ startDate: '2026-02-30', time: '09:00', repeat: { kind: 'once' } })
        .success,
    ).toBe(false);
    expect(
      reminderRuleSchema.safeParse({ startDate: '2026-02-03', time: '24:00', repeat: { kind: 'once' } })
        .success,
    ).toBe(false);
    expect(
      reminderRuleSchema.safeParse({
        startDate: '2026-02-03',
        time: '09:00',
        repeat: { kind: 'weeks', every: 0 },
      }).success,
    ).toBe(false);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('rules, each case written out', () => {
  const rule = (input: Record<string, unknown>): ReminderRule =>
    reminderRuleSchema.parse({ startDate: '2026-01-05', time: '09:00', ...input });

  it('names the weekday a weekly reminder falls on, each day of the week (5 January 2026 is a Monday)', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    days.forEach((day, offset) => {
      expect(describeRule(weekly(`2026-01-${String(5 + offset).padStart(2, '0')}`, '09:00'))).toBe(
        `every week on ${day} at 09:00`,
      );
    });
    expect(
      describeRule(
        rule({ startDate: '2026-01-10', repeat: { kind: 'weeks', every: 1 }, weekdaysOnly: true }),
      ),
    ).toBe('every week on Monday at 09:00, weekdays only');
    expect(describeRule(rule({ startDate: '2026-01-07', repeat: { kind: 'weeks', every: 2 } }))).toBe(
      'every 2 weeks on Wednesday at 09:00',
    );
  });

  it('describes one-offs and monthly reminders, and says weekdays only for repeats alone', () => {
    expect(describeRule(rule({ time: '07:15', repeat: { kind: 'once' }, weekdaysOnly: true }))).toBe(
      'once, at 07:15',
    );
    expect(describeRule(rule({ repeat: { kind: 'monthly' } }))).toBe('monthly at 09:00');
    expect(describeRule(rule({ repeat: { kind: 'monthly' }, weekdaysOnly: true }))).toBe(
      'monthly at 09:00, weekdays only',
    );
  });

  it('weekdays only keeps a Friday, and moves a Saturday and a Sunday to the Monday after', () => {
    const friday = rule({ startDate: '2026-01-09', repeat: { kind: 'once' }, weekdaysOnly: true });
    const saturday = rule({ startDate: '2026-01-10', repeat: { kind: 'once' }, weekdaysOnly: true });
    const sunday = rule({ startDate: '2026-01-11', repeat: { kind: 'once' }, weekdaysOnly: true });
    expect(instants(friday, 'UTC', 1)).toEqual(['2026-01-09T09:00:00.000Z']);
    expect(instants(saturday, 'UTC', 1)).toEqual(['2026-01-12T09:00:00.000Z']);
    expect(instants(sunday, 'UTC', 1)).toEqual(['2026-01-12T09:00:00.000Z']);
  });

  it('every 4 weeks, a year on, is the right occurrence, found without stepping from the start', () => {
    const everyFour = rule({ repeat: { kind: 'weeks', every: 4 } });
    // 364 days is 13 periods: the 13th falls on 4 January 2027, before the instant asked about.
    expect(nextOccurrence(everyFour, 'UTC', Date.parse('2027-01-05T00:00:00Z'))).toEqual({
      index: 14,
      at: Date.parse('2027-02-01T09:00:00Z'),
    });
  });

  it('takes a time from 00:00 to 23:59, as HH:MM and nothing else', () => {
    for (const time of ['00:00', '09:05', '19:59', '20:00', '23:59']) {
      expect(rule({ time, repeat: { kind: 'once' } }).time).toBe(time);
    }
    for (const time of ['9:00', '24:00', '09:60', '09:5', '2:300', 'x09:00', '09:00x', '09:0a']) {
      const result = reminderRuleSchema.safeParse({
        startDate: '2026-01-05',
        time,
        repeat: { kind: 'once' },
      });
      expect(result.success, time).toBe(false);
      expect(
        result.error?.issues.map((issue) => issue.message),
        time,
      ).toEqual(['must be a time like 09:00']);
    }
  });

  it('repeats once, every 1 to 52 weeks, monthly or quarterly, and nothing else', () => {
    for (const repeat of [
      { kind: 'once' },
      { kind: 'weeks', every: 1 },
      { kind: 'weeks', every: 52 },
      { kind: 'monthly' },
      { kind: 'quarterly' },
    ]) {
      expect(rule({ repeat }).repeat).toEqual(repeat);
    }
    for (const repeat of [
      { kind: 'weeks', every: 53 },
      { kind: 'weeks', every: 1.5 },
      { kind: 'weeks' },
      { kind: 'yearly' },
    ]) {
      expect(reminderRuleSchema.safeParse({ startDate: '2026-01-05', time: '09:00', repeat }).success).toBe(
        false,
      );
    }
    expect(rule({ repeat: { kind: 'once' } }).weekdaysOnly).toBe(false);
  });
});
