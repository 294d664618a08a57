/**
 * CSV import of orders, spend and channel figures. Each file has a header row naming its columns
 * (any order, case and spaces ignored); every bad row is reported with the line of the file it
 * starts on and why, like the posts import (`core/publishing/bulk-import.ts`), and the caller
 * imports nothing from a file with errors unless asked to import the good rows.
 */
import { isBlankRecord, parseCsv, type CsvRecord } from '../publishing/csv.js';
import { CHANNEL_PATTERN } from './channels.js';
import { CURRENCY_PATTERN, customerIdProblem } from './customer.js';
import { MONTH_PATTERN, SPEND_KINDS, type SpendEntry, type SpendKind } from './spend.js';

export const MAX_CSV_BYTES = 900 * 1024;
export const MAX_CSV_ROWS = 5_000;

export const CSV_ERROR_CODES = [
  'file_too_large',
  'too_many_rows',
  'no_rows',
  'unclosed_quote',
  'missing_columns',
  'unknown_columns',
  'bad_quotes',
  'too_many_columns',
  'missing_value',
  'bad_date',
  'bad_amount',
  'bad_currency',
  'bad_customer',
  'bad_month',
  'bad_kind',
  'bad_channel',
  'bad_number',
  'too_long',
  'duplicate_order',
  'duplicate_row',
  'conflicting_touch',
] as const;
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];

export interface CsvError {
  line: number;
  code: CsvErrorCode;
  reason: string;
  params: Record<string, string | number>;
}

export type CsvReadingOf<Row> = { ok: true; rowCount: number; rows: Array<Row & { line: number }>; errors: CsvError[] } | { ok: false; error: CsvError };

const fail = (line: number, code: CsvErrorCode, reason: string, params: Record<string, string | number> = {}): CsvError => ({ line, code, reason, params });
const headerName = (value: string) => value.trim().toLowerCase().replace(/[\s-]+/g, '_');

type Cells = Map<string, string>;
type RowReader<Row> = (cells: Cells, line: number) => { row: Row } | { error: CsvError };

function readTable<Row>(csv: string, columns: readonly string[], required: readonly string[], readRow: RowReader<Row>): CsvReadingOf<Row> {
  const bytes = new TextEncoder().encode(csv).byteLength;
  if (bytes > MAX_CSV_BYTES) return { ok: false, error: fail(1, 'file_too_large', `The file is ${bytes} bytes; at most ${MAX_CSV_BYTES} are imported at once. Split it into smaller files.`, { bytes, maxBytes: MAX_CSV_BYTES }) };
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { ok: false, error: fail(parsed.line, 'unclosed_quote', parsed.reason) };
  const records = parsed.records.filter((record) => !isBlankRecord(record));
  const header = records[0];
  if (!header) return { ok: false, error: fail(1, 'no_rows', 'The file has no rows') };
  const names = header.fields.map(headerName);
  const unknown = names.filter((name) => !columns.includes(name));
  if (unknown.length > 0) return { ok: false, error: fail(header.line, 'unknown_columns', `Unknown columns: ${unknown.join(', ')}. The columns are: ${columns.join(', ')}`, { columns: unknown.join(', ') }) };
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length > 0) return { ok: false, error: fail(header.line, 'missing_columns', `The header row lacks the columns ${missing.join(', ')}`, { columns: missing.join(', ') }) };
  const body = records.slice(1);
  if (body.length === 0) return { ok: false, error: fail(header.line, 'no_rows', 'The file has a header row and no rows under it') };
  if (body.length > MAX_CSV_ROWS) return { ok: false, error: fail(1, 'too_many_rows', `The file has ${body.length} rows; at most ${MAX_CSV_ROWS} are imported at once`, { rows: body.length, maxRows: MAX_CSV_ROWS }) };
  const rows: Array<Row & { line: number }> = [];
  const errors: CsvError[] = [];
  for (const record of body) {
    const problem = recordProblem(record, names.length);
    if (problem) {
      errors.push(problem);
      continue;
    }
    const cells: Cells = new Map(names.map((name, index) => [name, (record.fields[index] ?? '').trim()]));
    const read = readRow(cells, record.line);
    if ('error' in read) errors.push(read.error);
    else rows.push({ ...read.row, line: record.line });
  }
  return { ok: true, rowCount: body.length, rows, errors };
}

