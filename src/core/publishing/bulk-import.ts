/**
 * Bulk import of posts from a CSV file: which layout the file is in, and each row read into a
 * post (its content, the instant it goes out, its accounts) or into an error with the line of the
 * file it is on and why. Pure: the caller passes the time zone, the clock reading and the
 * workspace's accounts; the network rules are checked by the use case afterwards.
 *
 * Two layouts:
 * - **Hootsuite** (its bulk composer's file): no header row needed; column A the date and time
 *   as `dd/mm/yyyy hh:mm` or `mm/dd/yyyy hh:mm` on a 24-hour clock (the order is chosen when
 *   uploading), column B the message, column C an optional link that goes at the end of the
 *   message. The accounts are chosen for the whole file. Described in Hootsuite users' guides:
 *   http://jycalcano.blogspot.com/2015/07/post-8-hootsuite-bulk-messaging.html (the upload window,
 *   its date format and sample file) and
 *   https://kim-iverson-headlee.blogspot.com/2016/08/the-business-of-writing-using-hootsuite.html
 *   (date and time, message, link; up to 350 messages).
 * - **Chorus**: a header row naming the columns of `CHORUS_COLUMNS`, in any order.
 */
import { isValidLocalDate } from '../scheduling/calendar-date.js';
import { fromWallTime, isValidWallTime, type WallTime } from '../scheduling/zoned-time.js';
import type { PostContent } from './content.js';
import { isBlankRecord, parseCsv, type CsvRecord } from './csv.js';

/** Below the API's 1 MiB body limit, leaving room for JSON escaping of quotes and line breaks. */
export const MAX_IMPORT_BYTES = 900 * 1024;
/** Rows imported at once: every row is checked against each of its accounts' networks. */
export const MAX_IMPORT_ROWS = 500;
/** The same caps as the post contract (`postContentSchema`, `campaign`). */
const MAX_TEXT = 20_000;
const MAX_FIRST_COMMENT = 10_000;
const MAX_CAMPAIGN = 200;

