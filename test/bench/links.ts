/**
 * Short-link redirects under load (issue 7, A3): thousands of tracked links made by the real link
 * code (`withTrackedLinks`) on PostgreSQL, then `GET /l/<code>` over all of them from a SECOND
 * process (autocannon, spread over every code, with one request in ten from a link-preview bot)
 * against an all-roles Chorus process. Reports redirects per second and p99 against the issue's
 * targets (≥ 5,000/s, p99 ≤ 20 ms), and checks that nothing was lost: after Chorus stops (which
 * writes the clicks still in memory), every redirect autocannon got is in the database (clicks for
 * people, bot clicks for bots) and nothing is counted that was never sent. The two bounds differ
 * only by the requests in flight when a run stopped, which the server may or may not have answered.
 *
 * Sizes for a quick look: LINKS_BENCH_LINKS (default 2,000), LINKS_BENCH_SECONDS (20),
 * LINKS_BENCH_WARMUP_SECONDS (3), LINKS_BENCH_CONNECTIONS (50, as in the api-load benchmark:
 * enough to keep both cores busy at the rates measured here).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { z } from 'zod';
import { connectWithCredentials } from '../../src/app/connectors/accounts.js';
import { systemClock } from '../../src/app/context.js';
import { withTrackedLinks } from '../../src/app/links/tracking.js';
import { loadConfig } from '../../src/config.js';
import type { PostContent } from '../../src/core/publishing/content.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.js';
import { migrate } from '../../src/db/migrate.js';
import { insertTargets } from '../../src/db/repositories/posts.js';
import { posts } from '../../src/db/schema.js';
import { contextFromConfig } from '../../src/runtime/context.js';
import { ChorusProcess } from './support/chorus-process.js';
import { lastJsonLineOf } from './support/load.js';
import { setUpOwnerInProcess } from './support/owner.js';
import { createFreshDatabase } from './support/postgres.js';
import { row, skippedRow, type Benchmark, type BenchResult, type Target } from './types.js';

const settingsSchema = z.object({
  LINKS_BENCH_LINKS: z.coerce.number().int().min(1).default(2_000),
  LINKS_BENCH_SECONDS: z.coerce.number().int().min(1).default(20),
  LINKS_BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).default(3),
  LINKS_BENCH_CONNECTIONS: z.coerce.number().int().min(1).default(50),
});

const TARGETS = { rate: { atLeast: 5_000 }, p99: { atMost: 20 }, lost: { atMost: 0 } } satisfies Record<string, Target>;
/** Every tenth request is a link-preview fetcher, so the bot filter is on the measured path. */
const BOT_EVERY = 10;
const PUBLIC_URL = 'https://go.bench.example';
/** Posts per INSERT; each post has two links, so one target makes two short links. */
const INSERT_CHUNK = 500;

