import { describe, expect, test } from 'vitest';
import { formatRule, parseRule, type RecurrenceRule, type RuleErrorCode } from './recurrence-rule.js';

const parsed = (text: string): RecurrenceRule => {
  const result = parseRule(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error.message}`);
  return result.rule;
};
const refused = (text: string) => {
  const result = parseRule(text);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.error;
};

describe('parseRule', () => {
  test('reads every supported part', () => {
    expect(parsed('FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,-1FR,TU;BYMONTHDAY=1,-1;UNTIL=20261231T235959Z;WKST=SU')).toEqual({
      frequency: 'MONTHLY',
      interval: 2,
      byDay: [
        { weekday: 'MO', ordinal: 1 },
        { weekday: 'FR', ordinal: -1 },
        { weekday: 'TU', ordinal: null },
      ],
      byMonthDay: [1, -1],
      count: null,
      until: new Date('2026-12-31T23:59:59Z'),
      weekStart: 'SU',
    });
  });

  test('fills the defaults: INTERVAL 1, WKST MO, no limits', () => {
    expect(parsed('FREQ=DAILY')).toEqual({ frequency: 'DAILY', interval: 1, byDay: [], byMonthDay: [], count: null, until: null, weekStart: 'MO' });
  });

  test('accepts the RRULE: prefix, any case, any part order and a trailing semicolon', () => {
    expect(parsed('RRULE:count=3;freq=weekly;byday=mo,we;')).toMatchObject({ frequency: 'WEEKLY', count: 3, byDay: [{ weekday: 'MO' }, { weekday: 'WE' }] });
  });

  const cases: [string, RuleErrorCode, string][] = [
    ['', 'empty', 'RRULE'],
    ['RRULE:', 'empty', 'RRULE'],
    ['FREQ=DAILY;;COUNT=2', 'malformed', 'RRULE'],
    ['FREQ=DAILY;COUNT', 'malformed', 'COUNT'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'duplicate_part', 'FREQ'],
    ['FREQ=DAILY;COLOR=RED', 'unknown_part', 'COLOR'],
    ['FREQ=DAILY;X-NAME=1', 'unknown_part', 'X-NAME'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1', 'unsupported_part', 'BYSETPOS'],
    ['FREQ=DAILY;BYHOUR=9', 'unsupported_part', 'BYHOUR'],
    ['FREQ=MONTHLY;BYMONTH=1', 'unsupported_part', 'BYMONTH'],
    ['COUNT=3', 'missing_frequency', 'FREQ'],
    ['FREQ=YEARLY', 'unsupported_frequency', 'FREQ'],
    ['FREQ=HOURLY', 'unsupported_frequency', 'FREQ'],
    ['FREQ=SOMETIMES', 'invalid_value', 'FREQ'],
    ['FREQ=DAILY;INTERVAL=0', 'invalid_value', 'INTERVAL'],
    ['FREQ=DAILY;INTERVAL=-2', 'invalid_value', 'INTERVAL'],
    ['FREQ=DAILY;INTERVAL=1.5', 'invalid_value', 'INTERVAL'],
    ['FREQ=DAILY;COUNT=0', 'invalid_value', 'COUNT'],
    ['FREQ=DAILY;UNTIL=20261231', 'invalid_value', 'UNTIL'],
    ['FREQ=DAILY;UNTIL=20261231T235959', 'invalid_value', 'UNTIL'],
    ['FREQ=DAILY;UNTIL=20260230T000000Z', 'invalid_value', 'UNTIL'],
    ['FREQ=DAILY;UNTIL=20260101T250000Z', 'invalid_value', 'UNTIL'],
    ['FREQ=DAILY;COUNT=3;UNTIL=20261231T235959Z', 'count_and_until', 'UNTIL'],
    ['FREQ=WEEKLY;BYDAY=MO,XX', 'invalid_value', 'BYDAY'],
    ['FREQ=WEEKLY;BYDAY=', 'malformed', 'BYDAY='],
    ['FREQ=WEEKLY;BYDAY=1MO', 'not_with_frequency', 'BYDAY'],
    ['FREQ=DAILY;BYDAY=-1FR', 'not_with_frequency', 'BYDAY'],
    ['FREQ=MONTHLY;BYDAY=0MO', 'invalid_value', 'BYDAY'],
    ['FREQ=MONTHLY;BYDAY=6FR', 'invalid_value', 'BYDAY'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'invalid_value', 'BYMONTHDAY'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'invalid_value', 'BYMONTHDAY'],
    ['FREQ=MONTHLY;BYMONTHDAY=-32', 'invalid_value', 'BYMONTHDAY'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,,2', 'invalid_value', 'BYMONTHDAY'],
    ['FREQ=WEEKLY;BYMONTHDAY=1', 'not_with_frequency', 'BYMONTHDAY'],
    ['FREQ=WEEKLY;WKST=XX', 'invalid_value', 'WKST'],
  ];
  test.each(cases)('%j is refused as %s naming %s', (text, code, part) => {
    const error = refused(text);
    expect(error).toMatchObject({ code, part });
    expect(error.message.length).toBeGreaterThan(10);
  });

  test('the message says what to do', () => {
    expect(refused('FREQ=YEARLY').message).toMatch(/DAILY, WEEKLY or MONTHLY/);
    expect(refused('FREQ=DAILY;UNTIL=20261231').message).toMatch(/20261231T235959Z/);
  });
});

describe('formatRule', () => {
  test.each([
    'FREQ=DAILY',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;COUNT=4;WKST=SU',
    'FREQ=MONTHLY;BYDAY=1MO,-1FR',
    'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;UNTIL=20271231T230000Z',
    'FREQ=MONTHLY;BYMONTHDAY=31,-3',
  ])('round-trips %s', (text) => {
    expect(formatRule(parsed(text))).toBe(text);
  });

  test('writes the canonical form: FREQ first, defaults left out, +1 as 1', () => {
    expect(formatRule(parsed('rrule:wkst=mo;byday=+1mo;interval=1;freq=monthly'))).toBe('FREQ=MONTHLY;BYDAY=1MO');
  });
});
