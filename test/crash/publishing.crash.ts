/**
 * The crash test of the publishing pipeline (issue 4, "Proof"): 1,000 posts scheduled on sandbox
 * accounts that do NOT honour idempotency keys (a second send would be a second post), published by
 * worker processes that are killed with SIGKILL at random moments, at least ten times, while
 * PostgreSQL is restarted once in the middle. Every post must end published exactly once on the
 * sandbox, and the database must agree with it.
 *
 * The sandbox answers 200 ms after it has stored a post (half its 400 ms latency), so kills fall
 * between "the network accepted the post" and "the database recorded it". Random kills land there
 * most of the time but not always, so one round waits until a post is on the sandbox while its
 * target is still unrecorded and then kills every worker at once. The test checks that such posts
 * existed and were recovered by reconciliation, not sent again.
 *
 * Run with `npm run test:crash` (PostgreSQL only: several processes share one database, and the
 * test restarts the local PostgreSQL cluster, so it runs alone, after the other suites).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectorStore } from '../../src/app/connectors/networks.js';
import { listPosts as listSandboxPosts } from '../../src/connectors/sandbox/records.js';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { freePort } from '../bench/support/chorus-process.js';
import { createTestDatabase } from '../support/database.js';
import { withDatabase } from '../support/global-setup.js';

const POSTS = 1_000;
const ACCOUNTS = 25;
const WORKERS = 3;
const MIN_KILLS = 10;
const LATENCY_MS = 400;
/** A killed worker's attempts are taken over after this (CHORUS_PUBLISH_CLAIM_SECONDS' minimum). */
const CLAIM_SECONDS = 10;
/** The posts fall due over this span, so that kills and the restart land while publishing goes on. */
const SPREAD_MS = 20_000;
const REPO = path.resolve(import.meta.dirname, '../..');

interface Chorus {
  name: string;
  child: ChildProcess;
  output: string[];
  url: string;
}

const children = new Set<ChildProcess>();
let database: DatabaseHandle;
let databaseUrl: string;
let dataDir: string;
const secretKey = randomBytes(32).toString('base64');

