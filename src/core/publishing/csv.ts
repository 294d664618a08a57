/**
 * A CSV reader that follows RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): fields separated
 * by commas, a field in double quotes may hold commas, line breaks and doubled quotes (`""` for
 * one `"`). It also takes what spreadsheets write in practice: LF or a lone CR as well as CRLF, a
 * UTF-8 byte order mark, and a last line with or without a line break.
 *
 * Every record keeps the physical line it starts on, counted the way a text editor counts, so a
 * quoted field that spans lines moves the numbers of the records after it.
 */

export interface CsvRecord {
  /** The 1-based line of the file on which the record starts. */
  line: number;
  fields: string[];
  /** What is wrong with the record's quoting, when something is; the fields are then a best reading. */
  problem: string | null;
}

export type CsvReading = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: string };

const BOM = '\uFEFF';

/** The length of the line break at `index` (2 for CRLF, 1 for LF or a lone CR), or 0 when there is none. */
function lineBreakAt(text: string, index: number): number {
  const char = text[index];
  if (char === '\n') return 1;
  if (char === '\r') return text[index + 1] === '\n' ? 2 : 1;
  return 0;
}

/**
 * The records of a CSV text, blank lines included (as one empty field). Fails only when a quoted
 * field is never closed, because then where the following records start cannot be known; other
 * quoting mistakes are reported on their own record.
 */
export function parseCsv(input: string): CsvReading {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let problem: string | null = null;
  let atFieldStart = true;
  let inQuotes = false;
  let quoteLine = 1;
  let afterClosingQuote = false;

  const endField = () => {
    fields.push(field);
    field = '';
    atFieldStart = true;
    afterClosingQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields, problem });
    fields = [];
    problem = null;
  };

  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (inQuotes) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else {
          inQuotes = false;
          afterClosingQuote = true;
          index += 1;
        }
        continue;
      }
      const lineBreak = lineBreakAt(text, index);
      if (lineBreak > 0) {
        // A line break inside a field is part of the value; posts use LF whatever the file used.
        field += '\n';
        line += 1;
        index += lineBreak;
        continue;
      }
      field += char;
      index += 1;
      continue;
    }
    if (char === ',') {
      endField();
      index += 1;
      continue;
    }
    const lineBreak = lineBreakAt(text, index);
    if (lineBreak > 0) {
      endRecord();
      line += 1;
      recordLine = line;
      index += lineBreak;
      continue;
    }
    if (char === '"' && atFieldStart) {
      inQuotes = true;
      quoteLine = line;
      atFieldStart = false;
      index += 1;
      continue;
    }
    const column = fields.length + 1;
    if (afterClosingQuote) problem ??= `column ${column} has text after its closing quote; a field in quotes must end at the quote`;
    else if (char === '"') problem ??= `column ${column} has a quote inside a field that is not in quotes; put the field in quotes and write the quote twice ("")`;
    field += char;
    atFieldStart = false;
    index += 1;
  }
  if (inQuotes) return { ok: false, line: quoteLine, reason: 'A field in quotes starts on this line and its closing quote is missing' };
  // The last record needs no line break after it; a line break at the very end adds no record.
  if (fields.length > 0 || !atFieldStart) endRecord();
  return { ok: true, records };
}

/** True for a record with nothing but whitespace in it: a blank line, or a row of empty cells. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.problem === null && record.fields.every((value) => value.trim() === '');
}
