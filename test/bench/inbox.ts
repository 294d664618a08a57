/**
 * The inbox (issue 6): ingestion throughput of 100 sandbox accounts (about 100,000 items) with
 * analysis and storage, and the list query's p95 with 1,000,000 stored items, on PGlite and on
 * PostgreSQL. Each figure is the median of three runs, each on a fresh database.
 */
import os from 'node:os';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.js';
import { migrate } from '../../src/db/migrate.js';
import { ACCOUNTS, measureIngest, type IngestSample } from './inbox-ingest.js';
import { CONVERSATIONS, fillInbox, ITEMS_PER_CONVERSATION, LIST_CASES, percentile, timeListCase } from './inbox-list.js';
import { createFreshDatabase } from './support/postgres.js';
import { median, row, skippedRow, type Benchmark, type BenchResult, type Target } from './types.js';

const RUNS = 3;
const LIST_QUERIES_PER_RUN = 200;
/** Concurrent polls on PostgreSQL, as several workers would run them; PGlite has one connection. */
const POSTGRES_CONCURRENCY = 8;
const TARGETS: { ingest: Target; listP95: Target } = { ingest: { atLeast: 5_000 }, listP95: { atMost: 50 } };

interface Engine {
  name: 'PGlite' | 'PostgreSQL';
  server: string;
  concurrency: number;
  open: () => Promise<{ handle: DatabaseHandle; dispose: () => Promise<void> }>;
  targets?: typeof TARGETS;
}

async function withDatabase<T>(engine: Engine, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const { handle, dispose } = await engine.open();
  try {
    await migrate(handle);
    return await work(handle);
  } finally {
    await dispose();
  }
}

async function ingestRows(engine: Engine): Promise<BenchResult[]> {
  const samples: IngestSample[] = [];
  for (let run = 0; run < RUNS; run += 1) samples.push(await withDatabase(engine, (handle) => measureIngest(handle, engine.concurrency)));
  const rates = samples.map((sample) => sample.items / sample.seconds);
  const sample = samples[0];
  const conditions =
    `${engine.server}; ${sample?.items ?? 0} items from ${ACCOUNTS} sandbox accounts (${sample?.pages ?? 0} pages of ≤ 50, ` +
    `${sample?.distinctTexts ?? 0} distinct texts), fetch in-process via the gateway + analysis + storage; ` +
    `${engine.concurrency} poll(s) at a time; median of ${RUNS} runs (${rates.map((rate) => Math.round(rate)).join(', ')}); ${os.cpus().length} cores`;
  return [row(`inbox: ingest ${engine.name}`, median(rates), 'items/s', conditions, engine.targets?.ingest)];
}

async function listRows(engine: Engine): Promise<BenchResult[]> {
  return withDatabase(engine, async (handle) => {
    const fillStarted = performance.now();
    const fixture = await fillInbox(handle);
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    const results: BenchResult[] = [];
    for (const listCase of LIST_CASES) {
      const p95s: number[] = [];
      const p50s: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const times = await timeListCase(handle, fixture, listCase, LIST_QUERIES_PER_RUN);
        p95s.push(percentile(times, 0.95));
        p50s.push(percentile(times, 0.5));
      }
      const conditions =
        `${engine.server}; ${CONVERSATIONS * ITEMS_PER_CONVERSATION} items in ${CONVERSATIONS} conversations, one workspace; ` +
        `first page of 50 with previews; median p95 of ${RUNS}×${LIST_QUERIES_PER_RUN} queries (p50 ${median(p50s).toFixed(1)} ms); filled in ${Math.round(fillSeconds)} s`;
      results.push(row(`inbox: list ${engine.name} ${listCase.name} p95`, median(p95s), 'ms', conditions, engine.targets?.listP95));
    }
    return results;
  });
}

const pglite: Engine = {
  name: 'PGlite',
  server: 'PGlite (in memory)',
  concurrency: 1,
  open: async () => {
    const handle = await openDatabase({});
    return { handle, dispose: () => handle.close() };
  },
};

export const inbox: Benchmark = {
  name: 'inbox',
  async run() {
    const results: BenchResult[] = [];
    const postgres = await createFreshDatabase();
    const onPostgres: Engine | undefined = postgres.ok
      ? {
          name: 'PostgreSQL',
          server: postgres.database.server,
          concurrency: POSTGRES_CONCURRENCY,
          targets: TARGETS,
          // One fresh database per run: the first is the one created above, later ones are new.
          open: async () => {
            const fresh = await createFreshDatabase();
            if (!fresh.ok) throw new Error(fresh.reason);
            const handle = await openDatabase({ url: fresh.database.url, poolSize: POSTGRES_CONCURRENCY + 2 });
            return { handle, dispose: async () => (await handle.close(), await fresh.database.drop()) };
          },
        }
      : undefined;
    if (postgres.ok) await postgres.database.drop();
    if (onPostgres) results.push(...(await ingestRows(onPostgres)), ...(await listRows(onPostgres)));
    else results.push(skippedRow('inbox: PostgreSQL', 'items/s', postgres.ok ? '' : postgres.reason));
    results.push(...(await ingestRows(pglite)));
    if (process.env.INBOX_BENCH_PGLITE_LIST !== '0') results.push(...(await listRows(pglite)));
    return results;
  },
};
