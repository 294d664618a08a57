/**
 * Logical backup and restore of all data. The file is gzip'd JSON lines:
 *
 *   {"format":"chorus-backup","version":1,"createdAt":…,"migrations":[…],"tables":[{"name","rows","columns"}],"sequences":[…]}
 *   {"t":"<table>","r":{"<column>":"<PostgreSQL text form>" | null, …}}      one line per row, tables in restore order
 *   {"end":"chorus-backup","rows":<row lines>,"sha256":"<hex of every byte before this line>"}
 *
 * A restore reads the whole file once to check it (gzip, header, migrations, checksum, tables and
 * columns) before it touches the database, then reads it again inside one transaction, checking
 * the same things as it inserts, so a file changed in between is also refused with nothing changed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { AppError } from '../core/errors.js';
import {
  describeDatabase,
  replaceAllRows,
  withSnapshot,
  type RowValues,
  type SequenceState,
} from '../db/backup.js';
import type { DatabaseHandle } from '../db/connection.js';
import { audit } from './audit.js';
import { BACKUP_FORMAT, BACKUP_VERSION, invalid, readBackup, type BackupHeader } from './backup-file.js';
import type { Clock } from './context.js';

/** Rows inserted per statement on restore. */
const RESTORE_BATCH = 500;

export interface BackupContext {
  handle: DatabaseHandle;
  clock: Clock;
}

export type Progress = (done: number, total: number) => void;

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  bytes: number;
  createdAt: string;
}


/** Writes a backup of every table to `file` (through a temporary file, so a failure leaves no half file). */
export async function createBackup(
  ctx: BackupContext,
  file: string,
  options: { overwrite?: boolean; onProgress?: Progress } = {},
): Promise<BackupSummary> {
  if (!options.overwrite && (await exists(file))) {
    throw new AppError('validation_failed', `${file} already exists; choose another name or allow overwriting`);
  }
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  const createdAt = ctx.clock.now().toISOString();
  try {
    const summary = await withSnapshot(ctx.handle, async (snapshot) => {
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt,
        migrations: snapshot.migrations,
        tables: snapshot.tables.map((table) => ({
          name: table.name,
          rows: table.rowCount,
          columns: table.columns.map((column) => column.name),
        })),
        sequences: snapshot.sequences,
      };
      const total = header.tables.reduce((sum, table) => sum + table.rows, 0);
      const hash = createHash('sha256');
      let written = 0;
      async function* lines(): AsyncGenerator<string> {
        const headerLine = `${JSON.stringify(header)}\n`;
        hash.update(headerLine);
        yield headerLine;
        options.onProgress?.(0, total);
        for (const table of snapshot.tables) {
          for await (const batch of snapshot.readRows(table)) {
            const chunk = batch.map((row) => `${JSON.stringify({ t: table.name, r: row })}\n`).join('');
            hash.update(chunk);
            written += batch.length;
            yield chunk;
            options.onProgress?.(written, total);
          }
        }
        yield `${JSON.stringify({ end: BACKUP_FORMAT, rows: written, sha256: hash.digest('hex') })}\n`;
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      return { tables: header.tables.length, rows: written };
    });
    await fs.rename(partial, file);
    const { size } = await fs.stat(file);
    return { file, ...summary, bytes: size, createdAt };
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

/** What a checked backup holds; shown before a restore is confirmed. */
export interface BackupInfo {
  file: string;
  createdAt: string;
  tables: Array<{ name: string; rows: number }>;
  rows: number;
}

/**
 * Replaces ALL data with the backup's. The whole file is checked first; `confirm` (when given) is
 * asked after the check and may decline. Refusals are `backup_invalid` with the reason, and leave
 * the database as it was.
 */
export async function restoreBackup(
  ctx: BackupContext,
  file: string,
  options: { confirm?: (info: BackupInfo) => Promise<boolean>; onProgress?: Progress } = {},
): Promise<{ restored: boolean; info: BackupInfo }> {
  const database = await describeDatabase(ctx.handle);
  let info: BackupInfo | undefined;
  for await (const record of readBackup(file, database)) {
    if (record.kind === 'header') info = describeHeader(file, record.header);
  }
  if (!info) throw invalid('The file holds no backup header');
  if (options.confirm && !(await options.confirm(info))) return { restored: false, info };

  const total = info.rows;
  await replaceAllRows(ctx.handle, async (replacer) => {
    let sequences: SequenceState[] = [];
    let pending: { table: string; columns: string[]; rows: RowValues[] } | undefined;
    let done = 0;
    const flush = async () => {
      if (!pending || pending.rows.length === 0) return;
      await replacer.insert(pending.table, pending.columns, pending.rows);
      done += pending.rows.length;
      pending.rows = [];
      options.onProgress?.(done, total);
    };
    try {
      for await (const record of readBackup(file, database)) {
        if (record.kind === 'header') {
          sequences = record.header.sequences;
          options.onProgress?.(0, total);
          continue;
        }
        if (pending?.table !== record.table) {
          await flush();
          pending = { table: record.table, columns: record.columns, rows: [] };
        }
        pending.rows.push(record.row);
        if (pending.rows.length >= RESTORE_BATCH) await flush();
      }
      await flush();
      await replacer.setSequences(sequences);
    } catch (error) {
      throw asRestoreError(error);
    }
  });
  await audit(ctx.handle.db, ctx.clock.now(), {
    action: 'backup.restored',
    target: { type: 'backup', id: path.basename(file) },
    details: { createdAt: info.createdAt, rows: info.rows, tables: info.tables.length },
  });
  return { restored: true, info };
}

/** Checks a backup against the database without changing anything. */
export async function inspectBackup(ctx: BackupContext, file: string): Promise<BackupInfo> {
  const database = await describeDatabase(ctx.handle);
  let info: BackupInfo | undefined;
  for await (const record of readBackup(file, database)) {
    if (record.kind === 'header') info = describeHeader(file, record.header);
  }
  if (!info) throw invalid('The file holds no backup header');
  return info;
}

function describeHeader(file: string, header: BackupHeader): BackupInfo {
  const tables = header.tables.map((table) => ({ name: table.name, rows: table.rows }));
  return { file, createdAt: header.createdAt, tables, rows: tables.reduce((sum, table) => sum + table.rows, 0) };
}

/** Data that does not fit the tables (a constraint, a malformed value) is the file's fault, not a bug. */
function asRestoreError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (/^(22|23)/.test(code)) {
    const message = error instanceof Error ? error.message : String(error);
    return invalid(`The backup's rows do not fit this database (${message}); nothing was changed`);
  }
  return error;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