/** Fills a fresh, migrated database with published posts and their short links; returns the codes. */
async function prepareLinks(handle: DatabaseHandle, dataDir: string, databaseUrl: string, count: number): Promise<string[]> {
  const config = loadConfig({ ...process.env, CHORUS_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, CHORUS_PUBLIC_URL: PUBLIC_URL });
  const ctx = await contextFromConfig(config, { db: handle.db, clock: systemClock, logger: pino({ level: 'silent' }) });
  const { user, actor, workspaceId } = await setUpOwnerInProcess(ctx, handle);
  const account = await connectWithCredentials(ctx, actor, workspaceId, 'sandbox', { handle: 'links_bench', faultRate: '0', organic: 'off' });
  const now = new Date();
  const postCount = Math.ceil(count / 2);
  const targets: Array<{ postId: string; targetId: string; content: PostContent }> = [];
  for (let first = 0; first < postCount; first += INSERT_CHUNK) {
    const chunk = Array.from({ length: Math.min(INSERT_CHUNK, postCount - first) }, (_, offset) => first + offset);
    const postRows = chunk.map((index) => {
      const content: PostContent = {
        parts: [{ text: `Bench post ${index}: https://shop.bench.example/p/${index}?ref=feed and https://blog.bench.example/${index}.`, mediaIds: [] }],
        poll: null,
        firstComment: null,
        contentWarning: null,
      };
      return { id: randomUUID(), workspaceId, authorId: user.id, status: 'published' as const, content, campaign: 'Bench Week', scheduledAt: now, version: 3, createdAt: now, updatedAt: now };
    });
    await handle.db.insert(posts).values(postRows);
    const targetRows = postRows.map((post) => ({ id: randomUUID(), postId: post.id, workspaceId, accountId: account.id, content: null, status: 'published' as const, idempotencyKey: randomUUID(), updatedAt: now }));
    await insertTargets(handle.db, targetRows);
    for (const [offset, post] of postRows.entries()) {
      const target = targetRows[offset];
      if (target) targets.push({ postId: post.id, targetId: target.id, content: post.content });
    }
  }
  const codes: string[] = [];
  for (const target of targets) {
    const tracked = await withTrackedLinks(ctx, { workspaceId, postId: target.postId, targetId: target.targetId, accountId: account.id, network: 'sandbox', campaign: 'Bench Week', content: target.content, fits: () => true });
    for (const match of tracked.parts[0].text.matchAll(/\/l\/([0-9A-Za-z]+)/g)) if (match[1]) codes.push(match[1]);
  }
  return codes.slice(0, count);
}

const loadResultSchema = z.object({
  requestsPerSecond: z.number(),
  p50: z.number(),
  p99: z.number(),
  total: z.number(),
  errors: z.number(),
  timeouts: z.number(),
  /** Redirects (302) answered, over the warm-up and the measured run together. */
  peopleRedirected: z.number(),
  botsRedirected: z.number(),
  /** Requests sent; more than answered by those in flight when a run ended, which Chorus may have counted. */
  peopleSent: z.number(),
  botsSent: z.number(),
  other: z.number(),
});
type LoadResult = z.infer<typeof loadResultSchema>;

/**
 * The load generator, run as its own Node process: autocannon's API (its CLI takes one URL) with
 * each request taking the next code, and a count, per connection, of which answers were to bots.
 */
const DRIVER = `
import autocannon from 'autocannon';
import fs from 'node:fs';
const options = JSON.parse(process.env.LINKS_LOAD);
const codes = JSON.parse(fs.readFileSync(options.codesFile, 'utf8'));
const people = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const bot = 'Twitterbot/1.0';
let next = 0;
const counts = { peopleRedirected: 0, botsRedirected: 0, peopleSent: 0, botsSent: 0, other: 0 };
const requests = [{
  setupRequest(request, context) {
    const n = next++;
    context.bot = n % options.botEvery === options.botEvery - 1;
    if (context.bot) counts.botsSent += 1; else counts.peopleSent += 1;
    return { ...request, path: '/l/' + codes[n % codes.length], headers: { ...request.headers, 'user-agent': context.bot ? bot : people } };
  },
  onResponse(status, _body, context) {
    if (status !== 302) counts.other += 1;
    else if (context.bot) counts.botsRedirected += 1;
    else counts.peopleRedirected += 1;
  },
}];
const run = (duration) => autocannon({ url: options.url, connections: options.connections, duration, requests });
if (options.warmupSeconds > 0) await run(options.warmupSeconds);
const result = await run(options.seconds);
process.stdout.write(JSON.stringify({
  requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total,
  errors: result.errors, timeouts: result.timeouts, ...counts,
}) + '\\n');
`;

function runDriver(options: { url: string; codesFile: string; connections: number; seconds: number; warmupSeconds: number }): Promise<LoadResult> {
  return lastJsonLineOf('the load generator', ['--input-type=module', '-e', DRIVER], { LINKS_LOAD: JSON.stringify({ ...options, botEvery: BOT_EVERY }) }, loadResultSchema);
}

