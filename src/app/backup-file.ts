/**
 * The backup file format: its header and end marker, and a reader that checks a file record by
 * record (gzip, header, migrations, tables and columns, row counts, checksum). See backup.ts for
 * the layout of the lines.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import { AppError, notFound } from '../core/errors.js';
import type { RowValues } from '../db/backup.js';

export const invalid = (reason: string) => new AppError('backup_invalid', reason);

export const BACKUP_FORMAT = 'chorus-backup';
export const BACKUP_VERSION = 1;
/** A longer line is not something this program wrote; stop before it exhausts memory. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

export const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().min(0), columns: z.array(z.string()) })),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
});
export type BackupHeader = z.infer<typeof headerSchema>;

export const trailerSchema = z.object({ end: z.literal(BACKUP_FORMAT), rows: z.number().int().min(0), sha256: z.string() });


export type BackupRecord =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'row'; table: string; columns: string[]; row: RowValues };

export interface DatabaseShape {
  migrations: string[];
  tables: Array<{ name: string; columns: Array<{ name: string }> }>;
  sequences: string[];
}

/**
 * Reads and checks a backup record by record. Anything wrong throws `backup_invalid`; the checksum
 * and the row counts are only known at the end, so a consumer must not commit before it finishes.
 */
export async function* readBackup(file: string, database: DatabaseShape): AsyncGenerator<BackupRecord> {
  const hash = createHash('sha256');
  const counts = new Map<string, number>();
  let header: BackupHeader | undefined;
  let ended = false;
  let lineNumber = 0;
  let rowLines = 0;
  let tableIndex = 0;
  for await (const line of readLines(file)) {
    lineNumber += 1;
    if (ended) {
      if (line.length === 0) continue;
      throw invalid('The file has data after its end marker');
    }
    const value = parseLine(line, header === undefined);
    if (!header) {
      header = parseHeader(value);
      checkCompatible(header, database);
      hash.update(line).update('\n');
      yield { kind: 'header', header };
      continue;
    }
    if (isObject(value) && 'end' in value) {
      const trailer = trailerSchema.safeParse(value);
      if (!trailer.success) throw invalid('The end marker is malformed');
      if (trailer.data.sha256 !== hash.digest('hex')) throw invalid('The checksum does not match: the file was altered or damaged');
      if (trailer.data.rows !== rowLines) throw invalid(`The file has ${rowLines} rows; its end marker says ${trailer.data.rows}`);
      ended = true;
      continue;
    }
    hash.update(line).update('\n');
    if (!isObject(value) || typeof value.t !== 'string' || !isObject(value.r)) throw invalid(`Line ${lineNumber} is not a row`);
    // Rows come grouped by table in the header's order, which is an order the foreign keys allow.
    while (header.tables[tableIndex] !== undefined && header.tables[tableIndex]?.name !== value.t) tableIndex += 1;
    const table = header.tables[tableIndex];
    if (!table) throw invalid(`Line ${lineNumber} holds a row of ${value.t}, which the header does not list at this point`);
    for (const [column, cell] of Object.entries(value.r)) {
      if (!table.columns.includes(column)) throw invalid(`Line ${lineNumber} has an unknown column ${table.name}.${column}`);
      if (cell !== null && typeof cell !== 'string') throw invalid(`Line ${lineNumber} has a malformed value in ${table.name}.${column}`);
    }
    rowLines += 1;
    counts.set(table.name, (counts.get(table.name) ?? 0) + 1);
    yield { kind: 'row', table: table.name, columns: table.columns, row: value.r as RowValues };
  }
  if (!header) throw invalid('The file is empty');
  if (!ended) throw invalid('The file is truncated: its end marker is missing');
  for (const table of header.tables) {
    const rows = counts.get(table.name) ?? 0;
    if (rows !== table.rows) throw invalid(`Table ${table.name} has ${rows} rows; the header says ${table.rows}`);
  }
}

function parseLine(line: Buffer, first: boolean): unknown {
  try {
    return JSON.parse(line.toString('utf8'));
  } catch {
    throw invalid(first ? 'This is not a Chorus backup' : 'The file holds a line that is not JSON: it is damaged');
  }
}

function parseHeader(value: unknown): BackupHeader {
  if (!isObject(value) || value.format !== BACKUP_FORMAT) throw invalid('This is not a Chorus backup');
  if (value.version !== BACKUP_VERSION) {
    throw invalid(`This backup has format version ${String(value.version)}; this Chorus reads version ${BACKUP_VERSION}`);
  }
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) throw invalid(`The backup header is malformed (${parsed.error.issues[0]?.path.join('.') ?? 'header'})`);
  return parsed.data;
}

/** A backup fits only a database at exactly the same migrations: same tables, same columns. */
function checkCompatible(header: BackupHeader, database: DatabaseShape): void {
  const missing = header.migrations.filter((name) => !database.migrations.includes(name));
  const extra = database.migrations.filter((name) => !header.migrations.includes(name));
  if (missing.length > 0) {
    throw invalid(`The backup is from a newer schema (migrations ${missing.join(', ')} are not applied here); upgrade Chorus first`);
  }
  if (extra.length > 0) {
    throw invalid(
      `The backup is from an older schema (it lacks migrations ${extra.join(', ')}); restore it with the Chorus version that made it, then upgrade`,
    );
  }
  for (const table of header.tables) {
    const known = database.tables.find((candidate) => candidate.name === table.name);
    if (!known) throw invalid(`The backup has a table this database lacks: ${table.name}`);
    const unknown = table.columns.find((column) => !known.columns.some((candidate) => candidate.name === column));
    if (unknown) throw invalid(`The backup has a column this database lacks: ${table.name}.${unknown}`);
  }
  const sequence = header.sequences.find((candidate) => !database.sequences.includes(candidate.name));
  if (sequence) throw invalid(`The backup has a sequence this database lacks: ${sequence.name}`);
}

/** The file's lines as raw bytes (so the checksum covers exactly what was written); gzip errors become refusals. */
async function* readLines(file: string): AsyncGenerator<Buffer> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  // Pieces of a line that spans chunks, joined once its end arrives (not on every chunk).
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let start = 0;
      for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, newline);
        yield pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        pendingBytes = 0;
        start = newline + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > MAX_LINE_BYTES) throw invalid('The file holds a line far longer than any backup row');
      }
    }
  } catch (error) {
    throw asFileError(file, error);
  } finally {
    input.destroy();
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

function asFileError(file: string, error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return notFound(`Backup file ${file}`);
  if (code === 'EISDIR' || code === 'EACCES') return invalid(`Cannot read ${file} (${code})`);
  if (code === 'Z_DATA_ERROR' && /header/i.test(error instanceof Error ? error.message : '')) {
    return invalid('This is not a Chorus backup (not a gzip file)');
  }
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(error instanceof Error ? error.message : '')) {
    return invalid('The file is truncated');
  }
  if (code.startsWith('Z_')) return invalid(`The file is damaged (${error instanceof Error ? error.message : code})`);
  return error;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

