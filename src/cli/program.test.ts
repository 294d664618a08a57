import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/connection.js';
import { openConfiguredDatabase, type CliDeps } from './context.js';
import type { CliIO } from './io.js';
import { runCli } from './program.js';
import { randomUUID } from 'node:crypto';
import { keyIdOf, openRecord, sealRecord } from '../app/secrets/secret-box.js';
import { findConnectedAccountById, insertConnectedAccount } from '../db/repositories/connected-accounts.js';
import { workspaces } from '../db/schema.js';
import { loadKeyring, secretBoxOf } from '../runtime/keyring.js';

interface Captured {
  stdout: string;
  stderr: string;
  code: number;
  started: Config[];
}

let dir: string;
let handle: DatabaseHandle;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-cli-'));
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** Runs one command line against the test database (kept open between commands), capturing output. */
async function chorus(
  argv: string[],
  options: { stdin?: string; stdinIsTTY?: boolean; stderrIsTTY?: boolean; answers?: string[]; env?: Record<string, string>; realDatabase?: boolean } = {},
): Promise<Captured> {
  const captured: Captured = { stdout: '', stderr: '', code: -1, started: [] };
  const answers = [...(options.answers ?? [])];
  const io: CliIO = {
    stdout: { write: (text) => void (captured.stdout += text) },
    stderr: { write: (text) => void (captured.stderr += text), isTTY: options.stderrIsTTY ?? false },
    stdinIsTTY: options.stdinIsTTY ?? false,
    readStdin: async () => options.stdin ?? '',
    prompt: async (question) => {
      captured.stderr += question;
      return answers.shift() ?? '';
    },
  };
  const deps: CliDeps = {
    io,
    env: { CHORUS_DATA_DIR: path.join(dir, 'data'), ...options.env },
    openDatabase: options.realDatabase ? openConfiguredDatabase : async () => ({ ...handle, close: async () => undefined }),
    startChorus: async (config) => {
      captured.started.push(config);
      return { stop: async () => undefined };
    },
  };
  captured.code = await runCli(argv, deps, '1.2.3');
  return captured;
}

/** Exactly one line on stderr, starting with `error:`. */
const oneErrorLine = (result: Captured) => {
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
};

