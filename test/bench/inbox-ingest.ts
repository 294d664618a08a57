/**
 * Inbox ingestion throughput: 100 sandbox accounts with their simulated audience on, 82 posts
 * each, the clock moved two days on so every organic comment, mention and message has arrived,
 * then every account polled to the end through the real use case: gateway (ledger, health),
 * the sandbox's fetch (in-process, its state in the same database), threading, language and
 * sentiment analysis, priority, and storage. Items per second over the whole drain.
 */
import pino from 'pino';
import { setUpOwnerInProcess } from './support/owner.js';
import { connectWithCredentials } from '../../src/app/connectors/accounts.js';
import { sessionOf } from '../../src/app/connectors/session.js';
import { createAppContext, type AppContext } from '../../src/app/context.js';
import { pollAccount } from '../../src/app/inbox/ingest.js';
import { testSecretBox } from '../../src/app/secrets/testing.js';
import type { PostPart } from '../../src/connectors/contract.js';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { findConnectedAccountById } from '../../src/db/repositories/connected-accounts.js';
import { temporaryMediaStorage } from '../../src/app/media/temporary-storage.js';

export const ACCOUNTS = 100;
const POSTS_PER_ACCOUNT = 82;
/** The sandbox's longest thread; posting in threads keeps the setup (not measured) short. */
const THREAD_PARTS = 10;
const FOLLOWERS = '200000';
const DAY_MS = 86_400_000;

export interface IngestSample {
  items: number;
  seconds: number;
  pages: number;
  distinctTexts: number;
}

async function prepare(handle: DatabaseHandle): Promise<{ ctx: AppContext; accountIds: string[]; advance: (ms: number) => void }> {
  let now = new Date('2026-01-05T08:00:00Z').getTime();
  const clock = { now: () => new Date(now) };
  const ctx = createAppContext({ db: handle.db, clock, logger: pino({ level: 'silent' }), secrets: testSecretBox(), media: temporaryMediaStorage().storage });
  const { actor, workspaceId } = await setUpOwnerInProcess(ctx, handle);
  const connector = await ctx.networks.connector('sandbox');
  const publish = connector.publish;
  if (!publish) throw new Error('the sandbox cannot publish');
  const accountIds: string[] = [];
  for (let index = 0; index < ACCOUNTS; index += 1) {
    const view = await connectWithCredentials(ctx, actor, workspaceId, 'sandbox', { handle: `bench_${index}`, followers: FOLLOWERS, organic: 'on' });
    const account = await findConnectedAccountById(ctx.db, view.id);
    if (!account) throw new Error('the account vanished');
    // Straight to the connector: publishing is setup here, not what is measured.
    const call = { session: sessionOf(ctx, account), observeRateLimit: () => undefined };
    for (let first = 0; first < POSTS_PER_ACCOUNT; first += THREAD_PARTS) {
      const count = Math.min(THREAD_PARTS, POSTS_PER_ACCOUNT - first);
      const parts = Array.from({ length: count }, (_, part): PostPart => ({ text: `Fresh bread, batch ${first + part}`, media: [] }));
      await publish(call, { idempotencyKey: `bench-${index}-${first}`, parts: parts as [PostPart, ...PostPart[]] });
    }
    accountIds.push(view.id);
  }
  return {
    ctx,
    accountIds,
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Sets up, moves the clock two days on, and measures polling every account until it has nothing new. */
export async function measureIngest(handle: DatabaseHandle, concurrency: number): Promise<IngestSample> {
  const { ctx, accountIds, advance } = await prepare(handle);
  advance(2 * DAY_MS);
  const queue = [...accountIds];
  let items = 0;
  let pages = 0;
  const started = performance.now();
  const worker = async () => {
    for (let accountId = queue.shift(); accountId; accountId = queue.shift()) {
      const result = await pollAccount(ctx, accountId, { force: true, maxPages: 1_000 });
      if (result.status !== 'polled') throw new Error(`polling failed: ${result.failure?.message ?? result.reason ?? result.status}`);
      items += result.stored;
      pages += result.pages;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const [stored] = await handle.query<{ items: number; texts: number }>('SELECT count(*)::int AS items, count(DISTINCT text)::int AS texts FROM inbox_items');
  if (stored?.items !== items) throw new Error(`stored ${stored?.items ?? 0} items but polling reported ${items}`);
  return { items, seconds, pages, distinctTexts: stored.texts };
}