function recordProblem(record: CsvRecord, width: number): CsvError | null {
  if (record.problem) return fail(record.line, 'bad_quotes', record.problem);
  if (record.fields.length > width) return fail(record.line, 'too_many_columns', `The row has ${record.fields.length} fields and the header ${width}`, { fields: record.fields.length, columns: width });
  return null;
}

const text = (cells: Cells, name: string): string | null => {
  const value = cells.get(name);
  return value === undefined || value === '' ? null : value;
};

/** A decimal number written with a dot (a comma is taken as a decimal separator when it is the only one). */
export function parseDecimal(value: string): number | null {
  const normalized = /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  if (!/^-?\d+(\.\d{1,4})?$/.test(normalized)) return null;
  const number = Number(normalized);
  return Number.isFinite(number) && Math.abs(number) < 1e13 ? number : null;
}

/** An instant in ISO 8601 with a zone (`2026-11-02T14:05:00Z`, `…+01:00`) or a date alone (midnight UTC). */
export function parseInstant(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(value)) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

// ---- Orders

export const ORDER_COLUMNS = ['order_id', 'ordered_at', 'amount', 'currency', 'customer', 'code', 'voucher', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'touched_at'] as const;

export interface OrderCsvRow {
  orderId: string;
  orderedAt: Date;
  amount: number;
  currency: string;
  customerHash: string | null;
  touch: null | { kind: 'link' | 'voucher' | 'utm'; value: string; utm?: Record<string, string>; at: Date };
}

export function readOrdersCsv(csv: string): CsvReadingOf<OrderCsvRow> {
  const seen = new Map<string, number>();
  return readTable<OrderCsvRow>(csv, ORDER_COLUMNS, ['order_id', 'ordered_at', 'amount', 'currency'], (cells, line) => {
    const orderId = text(cells, 'order_id');
    if (!orderId) return { error: fail(line, 'missing_value', 'order_id is empty', { column: 'order_id' }) };
    if (orderId.length > 200) return { error: fail(line, 'too_long', 'order_id is longer than 200 characters', { column: 'order_id', max: 200 }) };
    const earlier = seen.get(orderId);
    if (earlier !== undefined) return { error: fail(line, 'duplicate_order', `Order ${orderId} is already on line ${earlier}`, { orderId, line: earlier }) };
    seen.set(orderId, line);
    const orderedAtText = text(cells, 'ordered_at');
    const orderedAt = orderedAtText ? parseInstant(orderedAtText) : null;
    if (!orderedAt) return { error: fail(line, 'bad_date', `ordered_at "${orderedAtText ?? ''}" is not a date and time like 2026-11-02T14:05:00Z`, { column: 'ordered_at', value: orderedAtText ?? '' }) };
    const amountText = text(cells, 'amount') ?? '';
    const amount = parseDecimal(amountText);
    if (amount === null || amount < 0) return { error: fail(line, 'bad_amount', `amount "${amountText}" is not a number of at least 0 with at most 4 decimals`, { column: 'amount', value: amountText }) };
    const currency = (text(cells, 'currency') ?? '').toUpperCase();
    if (!CURRENCY_PATTERN.test(currency)) return { error: fail(line, 'bad_currency', `currency "${currency}" is not a three-letter ISO 4217 code such as EUR`, { column: 'currency', value: currency }) };
    const customer = text(cells, 'customer');
    const customerProblem = customer ? customerIdProblem(customer) : null;
    if (customerProblem) return { error: fail(line, 'bad_customer', customerProblem === 'bad_format' ? 'customer is not a hashed id (8 to 128 letters, digits or _-:.+/=)' : 'customer looks like a raw e-mail address or phone number; send its SHA-256 hash instead', { column: 'customer', problem: customerProblem }) };
    const touchedText = text(cells, 'touched_at');
    const touchedAt = touchedText ? parseInstant(touchedText) : orderedAt;
    if (!touchedAt) return { error: fail(line, 'bad_date', `touched_at "${touchedText ?? ''}" is not a date and time like 2026-11-02T14:05:00Z`, { column: 'touched_at', value: touchedText ?? '' }) };
    const code = text(cells, 'code');
    const voucher = text(cells, 'voucher');
    const utm: Record<string, string> = {};
    for (const field of ['source', 'medium', 'campaign', 'content', 'term']) {
      const value = text(cells, `utm_${field}`);
      if (value) utm[field] = value.slice(0, 200);
    }
    // A code or voucher is the touch itself; UTM parameters beside one only repeat where it led.
    if (code !== null && voucher !== null) return { error: fail(line, 'conflicting_touch', 'A row names one touch: a code or a voucher, not both', {}) };
    let touch: OrderCsvRow['touch'] = null;
    if (code) touch = { kind: 'link', value: code.slice(0, 100), at: touchedAt };
    else if (voucher) touch = { kind: 'voucher', value: voucher.slice(0, 100), at: touchedAt };
    else if (Object.keys(utm).length > 0) touch = { kind: 'utm', value: utm.source ?? '', utm, at: touchedAt };
    return { row: { orderId, orderedAt, amount, currency, customerHash: customer, touch } };
  });
}

