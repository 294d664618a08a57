/**
 * Requests per second and tail latency of an authenticated list endpoint under 50 concurrent
 * connections, on PGlite and on PostgreSQL. Chorus and autocannon run as two processes that share
 * the machine's cores, so the figures are a floor for a server with the machine to itself.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ChorusProcess } from './support/chorus-process.js';
import { runLoad } from './support/load.js';
import { prepareWorkspace } from './support/owner.js';
import { createFreshDatabase } from './support/postgres.js';
import { row, skippedRow, type Benchmark, type BenchResult, type Target } from './types.js';

const LOAD = { connections: 50, durationSeconds: 10, warmupSeconds: 2 };
const EXTRA_MEMBERS = 20;
const POSTGRES_TARGETS: { rate: Target; p99: Target } = { rate: { atLeast: 3_000 }, p99: { atMost: 50 } };

interface Setup {
  /** Short name for the rows: PGlite or PostgreSQL. */
  database: string;
  /** What runs, with version, for the conditions column. */
  server: string;
  databaseUrl?: string;
  targets?: typeof POSTGRES_TARGETS;
}

async function measure({ database, server, databaseUrl, targets }: Setup): Promise<BenchResult[]> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-bench-load-'));
  const chorus = await ChorusProcess.spawn({ dataDir, databaseUrl });
  try {
    await chorus.waitUntilReady();
    const workspace = await prepareWorkspace(chorus.baseUrl, await chorus.setupToken(), EXTRA_MEMBERS);
    const result = await runLoad({
      ...LOAD,
      url: `${chorus.baseUrl}/api/workspaces/${workspace.workspaceId}/members`,
      headers: { authorization: `Bearer ${workspace.apiKeySecret}` },
    });
    const conditions =
      `${server}, all roles; GET members (${workspace.memberCount}) with API key; ` +
      `${LOAD.connections} conns, ${LOAD.durationSeconds} s after ${LOAD.warmupSeconds} s warm-up; ` +
      `autocannon in a 2nd process on the same ${os.cpus().length} cores`;
    const name = `api-load: ${database}`;
    return [
      row(`${name} requests/s`, result.requests.average, 'req/s', conditions, targets?.rate),
      row(`${name} p99 latency`, result.latency.p99, 'ms', `p50 ${result.latency.p50} ms; ${result.requests.total} requests`, targets?.p99),
      row(`${name} non-2xx + errors`, result.non2xx + result.errors + result.timeouts, 'count', `non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`, { atMost: 0 }),
    ];
  } finally {
    await chorus.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

export const apiLoad: Benchmark = {
  name: 'api-load',
  async run() {
    const results = await measure({ database: 'PGlite', server: 'PGlite' });
    const fresh = await createFreshDatabase();
    if (!fresh.ok) return [...results, skippedRow('api-load: PostgreSQL', 'req/s', fresh.reason)];
    try {
      return [...results, ...(await measure({ database: 'PostgreSQL', server: fresh.database.server, databaseUrl: fresh.database.url, targets: POSTGRES_TARGETS }))];
    } finally {
      await fresh.database.drop();
    }
  },
};
