/**
 * How long `chorus start` takes until /readyz answers, on a fresh data folder (PGlite runs initdb)
 * and on an existing one; its memory once ready and after idling; and how long a SIGTERM stop
 * takes. A PostgreSQL run without PGlite shows how much of the memory the embedded database holds.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ChorusProcess, sleep, STOP_GRACE_MS, type StopResult } from './support/chorus-process.js';
import { createFreshDatabase } from './support/postgres.js';
import { median, row, skippedRow, type Benchmark, type BenchResult } from './types.js';

const FRESH_RUNS = 3;
const EXISTING_RUNS = 5;
const POSTGRES_RESTARTS = 3;
const IDLE_MS = 2_000;

interface StartSample {
  readyMs: number;
  readyRssMb: number;
  peakRssMb: number;
  idleRssMb: number;
  stop: StopResult;
}

/** One start-measure-stop cycle; the process is stopped even when a measurement fails. */
async function startOnce(dataDir: string, databaseUrl?: string): Promise<StartSample> {
  const chorus = await ChorusProcess.spawn({ dataDir, databaseUrl });
  try {
    const readyMs = await chorus.waitUntilReady();
    const ready = chorus.memory();
    await sleep(IDLE_MS);
    const idle = chorus.memory();
    const stop = await chorus.stop();
    return { readyMs, readyRssMb: ready?.rssMb ?? NaN, peakRssMb: ready?.peakMb ?? NaN, idleRssMb: idle?.rssMb ?? NaN, stop };
  } catch (error) {
    await chorus.stop();
    throw error;
  }
}

async function repeat(times: number, cycle: (run: number) => Promise<StartSample>): Promise<StartSample[]> {
  const samples: StartSample[] = [];
  for (let run = 0; run < times; run++) samples.push(await cycle(run));
  return samples;
}

const cores = `${os.cpus().length} cores`;
const of = <K extends keyof StartSample>(samples: StartSample[], key: K) => samples.map((s) => s[key]);

export const startup: Benchmark = {
  name: 'startup',
  async run() {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-bench-startup-'));
    try {
      const fresh = await repeat(FRESH_RUNS, (run) => startOnce(path.join(root, `fresh-${run}`)));
      const existingDir = path.join(root, 'existing');
      await startOnce(existingDir); // creates the folder; not counted
      const existing = await repeat(EXISTING_RUNS, () => startOnce(existingDir));
      const stops = [...fresh, ...existing].map((s) => s.stop);
      const pglite = `PGlite, all roles, ${cores}`;
      const spawnToReady = 'spawn → /readyz 200';
      const stopTimes = stops.map((s) => s.ms);
      return [
        row('startup: fresh data folder', median(of(fresh, 'readyMs')), 'ms', `${pglite}; ${spawnToReady}, median of ${FRESH_RUNS}`, { atMost: 8_000 }),
        row('startup: existing data folder', median(of(existing, 'readyMs')), 'ms', `${pglite}; ${spawnToReady}, median of ${EXISTING_RUNS}`, { atMost: 3_000 }),
        row('memory: peak during fresh start', median(of(fresh, 'peakRssMb')), 'MB', `${pglite}; VmHWM at ready (initdb), median of ${FRESH_RUNS}`),
        row('memory: RSS when ready', median(of(existing, 'readyRssMb')), 'MB', `${pglite}; existing folder, median of ${EXISTING_RUNS}`, { atMost: 250 }),
        row('memory: RSS after 2 s idle', median(of(existing, 'idleRssMb')), 'MB', `${pglite}; existing folder, median of ${EXISTING_RUNS}`, { atMost: 250 }),
        row('shutdown: SIGTERM → exit, median', median(stopTimes), 'ms', `${pglite}; idle process, ${stops.length} runs`),
        row('shutdown: SIGTERM → exit, slowest', Math.max(...stopTimes), 'ms', `exit codes ${[...new Set(stops.map((s) => s.code))].join(', ')}; killed ${stops.filter((s) => !s.exitedInTime).length}`, { atMost: STOP_GRACE_MS }),
        ...(await onPostgres(root)),
      ];
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  },
};

/** The same process on PostgreSQL: no PGlite in memory, migrations against a real server. */
async function onPostgres(root: string): Promise<BenchResult[]> {
  const fresh = await createFreshDatabase();
  if (!fresh.ok) {
    return [skippedRow('startup: PostgreSQL', 'ms', fresh.reason), skippedRow('memory: RSS after 2 s idle, PostgreSQL', 'MB', fresh.reason)];
  }
  try {
    const dataDir = path.join(root, 'postgres');
    await startOnce(dataDir, fresh.database.url); // migrates the empty database; not counted
    const runs = await repeat(POSTGRES_RESTARTS, () => startOnce(dataDir, fresh.database.url));
    const conditions = `${fresh.database.server}, all roles, ${cores}; migrated database, median of ${POSTGRES_RESTARTS}`;
    return [
      row('startup: PostgreSQL', median(of(runs, 'readyMs')), 'ms', conditions),
      row('memory: RSS after 2 s idle, PostgreSQL', median(of(runs, 'idleRssMb')), 'MB', `${conditions}; the gap to PGlite is the embedded database`),
    ];
  } finally {
    await fresh.database.drop();
  }
}