// ---- Spend

export const SPEND_COLUMNS = ['month', 'network', 'campaign', 'kind', 'amount', 'hours', 'hourly_rate', 'currency', 'note'] as const;

/** A spend entry as the file gives it, with its currency and note. */
export interface SpendCsvRow extends SpendEntry {
  currency: string;
  note: string;
}

function readNumber(cells: Cells, name: string, line: number): { value: number | null } | { error: CsvError } {
  const raw = text(cells, name);
  if (raw === null) return { value: null };
  const value = parseDecimal(raw);
  if (value === null || value < 0) return { error: fail(line, 'bad_number', `${name} "${raw}" is not a number of at least 0`, { column: name, value: raw }) };
  return { value };
}

export function readSpendCsv(csv: string, defaultCurrency: string): CsvReadingOf<SpendCsvRow> {
  return readTable<SpendCsvRow>(csv, SPEND_COLUMNS, ['month', 'kind'], (cells, line) => {
    const month = text(cells, 'month') ?? '';
    if (!MONTH_PATTERN.test(month)) return { error: fail(line, 'bad_month', `month "${month}" is not a month like 2026-11`, { column: 'month', value: month }) };
    const kind = (text(cells, 'kind') ?? '').toLowerCase();
    if (!(SPEND_KINDS as readonly string[]).includes(kind)) return { error: fail(line, 'bad_kind', `kind "${kind}" is not one of ${SPEND_KINDS.join(', ')}`, { column: 'kind', value: kind }) };
    const amount = readNumber(cells, 'amount', line);
    if ('error' in amount) return amount;
    const hours = readNumber(cells, 'hours', line);
    if ('error' in hours) return hours;
    const hourlyRate = readNumber(cells, 'hourly_rate', line);
    if ('error' in hourlyRate) return hourlyRate;
    if (kind === 'hours' && (hours.value === null || hourlyRate.value === null)) return { error: fail(line, 'missing_value', 'Hours need both hours and hourly_rate', { column: hours.value === null ? 'hours' : 'hourly_rate' }) };
    if (kind !== 'hours' && amount.value === null) return { error: fail(line, 'missing_value', 'amount is empty', { column: 'amount' }) };
    const currency = (text(cells, 'currency') ?? defaultCurrency).toUpperCase();
    if (!CURRENCY_PATTERN.test(currency)) return { error: fail(line, 'bad_currency', `currency "${currency}" is not a three-letter ISO 4217 code such as EUR`, { column: 'currency', value: currency }) };
    const note = text(cells, 'note') ?? '';
    if (note.length > 500) return { error: fail(line, 'too_long', 'note is longer than 500 characters', { column: 'note', max: 500 }) };
    return {
      row: {
        month,
        network: text(cells, 'network')?.toLowerCase().slice(0, 60) ?? null,
        campaign: text(cells, 'campaign')?.slice(0, 200) ?? null,
        kind: kind as SpendKind,
        amount: kind === 'hours' ? null : amount.value,
        hours: kind === 'hours' ? hours.value : null,
        hourlyRate: kind === 'hours' ? hourlyRate.value : null,
        currency,
        note,
      },
    };
  });
}