export const links: Benchmark = {
  name: 'links',
  async run(): Promise<BenchResult[]> {
    const settings = settingsSchema.parse(process.env);
    const fresh = await createFreshDatabase();
    if (!fresh.ok) return [skippedRow('links: PostgreSQL redirects/s', 'req/s', fresh.reason)];
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-bench-links-'));
    let chorus: ChorusProcess | undefined;
    try {
      const handle = await openDatabase({ url: fresh.database.url, poolSize: 4 });
      let codes: string[];
      try {
        await migrate(handle);
        codes = await prepareLinks(handle, dataDir, fresh.database.url, settings.LINKS_BENCH_LINKS);
      } finally {
        await handle.close();
      }
      const codesFile = path.join(dataDir, 'codes.json');
      await fs.writeFile(codesFile, JSON.stringify(codes));

      chorus = await ChorusProcess.spawn({ dataDir, databaseUrl: fresh.database.url });
      await chorus.waitUntilReady();
      const load = await runDriver({
        url: chorus.baseUrl,
        codesFile,
        connections: settings.LINKS_BENCH_CONNECTIONS,
        seconds: settings.LINKS_BENCH_SECONDS,
        warmupSeconds: settings.LINKS_BENCH_WARMUP_SECONDS,
      });
      // Stopping closes the server, which writes the clicks still in memory.
      const stopped = await chorus.stop();
      chorus = undefined;

      const check = await openDatabase({ url: fresh.database.url, poolSize: 1 });
      let stored: { clicks: number; botClicks: number };
      try {
        const [sums] = await check.query<{ clicks: string | null; bot_clicks: string | null }>('SELECT sum(clicks) AS clicks, sum(bot_clicks) AS bot_clicks FROM link_clicks_daily');
        stored = { clicks: Number(sums?.clicks ?? 0), botClicks: Number(sums?.bot_clicks ?? 0) };
      } finally {
        await check.close();
      }
      // A click answered but not stored is lost; one stored but never sent is made up. Requests in
      // flight when a run ends (at most one per connection per run) may be either counted or not.
      const lost = Math.max(0, load.peopleRedirected - stored.clicks) + Math.max(0, load.botsRedirected - stored.botClicks);
      const madeUp = Math.max(0, stored.clicks - load.peopleSent) + Math.max(0, stored.botClicks - load.botsSent);
      const conditions =
        `${fresh.database.server}, all roles; ${codes.length} short links, GET /l/<code> round-robin, 1 in ${BOT_EVERY} from a bot UA; ` +
        `${settings.LINKS_BENCH_CONNECTIONS} conns, ${settings.LINKS_BENCH_SECONDS} s after ${settings.LINKS_BENCH_WARMUP_SECONDS} s warm-up; ` +
        `autocannon in a 2nd process on the same ${os.cpus().length} cores`;
      return [
        row('links: PostgreSQL redirects/s', load.requestsPerSecond, 'req/s', conditions, TARGETS.rate),
        row('links: PostgreSQL redirect p99', load.p99, 'ms', `p50 ${load.p50} ms; ${load.total} requests; non-302 ${load.other}, errors ${load.errors}, timeouts ${load.timeouts}`, TARGETS.p99),
        row(
          'links: clicks lost',
          lost,
          'count',
          `people: ${load.peopleRedirected} redirected, ${stored.clicks} clicks stored, ${load.peopleSent} sent; bots: ${load.botsRedirected} redirected, ${stored.botClicks} stored, ${load.botsSent} sent; stop ${Math.round(stopped.ms)} ms${stopped.exitedInTime ? '' : ' (killed)'}`,
          TARGETS.lost,
        ),
        row('links: clicks counted but never sent', madeUp, 'count', 'stored clicks above the requests autocannon sent', TARGETS.lost),
      ];
    } finally {
      await chorus?.stop();
      await fresh.database.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  },
};
