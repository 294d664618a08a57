import { describe, expect, it } from 'vitest';
import { isBlankRecord, parseCsv, type CsvReading } from './csv.js';

const records = (reading: CsvReading) => {
  if (!reading.ok) throw new Error(`expected a reading, got line ${reading.line}: ${reading.reason}`);
  return reading.records;
};
const rows = (text: string) => records(parseCsv(text)).map((record) => record.fields);
const lines = (text: string) => records(parseCsv(text)).map((record) => record.line);

describe('parseCsv (RFC 4180)', () => {
  it('splits records and fields', () => {
    expect(rows('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(rows('"Hello, world","She said ""hi""","two\r\nlines"\r\n')).toEqual([['Hello, world', 'She said "hi"', 'two\nlines']]);
  });

  it('takes LF, CRLF and a lone CR alike, and a last record with or without a line break', () => {
    expect(rows('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rows('a,b\r1,2\r')).toEqual(rows('a,b\r\n1,2\r\n'));
    expect(rows('x\n')).toEqual([['x']]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(rows('\uFEFFscheduled_at,text\n')).toEqual([['scheduled_at', 'text']]);
  });

  it('keeps empty fields, a trailing empty field and a quoted empty field', () => {
    expect(rows('a,,c,\n"",x')).toEqual([
      ['a', '', 'c', ''],
      ['', 'x'],
    ]);
  });

  it('numbers records by the physical line they start on, counting line breaks inside quotes', () => {
    const text = 'first\r\n"second\r\nstill second\nand still",x\r\nthird\n\n"fifth\rspans"\nsixth';
    expect(lines(text)).toEqual([1, 2, 5, 6, 7, 9]);
    expect(rows(text)[4]).toEqual(['fifth\nspans']);
  });

  it('reports a blank line as a blank record, so callers skip it without losing count', () => {
    const found = records(parseCsv('a\n\n  ,\nb'));
    expect(found.map(isBlankRecord)).toEqual([false, true, true, false]);
    expect(found[3]?.line).toBe(4);
  });

  it('fails with the line where a quoted field opens and never closes', () => {
    expect(parseCsv('ok,1\nbad,"never\nclosed\n')).toEqual({ ok: false, line: 2, reason: expect.stringContaining('closing quote is missing') });
  });

  it('marks a record with a stray quote or text after a closing quote, and reads on', () => {
    const found = records(parseCsv('a "quoted" word,1\n"closed"tail,2\nfine,3'));
    expect(found.map((record) => record.problem === null)).toEqual([false, false, true]);
    expect(found[0]?.problem).toContain('column 1');
    expect(found[1]?.fields).toEqual(['closedtail', '2']);
    expect(found[2]?.fields).toEqual(['fine', '3']);
  });

  it('reads an empty text as no records', () => {
    expect(rows('')).toEqual([]);
    expect(rows('\uFEFF')).toEqual([]);
  });
});