describe('chorus command line', () => {
  it('shows help with the settings table, and the version', async () => {
    const help = await chorus(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: chorus');
    for (const setting of ['CHORUS_PORT', 'DATABASE_URL', 'CHORUS_ROLES', 'CHORUS_DATA_DIR']) expect(help.stdout).toContain(setting);
    for (const command of ['start', 'migrate', 'user', 'workspace', 'api-key', 'backup', 'restore']) expect(help.stdout).toContain(command);
    const sub = await chorus(['api-key', 'create', '--help']);
    expect(sub.stdout.replace(/\s+/g, ' ')).toContain('--role <role> what the key may do (never owner) (choices: "admin", "editor", "approver", "analyst")');
    expect((await chorus(['--version'])).stdout).toBe('1.2.3\n');
  });

  it('resets a forgotten password from stdin and ends the person\'s sessions', async () => {
    await chorus(['user', 'create', '--email', 'forgetful@example.com', '--name', 'Fred', '--password', 'the old password']);
    const [user] = await handle.query<{ id: string; password_hash: string }>(
      "SELECT id, password_hash FROM users WHERE email = 'forgetful@example.com'",
    );
    await handle.query("INSERT INTO sessions (id, user_id, csrf_token, expires_at) VALUES ('fred-session', $1, 'x', now() + interval '1 day')", [
      user?.id,
    ]);
    const reset = await chorus(['user', 'reset-password', '--email', 'Forgetful@Example.com', '--password-stdin'], { stdin: 'the new password\n' });
    expect(reset).toMatchObject({ code: 0, stderr: '' });
    expect(reset.stdout).toContain('forgetful@example.com');
    const [after] = await handle.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE email = 'forgetful@example.com'");
    expect(after?.password_hash).not.toBe(user?.password_hash);
    expect(await handle.query("SELECT 1 FROM sessions WHERE user_id = $1", [user?.id])).toEqual([]);
    oneErrorLine(await chorus(['user', 'reset-password', '--email', 'nobody@example.com', '--password', 'whatever long']));
    oneErrorLine(await chorus(['user', 'reset-password', '--email', 'forgetful@example.com', '--password', 'short']));
  });

  it('starts with flags overriding the environment', async () => {
    const result = await chorus(['start', '--roles', 'api,worker', '--port', '0', '--data-dir', path.join(dir, 'elsewhere')], {
      env: { CHORUS_ROLES: 'scheduler', CHORUS_PORT: '9999' },
    });
    expect(result.code).toBe(0);
    expect(result.started).toHaveLength(1);
    expect(result.started[0]).toMatchObject({ roles: ['api', 'worker'], port: 0, dataDir: path.join(dir, 'elsewhere') });
  });

  it('refuses an unknown role or a bad setting in one line, without starting', async () => {
    const role = await chorus(['start', '--roles', 'api,bogus']);
    oneErrorLine(role);
    expect(role.stderr).toContain('CHORUS_ROLES');
    expect(role.started).toEqual([]);
    const port = await chorus(['workspace', 'list'], { env: { CHORUS_PORT: 'eighty' } });
    oneErrorLine(port);
    expect(port.stderr).toContain('CHORUS_PORT');
  });

  it('creates a user with the password from stdin, and refuses a bad e-mail or a taken one', async () => {
    const created = await chorus(['user', 'create', '--email', 'Owner@Example.com', '--name', 'Olga Owner', '--password-stdin'], {
      stdin: 'a long passphrase\n',
    });
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/^created user owner@example\.com \([0-9a-f-]{36}\)\n$/);
    const [row] = await handle.query<{ locale: string }>(`SELECT locale FROM users WHERE email = 'owner@example.com'`);
    expect(row?.locale).toBe('en');

    const badEmail = await chorus(['user', 'create', '--email', 'not-an-email', '--name', 'X', '--password', 'long enough']);
    oneErrorLine(badEmail);
    expect(badEmail.stderr).toContain('email');
    oneErrorLine(await chorus(['user', 'create', '--email', 'owner@example.com', '--name', 'X', '--password', 'long enough']));
    oneErrorLine(await chorus(['user', 'create', '--email', 'x@example.com', '--name', 'X']));
  });

  it('refuses missing or unknown options with commander\'s one-line message', async () => {
    const missing = await chorus(['workspace', 'create', '--name', 'Acme']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: required option '--owner <email>' not specified\n$/);
    const unknownCommand = await chorus(['wrokspace']);
    expect(unknownCommand.code).toBe(1);
    expect(unknownCommand.stderr).toContain('workspace');
  });

  it('creates and lists workspaces, as text and JSON', async () => {
    const created = await chorus(['workspace', 'create', '--name', 'Acme', '--owner', 'owner@example.com', '--timezone', 'Europe/Warsaw', '--json']);
    expect(created.code).toBe(0);
    const workspace = JSON.parse(created.stdout) as { id: string; name: string; timezone: string; owner: string };
    expect(workspace).toMatchObject({ name: 'Acme', timezone: 'Europe/Warsaw', owner: 'owner@example.com' });

    const listed = await chorus(['workspace', 'list', '--json']);
    expect(JSON.parse(listed.stdout)).toContainEqual(expect.objectContaining({ id: workspace.id, owners: ['owner@example.com'], members: 1 }));
    const table = await chorus(['workspace', 'list']);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+TIMEZONE\s+MEMBERS\s+OWNERS\n/);
    expect(table.stdout).toContain(workspace.id);

    const badZone = await chorus(['workspace', 'create', '--name', 'X', '--owner', 'owner@example.com', '--timezone', 'Mars/Base']);
    oneErrorLine(badZone);
    expect(badZone.stderr).toContain('timezone');
  });

  it('creates an API key and prints its secret once; refuses an unknown role', async () => {
    const [workspace] = await handle.query<{ id: string }>(`SELECT id FROM workspaces WHERE name = 'Acme'`);
    const created = await chorus(['api-key', 'create', '--workspace', workspace?.id ?? '', '--name', 'ci', '--role', 'editor']);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/secret, shown only this once: chrs_\S+\n$/);

    const owner = await chorus(['api-key', 'create', '--workspace', workspace?.id ?? '', '--name', 'ci', '--role', 'owner']);
    expect(owner.code).toBe(1);
    expect(owner.stderr).toMatch(/^error: option '--role <role>' argument 'owner' is invalid[^\n]*\n$/);
    const unknownWorkspace = await chorus(['api-key', 'create', '--workspace', '00000000-0000-4000-8000-000000000000', '--name', 'ci', '--role', 'admin']);
    oneErrorLine(unknownWorkspace);
    expect(unknownWorkspace.stderr).toContain('Workspace not found');
  });

  it('backs up and restores, asking first on a terminal and refusing without --yes otherwise', async () => {
    const file = path.join(dir, 'cli.backup.gz');
    const backup = await chorus(['backup', file], { stderrIsTTY: true });
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^backed up \d+ rows from \d+ tables to .*cli\.backup\.gz \(.+\) in \d+\.\d s\n$/);
    expect(backup.stderr).toContain('backup  [########################] 100%');
    oneErrorLine(await chorus(['backup', file]));

    await handle.query(`DELETE FROM workspaces WHERE name = 'Acme'`);
    const refused = await chorus(['restore', file]);
    oneErrorLine(refused);
    expect(refused.stderr).toContain('--yes');

    const declined = await chorus(['restore', file], { stdinIsTTY: true, answers: ['no'] });
    expect(declined.code).toBe(1);
    expect(declined.stderr).toMatch(/Type "yes" to go on: error: restore cancelled; nothing was changed\n$/);
    expect(await handle.query(`SELECT 1 FROM workspaces WHERE name = 'Acme'`)).toEqual([]);

    const accepted = await chorus(['restore', file], { stdinIsTTY: true, answers: ['yes'] });
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/^restored \d+ rows in \d+ tables from .*cli\.backup\.gz/);
    expect(await handle.query(`SELECT 1 FROM workspaces WHERE name = 'Acme'`)).toHaveLength(1);

    const scripted = await chorus(['restore', file, '--yes']);
    expect(scripted.code).toBe(0);
  });

  it('refuses to restore a file that is not a backup, in one line', async () => {
    const file = path.join(dir, 'notes.txt');
    await fs.writeFile(file, 'hello\n');
    const result = await chorus(['restore', file, '--yes']);
    oneErrorLine(result);
    expect(result.stderr).toContain('not a Chorus backup');
    oneErrorLine(await chorus(['restore', path.join(dir, 'missing.gz'), '--yes']));
  });

  // Creating PGlite on disk takes seconds (10+ on a busy machine), hence the longer limit.
  it('migrates an embedded database on disk in <data-dir>/db', { timeout: 90_000 }, async () => {
    const dataDir = path.join(dir, 'disk');
    const first = await chorus(['migrate', '--data-dir', dataDir], { realDatabase: true });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^applied 0001_foundation\.sql\n/);
    expect(first.stdout).toContain(`the embedded database in ${path.join(dataDir, 'db')} is up to date`);
    const second = await chorus(['migrate'], { realDatabase: true, env: { CHORUS_DATA_DIR: dataDir } });
    expect(second.stdout).toMatch(/is up to date; no migration to apply\n$/);
  });

  it('keys rotate seals every stored secret with a new key and drops the old key from the key file', async () => {
    const dataDir = path.join(dir, 'data');
    const before = await loadKeyring({ dataDir, secretKey: undefined, previousSecretKeys: [] });
    const oldBox = secretBoxOf(before);
    const workspaceId = randomUUID();
    await handle.db.insert(workspaces).values({ id: workspaceId, name: 'Key rotation' });
    const accountId = randomUUID();
    await insertConnectedAccount(handle.db, {
      id: accountId,
      workspaceId,
      network: 'sandbox',
      externalId: 'rotation',
      handle: 'rotation',
      credentialsSealed: sealRecord(oldBox, { token: 'secret-token-1' }),
    });

    const result = await chorus(['keys', 'rotate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^sealed 1 secret with key [0-9a-f]{16}; .*secret\.key now holds only the new key\n$/);

    const after = await loadKeyring({ dataDir, secretKey: undefined, previousSecretKeys: [] });
    expect(after.previous).toEqual([]);
    expect(keyIdOf(after.current)).not.toBe(keyIdOf(before.current));
    const sealed = (await findConnectedAccountById(handle.db, accountId))?.credentialsSealed ?? '';
    expect(openRecord(secretBoxOf(after), sealed)).toEqual({ token: 'secret-token-1' });
    expect(() => oldBox.open(sealed)).toThrow(/does not have/);
  });
});
