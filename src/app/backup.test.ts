import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import { AppError } from '../core/errors.js';
import { describeTables, quoteIdent } from '../db/backup.js';
import type { DatabaseHandle } from '../db/connection.js';
import { addMember } from './members.js';
import { login } from './auth/login.js';
import { openSession } from './auth/sessions.js';
import { issueSetupToken } from './auth/setup.js';
import { createBackup, restoreBackup } from './backup.js';
import { createAppContext, systemClock, type AppContext } from './context.js';
import { testSecretBox } from './secrets/testing.js';
import { createApiKeyFor, createUser, createWorkspaceFor } from './operator.js';
import { temporaryMediaStorage } from './media/temporary-storage.js';

const logger = pino({ level: 'silent' });
const contextOf = (handle: DatabaseHandle): AppContext => createAppContext({ db: handle.db, clock: systemClock, logger, secrets: testSecretBox(), media: temporaryMediaStorage().storage });
const backupContext = (handle: DatabaseHandle) => ({ handle, clock: systemClock });

/** Puts rows in every table through the use cases, plus values that are easy to get wrong. */
async function fillEveryTable(handle: DatabaseHandle, tag: string): Promise<void> {
  const ctx = contextOf(handle);
  await issueSetupToken(ctx);
  const owner = await createUser(ctx, { email: `owner-${tag}@example.com`, name: `Zoë "O'Neil" \\ ${tag}\nnext line`, password: 'correct horse', locale: 'pl' });
  await createUser(ctx, { email: `editor-${tag}@example.com`, name: 'Редактор 編集者 🎉', password: 'battery staple' });
  const { workspace } = await createWorkspaceFor(ctx, { ownerEmail: owner.email, name: `Acme ${tag}`, timezone: 'Asia/Jakarta' });
  const actor = { kind: 'user' as const, user: owner, sessionId: '' };
  await addMember(ctx, actor, workspace.id, { email: `editor-${tag}@example.com`, role: 'editor' });
  await addMember(ctx, actor, workspace.id, { email: `new-${tag}@example.com`, role: 'analyst', name: 'New Person', password: 'long enough' });
  await openSession(ctx, owner.id);
  await createApiKeyFor(ctx, { workspaceId: workspace.id, name: 'deploy', role: 'editor' });
  await expect(login(ctx, { email: owner.email, password: 'wrong password' }, { ip: '10.0.0.1' })).rejects.toThrow(AppError);
  // Exactness: microseconds and an offset, an id beyond 2^53, jsonb numbers JavaScript cannot hold.
  await handle.query(`UPDATE users SET created_at = '2024-02-29 23:59:59.123456+05:45' WHERE id = $1`, [owner.id]);
  await handle.query(`INSERT INTO login_failures (id, email, ip) VALUES (9007199254740993, 'big@example.com', '::1')`);
  await handle.query(
    `INSERT INTO audit_log (workspace_id, action, details) VALUES ($1, 'workspace.updated', $2::jsonb)`,
    [workspace.id, '{"big": 123456789012345678901234567890, "pi": 3.141592653589793238462643383279, "nested": {"list": [1, "two", null, true]}, "text": "ünïcødé \\"quoted\\""}'],
  );
}

