import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readImport, type ImportOptions, type ImportReading } from './bulk-import.js';

const BAKERY = '11111111-1111-4111-8111-111111111111';
const CAFE = '22222222-2222-4222-8222-222222222222';
const OTHER_CAFE = '33333333-3333-4333-8333-333333333333';

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  layout: 'auto',
  timeZone: 'Europe/Warsaw',
  // Nine days before Europe/Warsaw moves its clocks forward (2026-03-29, 02:00 → 03:00).
  now: new Date('2026-03-20T12:00:00Z'),
  accounts: [
    { id: BAKERY, handle: 'bakery' },
    { id: CAFE, handle: '@cafe' },
    { id: OTHER_CAFE, handle: 'Cafe' },
  ],
  defaultAccountIds: [BAKERY],
  ...overrides,
});

function read(csv: string, overrides: Partial<ImportOptions> = {}) {
  const reading = readImport(csv, options(overrides));
  if (!reading.ok) throw new Error(`expected rows, got the file error ${JSON.stringify(reading.error)}`);
  return reading;
}
const fileError = (reading: ImportReading) => (reading.ok ? undefined : reading.error);
const errorsOf = (csv: string, overrides: Partial<ImportOptions> = {}) => read(csv, overrides).errors.map(({ line, code }) => [line, code]);

describe('the Hootsuite layout', () => {
  it('reads date, message and link, in the workspace zone on both sides of a DST change', () => {
    const reading = read('28/03/2026 09:00,Fresh bread,https://bakery.example/bread\r\n30/03/2026 09:00,"Croissants, warm",\r\n', { dateOrder: 'day_first' });
    expect(reading).toMatchObject({ layout: 'hootsuite', dateOrder: 'day_first', rowCount: 2, errors: [] });
    expect(reading.rows.map((row) => [row.line, row.scheduledAt.toISOString(), row.content.parts[0].text, row.accountIds])).toEqual([
      [1, '2026-03-28T08:00:00.000Z', 'Fresh bread https://bakery.example/bread', [BAKERY]],
      [2, '2026-03-30T07:00:00.000Z', 'Croissants, warm', [BAKERY]],
    ]);
  });

  it('reads month-first dates when told so', () => {
    const [row] = read('03/28/2026 21:30,Evening bake\n', { dateOrder: 'month_first' }).rows;
    expect(row?.scheduledAt.toISOString()).toBe('2026-03-28T20:30:00.000Z');
  });

  it('tells the date order from the dates when it can, and asks when it cannot', () => {
    expect(read('28/03/2026 09:00,A\n04/03/2026 09:00,B\n').dateOrder).toBe('day_first');
    expect(read('03/28/2026 09:00,A\n').dateOrder).toBe('month_first');
    expect(fileError(readImport('04/05/2026 09:00,A\n', options()))).toMatchObject({ code: 'ambiguous_dates', line: 1 });
    // 05/05 reads the same either way.
    expect(read('05/05/2026 09:00,A\n').rows).toHaveLength(1);
  });

  it('skips a header row and blank lines, keeping the file’s line numbers', () => {
    const reading = read('Date,Message,Link\n\n28/03/2026 09:00,A\n,,\n28/03/2026 10:00,B\n');
    expect(reading.rows.map((row) => row.line)).toEqual([3, 5]);
  });

  it('reports every bad row with its line and reason, counting line breaks inside quotes', () => {
    const csv = [
      '28/03/2026 09:00,"Two lines,\nin one message"', // lines 1–2, fine
      '31/02/2026 09:00,Not a day', // 3
      '19/03/2026 09:00,Yesterday', // 4
      '28/03/2026 09:00,', // 5
      '28/03/2026 09:00,Link,ftp://bakery.example', // 6
      '28/03/2026 09:00,Too many,https://bakery.example,columns', // 7
      '28/03/2026 09:00,He said "hi"', // 8
      'tomorrow,Words', // 9
    ].join('\r\n');
    const reading = read(csv, { dateOrder: 'day_first' });
    expect(reading.rows.map((row) => row.line)).toEqual([1]);
    expect(reading.rows[0]?.content.parts[0].text).toBe('Two lines,\nin one message');
    expect(reading.errors.map(({ line, code }) => [line, code])).toEqual([
      [3, 'bad_date'],
      [4, 'past_time'],
      [5, 'empty_text'],
      [6, 'bad_link'],
      [7, 'too_many_columns'],
      [8, 'bad_quotes'],
      [9, 'bad_date'],
    ]);
    expect(reading.errors[0]?.reason).toContain('dd/mm/yyyy hh:mm');
  });

  it('needs the accounts for the whole file, having no column for them', () => {
    expect(fileError(readImport('28/03/2026 09:00,A\n', options({ defaultAccountIds: [] })))).toMatchObject({ code: 'no_accounts' });
  });
});