// ---- Channel figures

export const CHANNEL_COLUMNS = ['month', 'channel', 'spend', 'orders', 'revenue', 'currency'] as const;

export interface ChannelCsvRow {
  month: string;
  channel: string;
  spend: number;
  orders: number;
  revenue: number;
  currency: string;
}

export function readChannelsCsv(csv: string, defaultCurrency: string): CsvReadingOf<ChannelCsvRow> {
  const seen = new Map<string, number>();
  return readTable<ChannelCsvRow>(csv, CHANNEL_COLUMNS, ['month', 'channel', 'spend', 'orders'], (cells, line) => {
    const month = text(cells, 'month') ?? '';
    if (!MONTH_PATTERN.test(month)) return { error: fail(line, 'bad_month', `month "${month}" is not a month like 2026-11`, { column: 'month', value: month }) };
    const channel = normalizeChannel(text(cells, 'channel') ?? '');
    if (!channel) return { error: fail(line, 'bad_channel', `channel "${text(cells, 'channel') ?? ''}" is not seo, search_ads, email or other:<name>`, { column: 'channel', value: text(cells, 'channel') ?? '' }) };
    const key = `${month} ${channel}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) return { error: fail(line, 'duplicate_row', `${channel} in ${month} is already on line ${earlier}`, { line: earlier }) };
    seen.set(key, line);
    const spend = readNumber(cells, 'spend', line);
    if ('error' in spend) return spend;
    const revenue = readNumber(cells, 'revenue', line);
    if ('error' in revenue) return revenue;
    const ordersText = text(cells, 'orders') ?? '';
    if (!/^\d{1,9}$/.test(ordersText)) return { error: fail(line, 'bad_number', `orders "${ordersText}" is not a whole number of at least 0`, { column: 'orders', value: ordersText }) };
    const currency = (text(cells, 'currency') ?? defaultCurrency).toUpperCase();
    if (!CURRENCY_PATTERN.test(currency)) return { error: fail(line, 'bad_currency', `currency "${currency}" is not a three-letter ISO 4217 code such as EUR`, { column: 'currency', value: currency }) };
    return { row: { month, channel, spend: spend.value ?? 0, orders: Number(ordersText), revenue: revenue.value ?? 0, currency } };
  });
}

/** `SEO`, `Search ads`, `e-mail` and the like to the stored ids; anything else becomes `other:<name>`. */
export function normalizeChannel(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const key = trimmed.toLowerCase().replace(/[\s-]+/g, '_');
  if (key === 'seo' || key === 'organic_search') return 'seo';
  if (key === 'search_ads' || key === 'sea' || key === 'ppc' || key === 'paid_search') return 'search_ads';
  if (key === 'email' || key === 'e_mail' || key === 'newsletter') return 'email';
  if (key === 'social') return null;
  const other = trimmed.toLowerCase().startsWith('other:') ? trimmed.slice(6).trim() : trimmed;
  const id = `other:${other.slice(0, 60)}`;
  return other && CHANNEL_PATTERN.test(id) ? id : null;
}

/** Errors in the order of the file. */
export const byLine = (errors: readonly CsvError[]): CsvError[] => [...errors].sort((a, b) => a.line - b.line);
