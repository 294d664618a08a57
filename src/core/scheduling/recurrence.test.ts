import { describe, expect, test } from 'vitest';
import { AppError } from '../errors.js';
import { parseRule, type RecurrenceRule } from './recurrence-rule.js';
import { expandOccurrences, nextOccurrence, type Expansion } from './recurrence.js';
import { toWallTime, type WallTime } from './zoned-time.js';

const rule = (text: string): RecurrenceRule => {
  const result = parseRule(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.rule;
};
const wall = (text: string): WallTime => {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = text.split(/[- :T]/).map(Number);
  return { year, month, day, hour, minute };
};
const expand = (text: string, start: string, zone: string, from: string, to: string, limit?: number): Expansion =>
  expandOccurrences(rule(text), { wall: wall(start), zone }, new Date(from), new Date(to), limit);
const instants = (text: string, start: string, zone: string, from: string, to: string) => expand(text, start, zone, from, to).occurrences.map((date) => date.toISOString());
/** Local dates (YYYY-MM-DD) of the occurrences, as the zone's calendar shows them. */
const localDates = (text: string, start: string, zone: string, from: string, to: string) =>
  expand(text, start, zone, from, to).occurrences.map((date) => {
    const { year, month, day } = toWallTime(date, zone);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });

describe('the local wall time survives DST changes', () => {
  test('a 09:00 Europe/Warsaw weekly post is 08:00Z in winter and 07:00Z in summer', () => {
    expect(instants('FREQ=WEEKLY;BYDAY=MO', '2026-03-16 09:00', 'Europe/Warsaw', '2026-03-01T00:00:00Z', '2026-04-07T00:00:00Z')).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
    expect(instants('FREQ=WEEKLY;BYDAY=MO', '2026-03-16 09:00', 'Europe/Warsaw', '2026-10-15T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([
      '2026-10-19T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      '2026-11-02T08:00:00.000Z',
    ]);
  });

  test('America/New_York keeps 09:00 on the Sundays the clocks change', () => {
    expect(instants('FREQ=WEEKLY', '2026-03-01 09:00', 'America/New_York', '2026-03-01T00:00:00Z', '2026-03-16T00:00:00Z')).toEqual([
      '2026-03-01T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z',
      '2026-03-15T13:00:00.000Z',
    ]);
    expect(instants('FREQ=WEEKLY', '2026-03-01 09:00', 'America/New_York', '2026-10-25T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      '2026-10-25T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z',
    ]);
  });

  test('Asia/Jakarta has no DST: 09:00 is 02:00Z all year', () => {
    const result = instants('FREQ=MONTHLY', '2026-01-15 09:00', 'Asia/Jakarta', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(result).toHaveLength(12);
    expect(result.every((iso) => iso.endsWith('-15T02:00:00.000Z'))).toBe(true);
  });

  test('a daily 02:30 post: moved forward in the gap, once (the first) in the overlap', () => {
    expect(instants('FREQ=DAILY', '2026-03-01 02:30', 'Europe/Warsaw', '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 03:30 CEST: 02:30 does not exist that day
      '2026-03-30T00:30:00.000Z',
    ]);
    expect(instants('FREQ=DAILY', '2026-03-01 02:30', 'Europe/Warsaw', '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });
});

describe('monthly rules', () => {
  const year2026 = ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'] as const;

  test('BYMONTHDAY=31 skips the months without a 31st', () => {
    const expected = ['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31', '2026-12-31'];
    expect(localDates('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-31 10:00', 'Europe/Warsaw', ...year2026)).toEqual(expected);
    // Without BYMONTHDAY the start's day repeats, with the same skipping.
    expect(localDates('FREQ=MONTHLY', '2026-01-31 10:00', 'Europe/Warsaw', ...year2026)).toEqual(expected);
  });

  test('BYMONTHDAY=-1 is the last day of every month, February included', () => {
    expect(localDates('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4', '2026-01-01 10:00', 'Europe/Warsaw', ...year2026)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(localDates('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=2', '2028-01-31 10:00', 'Europe/Warsaw', '2028-01-01T00:00:00Z', '2029-01-01T00:00:00Z')).toEqual(['2028-01-31', '2028-02-29']);
  });

  test('-1FR is the last Friday and 1MO the first Monday', () => {
    expect(localDates('FREQ=MONTHLY;BYDAY=-1FR;COUNT=6', '2026-01-01 10:00', 'Europe/Warsaw', ...year2026)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
      '2026-06-26',
    ]);
    expect(localDates('FREQ=MONTHLY;BYDAY=1MO;COUNT=3', '2026-01-01 10:00', 'Europe/Warsaw', ...year2026)).toEqual(['2026-01-05', '2026-02-02', '2026-03-02']);
  });

  test('BYMONTHDAY with BYDAY keeps only the days both name (Friday the 13th)', () => {
    expect(localDates('FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR', '2026-01-01 10:00', 'Europe/Warsaw', ...year2026)).toEqual(['2026-02-13', '2026-03-13', '2026-11-13']);
  });

  // The examples of RFC 5545 §3.3.10, with DTSTART;TZID=America/New_York.
  test('RFC 5545: monthly on the first Friday for 10 occurrences', () => {
    const result = instants('FREQ=MONTHLY;COUNT=10;BYDAY=1FR', '1997-09-05 09:00', 'America/New_York', '1997-01-01T00:00:00Z', '1999-01-01T00:00:00Z');
    expect(result).toHaveLength(10);
    expect(result.slice(0, 3)).toEqual(['1997-09-05T13:00:00.000Z', '1997-10-03T13:00:00.000Z', '1997-11-07T14:00:00.000Z']);
    expect(result.at(-1)).toBe('1998-06-05T13:00:00.000Z');
  });

  test('RFC 5545: every other month on the first and last Sunday', () => {
    expect(localDates('FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU', '1997-09-07 09:00', 'America/New_York', '1997-01-01T00:00:00Z', '1999-01-01T00:00:00Z')).toEqual([
      '1997-09-07',
      '1997-09-28',
      '1997-11-02',
      '1997-11-30',
      '1998-01-04',
      '1998-01-25',
      '1998-03-01',
      '1998-03-29',
      '1998-05-03',
      '1998-05-31',
    ]);
  });
});

describe('weekly rules', () => {
  // RFC 5545 §3.3.10: the same rule gives different days with a different week start.
  test('WKST decides which weeks INTERVAL=2 keeps', () => {
    const window = ['1997-08-01T00:00:00Z', '1997-10-01T00:00:00Z'] as const;
    expect(localDates('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', '1997-08-05 09:00', 'America/New_York', ...window)).toEqual(['1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24']);
    expect(localDates('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', '1997-08-05 09:00', 'America/New_York', ...window)).toEqual(['1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31']);
  });

  test('a window long after the start keeps the INTERVAL phase', () => {
    // 2026-01-05 is a Monday; 2026-06-01 is 21 weeks later (odd), 2026-06-08 is 22 weeks later.
    expect(localDates('FREQ=WEEKLY;INTERVAL=2', '2026-01-05 09:00', 'Europe/Warsaw', '2026-06-01T00:00:00Z', '2026-06-30T00:00:00Z')).toEqual(['2026-06-08', '2026-06-22']);
  });

  test('a start the rule does not produce is not an occurrence', () => {
    // 2026-03-06 is a Friday.
    expect(localDates('FREQ=WEEKLY;BYDAY=MO,WE', '2026-03-06 09:00', 'Europe/Warsaw', '2026-03-01T00:00:00Z', '2026-03-12T00:00:00Z')).toEqual(['2026-03-09', '2026-03-11']);
  });

  test('DAILY with BYDAY keeps the weekdays only', () => {
    expect(localDates('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', '2026-03-06 09:00', 'Europe/Warsaw', '2026-03-01T00:00:00Z', '2026-03-12T00:00:00Z')).toEqual([
      '2026-03-06',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
    ]);
  });
});

describe('bounds', () => {
  test('COUNT counts from the start, not from the window', () => {
    expect(localDates('FREQ=DAILY;COUNT=5', '2026-03-01 09:00', 'Europe/Warsaw', '2026-03-03T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
    expect(localDates('FREQ=WEEKLY;COUNT=3', '2026-03-02 09:00', 'Europe/Warsaw', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toHaveLength(3);
  });

  test('UNTIL is inclusive, to the second', () => {
    // 09:00 CET on 2026-03-05 is 08:00Z.
    expect(localDates('FREQ=DAILY;UNTIL=20260305T080000Z', '2026-03-01 09:00', 'Europe/Warsaw', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z').at(-1)).toBe('2026-03-05');
    expect(localDates('FREQ=DAILY;UNTIL=20260305T075959Z', '2026-03-01 09:00', 'Europe/Warsaw', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z').at(-1)).toBe('2026-03-04');
  });

  test('the window is [from, to)', () => {
    expect(instants('FREQ=DAILY', '2026-03-01 09:00', 'Europe/Warsaw', '2026-03-02T08:00:00Z', '2026-03-04T08:00:00Z')).toEqual(['2026-03-02T08:00:00.000Z', '2026-03-03T08:00:00.000Z']);
  });

  test('the limit caps the answer and says so', () => {
    const result = expand('FREQ=DAILY', '2026-03-01 09:00', 'Europe/Warsaw', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z', 5);
    expect(result.occurrences).toHaveLength(5);
    expect(result.truncated).toBe(true);
    expect(expand('FREQ=DAILY', '2026-03-01 09:00', 'Europe/Warsaw', '2026-03-01T00:00:00Z', '2026-03-06T00:00:00Z', 5).truncated).toBe(false);
  });

  test('a rule that never produces a date ends at the window, not in an endless loop', () => {
    // Every twelfth month from April is always April, which has no 31st.
    expect(expand('FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31', '2026-04-01 09:00', 'Europe/Warsaw', '2026-01-01T00:00:00Z', '2036-01-01T00:00:00Z')).toEqual({ occurrences: [], truncated: false });
    expect(expand('FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31;COUNT=2', '2026-04-01 09:00', 'Europe/Warsaw', '2026-01-01T00:00:00Z', '2036-01-01T00:00:00Z').occurrences).toEqual([]);
  });

  test('an unknown zone or impossible start is refused', () => {
    expect(() => expand('FREQ=DAILY', '2026-03-01 09:00', 'Europe/Nowhere', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).toThrow(AppError);
    expect(() => expand('FREQ=DAILY', '2026-02-30 09:00', 'Europe/Warsaw', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).toThrow(AppError);
  });
});

describe('the next occurrence of a series', () => {
  const warsaw = (iso: string) => ({ wall: toWallTime(new Date(iso), 'Europe/Warsaw'), zone: 'Europe/Warsaw' });
  const weekly = (text: string) => {
    const parsed = parseRule(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.rule;
  };

  test('keeps 09:00 local across the spring change and stops after COUNT', () => {
    const start = warsaw('2027-03-22T08:00:00Z'); // Monday 09:00 CET
    const rule = weekly('FREQ=WEEKLY;COUNT=3');
    const second = nextOccurrence(rule, start, new Date('2027-03-22T08:00:00Z'));
    expect(second?.toISOString()).toBe('2027-03-29T07:00:00.000Z'); // 09:00 CEST
    const third = nextOccurrence(rule, start, second ?? new Date(0));
    expect(third?.toISOString()).toBe('2027-04-05T07:00:00.000Z');
    expect(nextOccurrence(rule, start, third ?? new Date(0))).toBeNull();
  });
});
