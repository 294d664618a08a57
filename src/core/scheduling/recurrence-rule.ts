/**
 * The RFC 5545 RRULE subset the calendar supports (§3.3.10): FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL,
 * BYDAY (ordinals such as 1MO or -1FR with MONTHLY only), BYMONTHDAY (negative counts from the
 * month's end), COUNT, UNTIL in its UTC form and WKST. Anything else is refused by name rather
 * than ignored, because a silently dropped BYSETPOS or BYHOUR would post at times nobody chose.
 * Parsing never throws: it returns the rule or one error naming the part that is wrong.
 */
import { isValidLocalDate, isWeekday, type Weekday } from './calendar-date.js';

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** A BYDAY entry: a weekday, with an ordinal in the month (1 = first, -1 = last) or null for every one. */
export interface ByDay {
  weekday: Weekday;
  ordinal: number | null;
}

export interface RecurrenceRule {
  frequency: Frequency;
  /** Every n-th day, week or month; 1 or more. */
  interval: number;
  byDay: ByDay[];
  /** Days of the month, 1–31 or -31…-1 (from the end); empty when the part is absent. */
  byMonthDay: number[];
  /** Total number of occurrences, or null; never set together with `until`. */
  count: number | null;
  /** The last instant an occurrence may start at (inclusive), or null. */
  until: Date | null;
  /** The first day of the week, which decides how WEEKLY with INTERVAL > 1 groups weeks. */
  weekStart: Weekday;
}

export const RULE_ERROR_CODES = [
  'empty',
  'malformed',
  'duplicate_part',
  'unknown_part',
  'unsupported_part',
  'missing_frequency',
  'unsupported_frequency',
  'invalid_value',
  'count_and_until',
  'not_with_frequency',
] as const;
export type RuleErrorCode = (typeof RULE_ERROR_CODES)[number];

/** What is wrong with a rule: a stable code, the rule part at fault (e.g. BYDAY) and a sentence. */
export interface RuleError {
  code: RuleErrorCode;
  part: string;
  message: string;
}

export type RuleParseResult = { ok: true; rule: RecurrenceRule } | { ok: false; error: RuleError };

const SUPPORTED_PARTS = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST'] as const;
type SupportedPart = (typeof SUPPORTED_PARTS)[number];
// Valid RFC 5545 (and RFC 7529) parts this subset does not implement.
const UNSUPPORTED_PARTS = ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYWEEKNO', 'BYYEARDAY', 'BYMONTH', 'BYSETPOS', 'RSCALE', 'SKIP'];
const UNSUPPORTED_FREQUENCIES = ['YEARLY', 'HOURLY', 'MINUTELY', 'SECONDLY'];
const MAX_INTERVAL = 1000;
const MAX_COUNT = 100_000;

const isSupportedPart = (name: string): name is SupportedPart => (SUPPORTED_PARTS as readonly string[]).includes(name);
const isFrequency = (text: string): text is Frequency => (FREQUENCIES as readonly string[]).includes(text);

// Thrown inside the parser only, so that each check can stop at once; parseRule catches it.
class RuleProblem extends Error {
  constructor(readonly error: RuleError) {
    super(error.message);
  }
}

const fail = (code: RuleErrorCode, part: string, message: string): RuleProblem => new RuleProblem({ code, part, message });

function positiveInteger(part: string, value: string, max: number): number {
  const number = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= 1 && number <= max)) throw fail('invalid_value', part, `${part} must be a whole number from 1 to ${max}, not "${value}"`);
  return number;
}