/** Every table (and the migrations and sequences) as sorted JSON text, for exact comparison. */
async function contents(handle: DatabaseHandle): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  const names = [...(await describeTables(handle)).map((table) => table.name), 'chorus_migrations'];
  for (const name of names) {
    const rows = await handle.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM public.${quoteIdent(name)} t ORDER BY 1`);
    result[name] = rows.map((row) => row.row);
  }
  const sequences = await handle.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
  );
  for (const { name } of sequences) {
    const [state] = await handle.query<{ state: string }>(`SELECT last_value::text || '/' || is_called::text AS state FROM public.${quoteIdent(name)}`);
    result[`sequence ${name}`] = [state?.state ?? ''];
  }
  return result;
}

/** The restore's own audit entry is the one difference a restore makes; take it out to compare. */
async function withoutRestoreEntry(handle: DatabaseHandle, source: Record<string, string[]>): Promise<Record<string, string[]>> {
  const [entry] = await handle.query<{ id: string }>(`DELETE FROM audit_log WHERE action = 'backup.restored' RETURNING id::text AS id`);
  const sourceLast = source['sequence audit_log_id_seq']?.[0]?.split('/')[0];
  expect(entry?.id).toBe(String(BigInt(sourceLast ?? '0') + 1n)); // ids continue after the restored ones
  const after = await contents(handle);
  after['sequence audit_log_id_seq'] = source['sequence audit_log_id_seq'] ?? [];
  return after;
}

let dir: string;
let source: DatabaseHandle;
let sourceContents: Record<string, string[]>;
let backupFile: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-backup-'));
  source = await createTestDatabase();
  await fillEveryTable(source, 'source');
  sourceContents = await contents(source);
  backupFile = path.join(dir, 'source.backup.gz');
  await createBackup(backupContext(source), backupFile);
});

afterAll(async () => {
  await source?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('fills every table of the foundation schema in the source', () => {
    for (const table of ['users', 'workspaces', 'memberships', 'sessions', 'api_keys', 'audit_log', 'login_failures', 'setup_tokens']) {
      expect(sourceContents[table]?.length, table).toBeGreaterThan(0);
    }
  });

  it('restores every row of every table exactly into a fresh database', async () => {
    const target = await createTestDatabase();
    try {
      const progress: Array<[number, number]> = [];
      const result = await restoreBackup(backupContext(target), backupFile, { onProgress: (done, total) => progress.push([done, total]) });
      expect(result.restored).toBe(true);
      const total = Object.entries(sourceContents)
        .filter(([name]) => !name.startsWith('sequence ') && name !== 'chorus_migrations')
        .reduce((sum, [, rows]) => sum + rows.length, 0);
      expect(result.info.rows).toBe(total);
      expect(progress.at(-1)).toEqual([total, total]);
      expect(await withoutRestoreEntry(target, sourceContents)).toEqual(sourceContents);
    } finally {
      await target.close();
    }
  });

  it('replaces the data a database already has', async () => {
    const target = await createTestDatabase();
    try {
      await fillEveryTable(target, 'target');
      await restoreBackup(backupContext(target), backupFile);
      expect(await withoutRestoreEntry(target, sourceContents)).toEqual(sourceContents);
    } finally {
      await target.close();
    }
  });

  it('writes the documented format: header, one line per row, checksum trailer', async () => {
    const lines = gunzipSync(await fs.readFile(backupFile)).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0] ?? '') as { format: string; version: number; migrations: string[]; tables: Array<{ name: string; rows: number }> };
    expect(header).toMatchObject({ format: 'chorus-backup', version: 1, migrations: sourceContents.chorus_migrations?.map((row) => (JSON.parse(row) as { name: string }).name) });
    expect(header.tables.map((table) => table.name).indexOf('users')).toBeLessThan(header.tables.map((table) => table.name).indexOf('memberships'));
    const trailer = JSON.parse(lines.at(-1) ?? '') as { sha256: string; rows: number };
    expect(trailer.rows).toBe(lines.length - 2);
    expect(trailer.sha256).toBe(createHash('sha256').update(lines.slice(0, -1).map((line) => `${line}\n`).join('')).digest('hex'));
  });

  it('does not overwrite an existing file unless asked', async () => {
    await expect(createBackup(backupContext(source), backupFile)).rejects.toMatchObject({ id: 'validation_failed' });
    const again = path.join(dir, 'again.backup.gz');
    await fs.writeFile(again, 'old');
    await createBackup(backupContext(source), again, { overwrite: true });
    expect((await fs.readdir(dir)).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

describe('restore refuses bad files and changes nothing', () => {
  let target: DatabaseHandle;
  let before: Record<string, string[]>;

  beforeAll(async () => {
    target = await createTestDatabase();
    await fillEveryTable(target, 'kept');
    before = await contents(target);
  });

  afterAll(async () => {
    await target?.close();
  });

  async function expectRefused(file: string, reason: RegExp): Promise<void> {
    const attempt = restoreBackup(backupContext(target), file);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ id: 'backup_invalid', message: expect.stringMatching(reason) });
    expect(await contents(target)).toEqual(before);
  }

  async function variant(name: string, bytes: Buffer | string): Promise<string> {
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    return file;
  }

  /** Rewrites the backup's lines and signs them again, as a careful forger would. */
  async function resigned(name: string, change: (lines: string[]) => string[]): Promise<string> {
    const lines = gunzipSync(await fs.readFile(backupFile)).toString('utf8').trimEnd().split('\n').slice(0, -1);
    const changed = change(lines);
    const body = changed.map((line) => `${line}\n`).join('');
    const sha256 = createHash('sha256').update(body).digest('hex');
    const trailer = `${JSON.stringify({ end: 'chorus-backup', rows: changed.length - 1, sha256 })}\n`;
    return variant(name, gzipSync(body + trailer));
  }

  it('refuses a file with a flipped byte', async () => {
    const bytes = Buffer.from(await fs.readFile(backupFile));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    await expectRefused(await variant('flipped.gz', bytes), /damaged|truncated|checksum|not JSON|row/i);
  });

  it('refuses a truncated file', async () => {
    const bytes = await fs.readFile(backupFile);
    await expectRefused(await variant('truncated.gz', bytes.subarray(0, Math.floor(bytes.length * 0.6))), /truncated/i);
  });

  it('refuses a file whose lines were cut at the end but still gzip cleanly', async () => {
    const lines = gunzipSync(await fs.readFile(backupFile)).toString('utf8').trimEnd().split('\n');
    await expectRefused(await variant('no-trailer.gz', gzipSync(`${lines.slice(0, -2).join('\n')}\n`)), /truncated/i);
  });

  it('refuses a file whose content was altered', async () => {
    const text = gunzipSync(await fs.readFile(backupFile)).toString('utf8').replace('Acme source', 'Acme forged');
    await expectRefused(await variant('altered.gz', gzipSync(text)), /checksum/i);
  });

  it('refuses a gzip of unrelated JSON', async () => {
    await expectRefused(await variant('other.json.gz', gzipSync('{"name":"something else","version":1}\n{"a":1}\n')), /not a Chorus backup/i);
  });

  it('refuses a plain text file', async () => {
    await expectRefused(await variant('notes.txt', 'Just some notes,\nnot a backup.\n'), /not a Chorus backup/i);
  });

  it('refuses an empty file', async () => {
    await expectRefused(await variant('empty.gz', gzipSync('')), /empty/i);
  });

  it('refuses a backup from a different migration set', async () => {
    const file = await resigned('future.gz', ([header = '', ...rows]) => {
      const parsed = JSON.parse(header) as { migrations: string[] };
      parsed.migrations.push('9999_from_the_future.sql');
      return [JSON.stringify(parsed), ...rows];
    });
    await expectRefused(file, /newer schema.*9999_from_the_future\.sql/);
  });

  it('refuses a backup when the database has migrations the backup lacks', async () => {
    await target.query(`INSERT INTO chorus_migrations (name) VALUES ('9999_local_only.sql')`);
    before = await contents(target);
    try {
      await expectRefused(backupFile, /older schema.*9999_local_only\.sql/);
    } finally {
      await target.query(`DELETE FROM chorus_migrations WHERE name = '9999_local_only.sql'`);
      before = await contents(target);
    }
  });

  it('refuses another format version', async () => {
    const file = await resigned('v2.gz', ([header = '', ...rows]) => [JSON.stringify({ ...(JSON.parse(header) as object), version: 2 }), ...rows]);
    await expectRefused(file, /version 2/);
  });

  it('refuses a row of a table the header does not list', async () => {
    const file = await resigned('unknown-table.gz', (lines) => [...lines, JSON.stringify({ t: 'secrets', r: { id: '1' } })]);
    await expectRefused(file, /secrets/);
  });

  it('rolls back when a value does not fit its column halfway through', async () => {
    const file = await resigned('bad-value.gz', (lines) =>
      lines.map((line) => (line.includes('"t":"sessions"') ? line.replace(/"user_id":"[^"]+"/, '"user_id":"not-a-uuid"') : line)),
    );
    await expectRefused(file, /do not fit/);
  });
});