export const IMPORT_LAYOUTS = ['hootsuite', 'chorus'] as const;
export type ImportLayout = (typeof IMPORT_LAYOUTS)[number];
export const DATE_ORDERS = ['day_first', 'month_first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Columns of the Chorus layout; `scheduled_at` and `text` are required. */
export const CHORUS_COLUMNS = ['scheduled_at', 'text', 'link', 'accounts', 'first_comment', 'campaign'] as const;
type ChorusColumn = (typeof CHORUS_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ChorusColumn[] = ['scheduled_at', 'text'];

export const IMPORT_ERROR_CODES = [
  // The whole file
  'file_too_large',
  'too_many_rows',
  'no_rows',
  'unclosed_quote',
  'missing_columns',
  'unknown_columns',
  'ambiguous_dates',
  'no_accounts',
  // One row
  'bad_quotes',
  'too_many_columns',
  'bad_date',
  'past_time',
  'empty_text',
  'text_too_long',
  'bad_link',
  'first_comment_too_long',
  'campaign_too_long',
  'unknown_account',
  'ambiguous_account',
  'no_account',
  'network_problem',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Something wrong with the file or one row: the line it starts on, a code and figures for the interface, and a reason in English. */
export interface ImportError {
  line: number;
  code: ImportErrorCode;
  reason: string;
  params: Record<string, string | number>;
}

/** A row that reads as a post. */
export interface ImportRow {
  line: number;
  content: PostContent;
  scheduledAt: Date;
  accountIds: string[];
  campaign: string | null;
}

export interface ImportOptions {
  layout: ImportLayout | 'auto';
  /** For the Hootsuite layout; when absent it is read from the dates themselves where they tell. */
  dateOrder?: DateOrder | undefined;
  /** The workspace's IANA zone, in which local times are read. */
  timeZone: string;
  now: Date;
  /** The workspace's accounts, for the `accounts` column (ids or handles). */
  accounts: ReadonlyArray<{ id: string; handle: string }>;
  /** Accounts chosen for the whole file: all rows of the Hootsuite layout, Chorus rows with no `accounts`. */
  defaultAccountIds: readonly string[];
}

export type ImportReading =
  | { ok: true; layout: ImportLayout; dateOrder: DateOrder | null; rowCount: number; rows: ImportRow[]; errors: ImportError[] }
  | { ok: false; error: ImportError };

const fail = (line: number, code: ImportErrorCode, reason: string, params: Record<string, string | number> = {}): ImportError => ({ line, code, reason, params });

const headerName = (value: string) => value.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Reads the whole file: a file-level error, or the rows that read as posts and an error for every row that does not. */
export function readImport(csv: string, options: ImportOptions): ImportReading {
  const bytes = new TextEncoder().encode(csv).byteLength;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: fail(1, 'file_too_large', `The file is ${bytes} bytes; at most ${MAX_IMPORT_BYTES} are imported at once. Split it into smaller files.`, { bytes, maxBytes: MAX_IMPORT_BYTES }) };
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { ok: false, error: fail(parsed.line, 'unclosed_quote', parsed.reason) };
  const records = parsed.records.filter((record) => !isBlankRecord(record));
  const first = records[0];
  if (!first) return { ok: false, error: fail(1, 'no_rows', 'The file has no rows') };
  const layout = options.layout === 'auto' ? detectLayout(first) : options.layout;
  return layout === 'chorus' ? readChorus(first, records.slice(1), options) : readHootsuite(records, options);
}

/** A header row naming the Chorus columns means the Chorus layout; anything else is read as Hootsuite's. */
export function detectLayout(first: CsvRecord): ImportLayout {
  const names = first.fields.map(headerName);
  return names.includes('scheduled_at') && names.includes('text') ? 'chorus' : 'hootsuite';
}

function rowCap(count: number, records: readonly CsvRecord[]): ImportError | null {
  if (count <= MAX_IMPORT_ROWS) return null;
  const over = records[MAX_IMPORT_ROWS];
  return fail(over?.line ?? 1, 'too_many_rows', `The file has ${count} rows; at most ${MAX_IMPORT_ROWS} are imported at once. Split it into smaller files.`, { rows: count, maxRows: MAX_IMPORT_ROWS });
}

// ---------------------------------------------------------------------------------------------
// Hootsuite

const SLASH_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

interface SlashDate {
  first: number;
  second: number;
  year: number;
  hour: number;
  minute: number;
  seconds: number;
}

function slashDateOf(value: string): SlashDate | null {
  const match = SLASH_DATE.exec(value.trim());
  if (!match) return null;
  const [, first, , second, year, hour, minute, seconds] = match;
  return { first: Number(first), second: Number(second), year: Number(year), hour: Number(hour), minute: Number(minute), seconds: Number(seconds ?? 0) };
}

function wallTimeOf(date: SlashDate, order: DateOrder): WallTime | null {
  const [day, month] = order === 'day_first' ? [date.first, date.second] : [date.second, date.first];
  const wall = { year: date.year, month, day, hour: date.hour, minute: date.minute };
  return date.seconds === 0 && isValidWallTime(wall) ? wall : null;
}

/**
 * The date order when the file does not say: the one under which the dates are real dates (31/01
 * is day first). When both fit and some date reads differently under each (03/04), nobody can
 * tell and the user must choose; when neither fits all, the one that fits more wins and the rest
 * are reported on their rows.
 */
function inferDateOrder(dates: readonly SlashDate[]): DateOrder | 'ambiguous' {
  const fitting = (order: DateOrder) => dates.filter((date) => isValidLocalDate(order === 'day_first' ? { year: date.year, month: date.second, day: date.first } : { year: date.year, month: date.first, day: date.second })).length;
  const dayFirst = fitting('day_first');
  const monthFirst = fitting('month_first');
  if (dayFirst > monthFirst) return 'day_first';
  if (monthFirst > dayFirst) return 'month_first';
  return dates.every((date) => date.first === date.second) ? 'day_first' : 'ambiguous';
}

function readHootsuite(all: readonly CsvRecord[], options: ImportOptions): ImportReading {
  // No header is needed; one is skipped when its first cell has no digit, which no date lacks.
  const records = all[0] && !/\d/.test(all[0].fields[0] ?? '') ? all.slice(1) : all;
  const capped = rowCap(records.length, records);
  if (capped) return { ok: false, error: capped };
  if (records.length === 0) return { ok: false, error: fail(all[0]?.line ?? 1, 'no_rows', 'The file has a header row but no posts') };
  if (options.defaultAccountIds.length === 0) return { ok: false, error: fail(1, 'no_accounts', 'Choose the accounts these posts go to: a Hootsuite file has no account column') };
  let order: DateOrder | null = options.dateOrder ?? null;
  if (!order) {
    const inferred = inferDateOrder(records.flatMap((record) => slashDateOf(record.fields[0] ?? '') ?? []));
    if (inferred === 'ambiguous') return { ok: false, error: fail(records[0]?.line ?? 1, 'ambiguous_dates', 'The dates can be read day first or month first; choose which order the file uses') };
    order = inferred;
  }
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  for (const record of records) {
    const found: ImportError[] = [];
    const [when = '', message = '', link = '', ...rest] = record.fields;
    if (record.problem) found.push(fail(record.line, 'bad_quotes', `The row's quoting is broken: ${record.problem}`));
    if (rest.some((value) => value.trim() !== '')) found.push(fail(record.line, 'too_many_columns', 'A Hootsuite row has three columns: date and time, message, link', { columns: record.fields.length }));
    const date = slashDateOf(when);
    const wall = date ? wallTimeOf(date, order) : null;
    const scheduledAt = wall ? fromWallTime(wall, options.timeZone) : null;
    const pattern = order === 'day_first' ? 'dd/mm/yyyy hh:mm' : 'mm/dd/yyyy hh:mm';
    if (!scheduledAt) found.push(fail(record.line, 'bad_date', `"${when.trim()}" is not a date and time as ${pattern} (24-hour clock)`, { value: when.trim(), pattern }));
    else if (scheduledAt.getTime() <= options.now.getTime()) found.push(pastTime(record.line, when.trim()));
    const text = contentText(record.line, message, link, found);
    if (found.length > 0 || !scheduledAt || text === null) {
      errors.push(...found);
      continue;
    }
    rows.push({ line: record.line, content: contentOf(text, null), scheduledAt, accountIds: [...options.defaultAccountIds], campaign: null });
  }
  return { ok: true, layout: 'hootsuite', dateOrder: order, rowCount: records.length, rows, errors };
}

// ---------------------------------------------------------------------------------------------
// Chorus

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/i;

/** `YYYY-MM-DD HH:MM` on the workspace's clock, or ISO 8601 with `Z` or an offset for an exact instant. */
export function instantOfChorusTime(value: string, timeZone: string): Date | null {
  const match = ISO_LIKE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, offset] = match;
  const wall = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute) };
  const seconds = Number(second ?? 0);
  if (!isValidWallTime(wall) || seconds > 59) return null;
  if (!offset) return new Date(fromWallTime(wall, timeZone).getTime() + seconds * 1000);
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, seconds);
  if (offset.toUpperCase() === 'Z') return new Date(utc);
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = Number(digits.slice(2));
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  return new Date(utc - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
}