function parseUntil(value: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  const [year, month, day, hour, minute, second] = (match?.slice(1) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined || second === undefined) {
    throw fail('invalid_value', 'UNTIL', `UNTIL must be a UTC date-time such as 20261231T235959Z, not "${value}"`);
  }
  if (!isValidLocalDate({ year, month, day }) || hour > 23 || minute > 59 || second > 59) {
    throw fail('invalid_value', 'UNTIL', `UNTIL names a date or time that does not exist: "${value}"`);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

function parseByDay(value: string, frequency: Frequency): ByDay[] {
  return value.split(',').map((item) => {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
    const weekday = match?.[2] ?? '';
    if (!match || !isWeekday(weekday)) throw fail('invalid_value', 'BYDAY', `BYDAY takes weekdays such as MO or, monthly, 1MO or -1FR; "${item}" is not one`);
    if (match[1] === undefined) return { weekday, ordinal: null };
    const ordinal = Number(match[1]);
    // RFC 5545 allows an ordinal only with MONTHLY or YEARLY; a month has at most five of a weekday.
    if (frequency !== 'MONTHLY') throw fail('not_with_frequency', 'BYDAY', `BYDAY=${item}: an ordinal weekday needs FREQ=MONTHLY`);
    if (ordinal === 0 || Math.abs(ordinal) > 5) throw fail('invalid_value', 'BYDAY', `BYDAY=${item}: the ordinal must be 1 to 5 or -1 to -5`);
    return { weekday, ordinal };
  });
}

function parseByMonthDay(value: string, frequency: Frequency): number[] {
  if (frequency === 'WEEKLY') throw fail('not_with_frequency', 'BYMONTHDAY', 'BYMONTHDAY cannot be used with FREQ=WEEKLY (RFC 5545)');
  return value.split(',').map((item) => {
    const day = /^[+-]?\d{1,2}$/.test(item) ? Number(item) : Number.NaN;
    if (!(day !== 0 && Math.abs(day) <= 31)) throw fail('invalid_value', 'BYMONTHDAY', `BYMONTHDAY takes 1 to 31 or -31 to -1, not "${item}"`);
    return day;
  });
}

function parseWeekStart(value: string): Weekday {
  if (!isWeekday(value)) throw fail('invalid_value', 'WKST', `WKST must be a weekday such as MO or SU, not "${value}"`);
  return value;
}

function splitParts(text: string): Map<SupportedPart, string> {
  // Names and values are case-insensitive (RFC 5545 §2); an "RRULE:" prefix is tolerated.
  const body = text.trim().toUpperCase().replace(/^RRULE:/, '');
  if (body === '') throw fail('empty', 'RRULE', 'The recurrence rule is empty');
  const pieces = body.split(';');
  // Many producers end the rule with a semicolon; tolerate that one, but not an empty part inside.
  if (pieces.length > 1 && pieces.at(-1) === '') pieces.pop();
  const parts = new Map<SupportedPart, string>();
  for (const piece of pieces) {
    if (piece === '') throw fail('malformed', 'RRULE', 'The rule has an empty part (two semicolons in a row)');
    const match = /^([A-Z-]+)=([^=]+)$/.exec(piece);
    const name = match?.[1];
    const value = match?.[2];
    if (name === undefined || value === undefined) throw fail('malformed', piece, `"${piece}" is not a NAME=VALUE rule part`);
    if (UNSUPPORTED_PARTS.includes(name)) throw fail('unsupported_part', name, `${name} is not supported here; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL and WKST`);
    if (!isSupportedPart(name)) throw fail('unknown_part', name, `${name} is not an RRULE part`);
    if (parts.has(name)) throw fail('duplicate_part', name, `${name} appears more than once`);
    parts.set(name, value);
  }
  return parts;
}

function parseParts(text: string): RecurrenceRule {
  const parts = splitParts(text);
  const frequencyText = parts.get('FREQ');
  if (frequencyText === undefined) throw fail('missing_frequency', 'FREQ', 'A recurrence rule needs FREQ (DAILY, WEEKLY or MONTHLY)');
  if (UNSUPPORTED_FREQUENCIES.includes(frequencyText)) throw fail('unsupported_frequency', 'FREQ', `FREQ=${frequencyText} is not supported; use DAILY, WEEKLY or MONTHLY`);
  if (!isFrequency(frequencyText)) throw fail('invalid_value', 'FREQ', `FREQ must be DAILY, WEEKLY or MONTHLY, not "${frequencyText}"`);
  const frequency = frequencyText;
  const read = <T>(part: SupportedPart, parse: (value: string) => T, absent: T): T => {
    const value = parts.get(part);
    return value === undefined ? absent : parse(value);
  };
  const count = read('COUNT', (value) => positiveInteger('COUNT', value, MAX_COUNT), null);
  const until = read('UNTIL', parseUntil, null);
  if (count !== null && until !== null) throw fail('count_and_until', 'UNTIL', 'COUNT and UNTIL cannot both be set (RFC 5545)');
  return {
    frequency,
    interval: read('INTERVAL', (value) => positiveInteger('INTERVAL', value, MAX_INTERVAL), 1),
    byDay: read('BYDAY', (value) => parseByDay(value, frequency), []),
    byMonthDay: read('BYMONTHDAY', (value) => parseByMonthDay(value, frequency), []),
    count,
    until,
    weekStart: read('WKST', parseWeekStart, 'MO'),
  };
}

/** Parses an RRULE value (with or without the "RRULE:" prefix) into a rule, or says which part is wrong. */
export function parseRule(text: string): RuleParseResult {
  try {
    return { ok: true, rule: parseParts(text) };
  } catch (problem) {
    if (problem instanceof RuleProblem) return { ok: false, error: problem.error };
    throw problem;
  }
}

function formatUntil(until: Date): string {
  return until.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** The canonical RRULE text of a rule (FREQ first; INTERVAL=1 and WKST=MO left out as defaults). */
export function formatRule(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.frequency}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.map(({ weekday, ordinal }) => `${ordinal ?? ''}${weekday}`).join(',')}`);
  if (rule.byMonthDay.length > 0) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== null) parts.push(`UNTIL=${formatUntil(rule.until)}`);
  if (rule.weekStart !== 'MO') parts.push(`WKST=${rule.weekStart}`);
  return parts.join(';');
}