describe('the Chorus layout', () => {
  const header = 'scheduled_at,text,link,accounts,first_comment,campaign\n';

  it('is found by its header, takes columns in any order, local times and ISO 8601 with an offset', () => {
    const reading = read('Text,Scheduled_At,Accounts,Campaign\n"Hello",2026-03-29 02:30,bakery;@CAFE,Spring\nBye,2026-03-30T09:00:00+02:00,,\n'.replace('@CAFE', CAFE));
    expect(reading.layout).toBe('chorus');
    expect(reading.errors).toEqual([]);
    expect(reading.rows.map((row) => [row.line, row.scheduledAt.toISOString(), row.accountIds, row.campaign])).toEqual([
      // 02:30 on the day the clocks jump does not exist in Warsaw: it moves forward to 03:30 CEST.
      [2, '2026-03-29T01:30:00.000Z', [BAKERY, CAFE], 'Spring'],
      [3, '2026-03-30T07:00:00.000Z', [BAKERY], null],
    ]);
  });

  it('appends the link and keeps the first comment', () => {
    const [row] = read(`${header}2026-04-01 12:00,New menu,https://cafe.example/menu,bakery,Ask us anything,\n`).rows;
    expect(row?.content).toEqual({ parts: [{ text: 'New menu https://cafe.example/menu', mediaIds: [] }], poll: null, firstComment: 'Ask us anything', contentWarning: null });
  });

  it('reports unknown and ambiguous accounts, and rows without any account', () => {
    const csv = `${header}2026-04-01 12:00,A,,nobody,,\n2026-04-01 12:00,B,,cafe,,\n2026-04-01 12:00,C,,,,\n`;
    expect(errorsOf(csv)).toEqual([
      [2, 'unknown_account'],
      [3, 'ambiguous_account'],
    ]);
    expect(errorsOf(csv, { defaultAccountIds: [] })).toEqual([
      [2, 'unknown_account'],
      [3, 'ambiguous_account'],
      [4, 'no_account'],
    ]);
  });

  it('refuses a header with unknown, repeated or missing columns', () => {
    expect(fileError(readImport('scheduled_at,text,acounts\n', options()))).toMatchObject({ code: 'unknown_columns', params: { columns: 'acounts' } });
    expect(fileError(readImport('scheduled_at,text,text\n', options()))).toMatchObject({ code: 'unknown_columns' });
    expect(fileError(readImport('scheduled_at,link\n', options({ layout: 'chorus' })))).toMatchObject({ code: 'missing_columns', params: { columns: 'text' } });
  });

  it('reads a bad time, a past time and an empty text as row errors', () => {
    expect(errorsOf(`${header}2026-04-31 12:00,A,,,,\n2026-03-20 12:59,B,,,,\n2026-03-20T12:00:00Z,C,,,,\n2026-04-01 12:00,  ,,,,\n`)).toEqual([
      [2, 'bad_date'],
      [3, 'past_time'],
      [4, 'past_time'],
      [5, 'empty_text'],
    ]);
  });
});

describe('limits of the file', () => {
  it('refuses a file over the size cap and one with too many rows, saying the limit', () => {
    const big = `${'28/03/2026 09:00,'}${'x'.repeat(MAX_IMPORT_BYTES)}\n`;
    expect(fileError(readImport(big, options()))).toMatchObject({ code: 'file_too_large', params: { maxBytes: MAX_IMPORT_BYTES } });
    const many = '28/03/2026 09:00,A\n'.repeat(MAX_IMPORT_ROWS + 1);
    expect(fileError(readImport(many, options()))).toMatchObject({ code: 'too_many_rows', line: MAX_IMPORT_ROWS + 1, params: { rows: MAX_IMPORT_ROWS + 1 } });
    expect(read('28/03/2026 09:00,A\n'.repeat(MAX_IMPORT_ROWS)).rows).toHaveLength(MAX_IMPORT_ROWS);
  });

  it('refuses an empty file and one whose quoted field never closes', () => {
    expect(fileError(readImport('\uFEFF\r\n\r\n', options()))).toMatchObject({ code: 'no_rows' });
    expect(fileError(readImport('28/03/2026 09:00,A\n28/03/2026 10:00,"B\n', options()))).toMatchObject({ code: 'unclosed_quote', line: 2 });
  });
});