function readChorus(header: CsvRecord, records: readonly CsvRecord[], options: ImportOptions): ImportReading {
  const names = header.fields.map(headerName);
  const unknown = names.filter((name) => name !== '' && !(CHORUS_COLUMNS as readonly string[]).includes(name));
  const repeated = names.filter((name, index) => name !== '' && names.indexOf(name) !== index);
  if (header.problem) return { ok: false, error: fail(header.line, 'bad_quotes', `The header row's quoting is broken: ${header.problem}`) };
  if (unknown.length > 0 || repeated.length > 0) {
    const listed = [...unknown, ...repeated].join(', ');
    return { ok: false, error: fail(header.line, 'unknown_columns', `The header row names columns Chorus does not know, or one twice: ${listed}. The columns are ${CHORUS_COLUMNS.join(', ')}.`, { columns: listed }) };
  }
  const missing = REQUIRED_COLUMNS.filter((name) => !names.includes(name));
  if (missing.length > 0) return { ok: false, error: fail(header.line, 'missing_columns', `The header row lacks the column ${missing.join(', ')}`, { columns: missing.join(', ') }) };
  const capped = rowCap(records.length, records);
  if (capped) return { ok: false, error: capped };
  if (records.length === 0) return { ok: false, error: fail(header.line, 'no_rows', 'The file has a header row but no posts') };
  const column = (record: CsvRecord, name: ChorusColumn) => {
    const index = names.indexOf(name);
    return index < 0 ? '' : (record.fields[index] ?? '');
  };
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  for (const record of records) {
    const found: ImportError[] = [];
    if (record.problem) found.push(fail(record.line, 'bad_quotes', `The row's quoting is broken: ${record.problem}`));
    if (record.fields.slice(names.length).some((value) => value.trim() !== '')) found.push(fail(record.line, 'too_many_columns', `The row has more cells than the header row names (${names.length})`, { columns: record.fields.length }));
    const when = column(record, 'scheduled_at').trim();
    const scheduledAt = instantOfChorusTime(when, options.timeZone);
    if (!scheduledAt) found.push(fail(record.line, 'bad_date', `"${when}" is not a time as YYYY-MM-DD HH:MM (the workspace's time zone) or ISO 8601 with an offset`, { value: when, pattern: 'YYYY-MM-DD HH:MM' }));
    else if (scheduledAt.getTime() <= options.now.getTime()) found.push(pastTime(record.line, when));
    const text = contentText(record.line, column(record, 'text'), column(record, 'link'), found);
    const firstComment = column(record, 'first_comment').trim();
    if (firstComment.length > MAX_FIRST_COMMENT) found.push(fail(record.line, 'first_comment_too_long', `The first comment is longer than ${MAX_FIRST_COMMENT} characters`, { maxLength: MAX_FIRST_COMMENT }));
    const campaign = column(record, 'campaign').trim();
    if (campaign.length > MAX_CAMPAIGN) found.push(fail(record.line, 'campaign_too_long', `The campaign name is longer than ${MAX_CAMPAIGN} characters`, { maxLength: MAX_CAMPAIGN }));
    const accountIds = accountsOf(record.line, column(record, 'accounts'), options, found);
    if (found.length > 0 || !scheduledAt || text === null) {
      errors.push(...found);
      continue;
    }
    rows.push({ line: record.line, content: contentOf(text, firstComment || null), scheduledAt, accountIds, campaign: campaign || null });
  }
  return { ok: true, layout: 'chorus', dateOrder: null, rowCount: records.length, rows, errors };
}