function startChorus(name: string, roles: string, port: number): Chorus {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    CHORUS_ROLES: roles,
    CHORUS_PORT: String(port),
    CHORUS_DATA_DIR: dataDir,
    CHORUS_SECRET_KEY: secretKey,
    CHORUS_PUBLISH_CLAIM_SECONDS: String(CLAIM_SECONDS),
    CHORUS_LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, ['bin/chorus.js', 'start'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  children.add(child);
  child.once('exit', () => children.delete(child));
  return { name, child, output, url: `http://127.0.0.1:${port}` };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The owner's session on the api process, as a browser would hold it. */
class Session {
  constructor(
    private readonly base: string,
    private cookie = '',
    private csrf = '',
  ) {}

  async call<T>(method: string, pathname: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${pathname}`, {
      method,
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie, 'x-csrf-token': this.csrf } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${text}`);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const json = JSON.parse(text) as T & { csrfToken?: string };
    if (typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    return json;
  }
}

/**
 * How many posts the sandbox stored in the last 100 ms (it answers 200 ms after storing) whose
 * target is still being attempted; undefined when there are none yet, so `until` keeps looking.
 */
async function acceptedUnrecorded(postIdOfText: ReadonlyMap<string, string>): Promise<number | undefined> {
  const stored = await database.query<{ text: string }>(
    `SELECT value->>'text' AS text FROM connector_state
     WHERE connector = 'sandbox' AND key LIKE 'post/%' AND (value->>'publishedAt')::bigint > $1`,
    [Date.now() - 100],
  );
  const postIds = stored.map((row) => postIdOfText.get(row.text)).filter((id): id is string => id !== undefined);
  if (postIds.length === 0) return undefined;
  const [row] = await database.query<{ count: number }>(`SELECT count(*)::int AS count FROM post_targets WHERE status = 'publishing' AND post_id = ANY($1::uuid[])`, [postIds]);
  return row && row.count > 0 ? row.count : undefined;
}

function restartPostgres(): void {
  const [version] = fs.readdirSync('/etc/postgresql');
  if (!version) throw new Error('no PostgreSQL cluster under /etc/postgresql');
  const command = ['pg_ctlcluster', '--skip-systemctl-redirect', version, 'main', 'restart'];
  const [program, ...args] = process.getuid?.() === 0 ? command : ['sudo', ...command];
  execFileSync(program ?? 'sudo', args, { stdio: 'inherit' });
}

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('The crash test needs PostgreSQL: set TEST_DATABASE_URL');
  database = await createTestDatabase();
  const name = (await database.query<{ name: string }>('SELECT current_database() AS name'))[0]?.name ?? '';
  databaseUrl = withDatabase(url, name);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-crash-'));
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('publishing survives crashes', () => {
  test(`${POSTS} posts, workers killed at random ${MIN_KILLS}+ times and PostgreSQL restarted: each published exactly once`, async () => {
    // The api and scheduler process (dispatcher and cron); it is not killed.
    const api = startChorus('api', 'api,scheduler', await freePort());
    const token = await until('the setup link', async () => /\/setup\?token=(\S+)/.exec(api.output.join(''))?.[1], 60_000);
    const session = new Session(api.url);
    const setup = await session.call<{ memberships: Array<{ workspace: { id: string } }> }>('POST', '/api/setup', {
      token,
      email: 'owner@example.com',
      name: 'Owner',
      password: 'a long password',
      workspaceName: 'Crash',
    });
    const workspace = `/api/workspaces/${setup.memberships[0]?.workspace.id ?? ''}`;
    const accounts: string[] = [];
    for (let index = 0; index < ACCOUNTS; index += 1) {
      const fields = { handle: `crash${index}.sandbox`, latencyMs: String(LATENCY_MS), organic: 'off', idempotencyKeys: 'off' };
      accounts.push((await session.call<{ id: string }>('POST', `${workspace}/connections`, { network: 'sandbox', fields })).id);
    }

    // Drafts first; then each is scheduled to fall due from `start` over SPREAD_MS, and the kills
    // begin at `start` while the rest are still being scheduled.
    const workers: Chorus[] = Array.from({ length: WORKERS }, (_, index) => startChorus(`worker${index}`, 'worker', 0));
    const texts = new Map<string, string>();
    const drafts: Array<{ id: string; version: number }> = [];
    for (let index = 0; index < POSTS; index += 1) {
      const text = `Crash test post #${index}`;
      const content = { parts: [{ text, mediaIds: [] }], poll: null, firstComment: null, contentWarning: null };
      const draft = await session.call<{ id: string; version: number }>('POST', `${workspace}/posts`, { content, targets: [{ accountId: accounts[index % ACCOUNTS] }] });
      drafts.push(draft);
      texts.set(draft.id, text);
    }
    const start = Date.now() + 3_000;
    const scheduling = (async () => {
      for (const [index, draft] of drafts.entries()) {
        // On a busy machine scheduling may fall behind the spread: never ask for a time already past.
        const scheduledAt = new Date(Math.max(start + Math.floor((index / POSTS) * SPREAD_MS), Date.now() + 1_000)).toISOString();
        await session.call('POST', `${workspace}/posts/${draft.id}/actions`, { action: 'schedule', expectedVersion: draft.version, scheduledAt });
      }
    })();

    // Kill a random worker every 0.6–1.6 s and start a new one at once; once, kill them all while
    // a post is accepted but unrecorded; restart PostgreSQL halfway.
    await sleep(start - Date.now());
    const postIdOfText = new Map([...texts].map(([postId, text]) => [text, postId]));
    const killAndReplace = (index: number) => {
      workers[index]?.child.kill('SIGKILL');
      workers[index] = startChorus(`worker${index}`, 'worker', 0);
    };
    let kills = 0;
    let restarted = false;
    let killedInWindow = false;
    while (kills < MIN_KILLS) {
      await sleep(600 + Math.random() * 1_000);
      if (!killedInWindow && kills >= 2) {
        killedInWindow = (await until('a post accepted by the sandbox but not yet recorded', () => acceptedUnrecorded(postIdOfText), 30_000)) > 0;
        for (const index of workers.keys()) killAndReplace(index);
        kills += workers.length;
      } else {
        killAndReplace(Math.floor(Math.random() * workers.length));
        kills += 1;
      }
      if (kills >= MIN_KILLS / 2 && !restarted) {
        restartPostgres();
        restarted = true;
      }
    }
    await scheduling;
    expect(restarted).toBe(true);

    // Every target reaches a final state (a killed attempt is taken over after its claim runs out).
    const finalStates = await until(
      'every post to be final',
      async () => {
        const rows = await database.query<{ status: string; count: string }>('SELECT status, count(*)::text AS count FROM post_targets GROUP BY status');
        const moving = rows.filter((row) => ['pending', 'waiting', 'publishing', 'reconciling'].includes(row.status));
        return moving.length === 0 ? rows : undefined;
      },
      240_000,
    );
    expect(finalStates).toEqual([{ status: 'published', count: String(POSTS) }]);
    expect(api.child.exitCode, `the api process died: ${api.output.join('').slice(-2_000)}`).toBeNull();

    // The sandbox has each post exactly once, and the database names that very post.
    const store = connectorStore(database.db, 'sandbox');
    const onNetwork = new Map<string, Array<{ id: string; publishedAt: number }>>();
    for (let index = 0; index < ACCOUNTS; index += 1) {
      for (const post of await listSandboxPosts(store, `crash${index}.sandbox`)) {
        if (post.kind !== 'post') continue;
        onNetwork.set(post.text, [...(onNetwork.get(post.text) ?? []), { id: post.id, publishedAt: post.publishedAt }]);
      }
    }
    const targets = await database.query<{ post_id: string; external_id: string | null; attempt_started_at: Date }>(
      'SELECT post_id, external_id, attempt_started_at FROM post_targets',
    );
    const duplicates = [...onNetwork.entries()].filter(([, copies]) => copies.length > 1).map(([text]) => text);
    expect(duplicates).toEqual([]);
    expect(onNetwork.size).toBe(POSTS);
    let recoveredAfterAcceptance = 0;
    for (const target of targets) {
      const copies = onNetwork.get(texts.get(target.post_id) ?? '') ?? [];
      expect(copies.map((copy) => copy.id)).toEqual([target.external_id]);
      // The network had the post before the attempt that recorded it began: an earlier attempt was
      // killed after the network accepted it, and reconciliation found it instead of sending again.
      if ((copies[0]?.publishedAt ?? Infinity) < new Date(target.attempt_started_at).getTime()) recoveredAfterAcceptance += 1;
    }
    expect(recoveredAfterAcceptance, 'no kill fell between the network accepting a post and the database recording it').toBeGreaterThan(0);
    process.stdout.write(`crash test: ${kills} kills, PostgreSQL restarted once, ${recoveredAfterAcceptance} posts recovered by reconciliation after a kill\n`);
  });
});