const bare = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

/** The accounts a row names (ids or handles, separated by `;`), or the file's accounts when it names none. */
function accountsOf(line: number, cell: string, options: ImportOptions, found: ImportError[]): string[] {
  const refs = cell.split(';').map((ref) => ref.trim()).filter((ref) => ref !== '');
  if (refs.length === 0) {
    if (options.defaultAccountIds.length === 0) found.push(fail(line, 'no_account', 'The row names no account and none was chosen for the whole file'));
    return [...options.defaultAccountIds];
  }
  const ids: string[] = [];
  for (const ref of refs) {
    const byId = options.accounts.find((account) => account.id.toLowerCase() === ref.toLowerCase());
    const byHandle = byId ? [byId] : options.accounts.filter((account) => bare(account.handle) === bare(ref));
    const [account, ...others] = byHandle;
    if (!account) found.push(fail(line, 'unknown_account', `"${ref}" is not a connected account of this workspace`, { account: ref }));
    else if (others.length > 0) found.push(fail(line, 'ambiguous_account', `Several connected accounts are called "${ref}"; use the account's id`, { account: ref }));
    else if (!ids.includes(account.id)) ids.push(account.id);
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Shared

const pastTime = (line: number, value: string) => fail(line, 'past_time', `${value} has passed; a post is imported for a time still to come`, { value });

/** The post's text: the message with the link after it, as Hootsuite adds a link; null (and an error) when it cannot be. */
function contentText(line: number, message: string, link: string, found: ImportError[]): string | null {
  const text = message.trim();
  const url = link.trim();
  let valid = true;
  if (text === '') {
    found.push(fail(line, 'empty_text', 'The message is empty'));
    valid = false;
  }
  if (url !== '' && !isWebLink(url)) {
    found.push(fail(line, 'bad_link', `"${url}" is not an http or https link`, { value: url }));
    valid = false;
  }
  const full = url === '' ? text : `${text} ${url}`;
  if (full.length > MAX_TEXT) {
    found.push(fail(line, 'text_too_long', `The message is longer than ${MAX_TEXT} characters`, { maxLength: MAX_TEXT }));
    valid = false;
  }
  return valid ? full : null;
}

function isWebLink(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const contentOf = (text: string, firstComment: string | null): PostContent => ({ parts: [{ text, mediaIds: [] }], poll: null, firstComment, contentWarning: null });

/** Errors in the order of the file (a row's own errors keep their order). */
export function byLine(errors: readonly ImportError[]): ImportError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
