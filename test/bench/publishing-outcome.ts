/**
 * What a publishing run did, read from the database after Chorus has stopped: the sandbox's own
 * records (when each post was published, and how many copies of each exist), the targets' final
 * states, and pg-boss's job rows, which show where the time between the due instant and the
 * network call went (the dispatcher sending jobs, jobs waiting for a worker, the attempt itself).
 */
import { connectorStore } from '../../src/app/connectors/networks.js';
import { listAllPosts } from '../../src/connectors/sandbox/records.js';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { percentile } from './inbox-list.js';

export interface RunOutcome {
  targets: number;
  published: number;
  /** Sandbox posts beyond the first for a target. */
  duplicates: number;
  /**
   * Per target: its first copy's publish time on the sandbox − the due instant. A target still
   * not on the sandbox when Chorus was stopped counts as late as the stop (so percentiles are
   * then lower bounds); one that ended failed is left out.
   */
  latenessMs: number[];
  /** Targets counted at the stop time because they had not gone out. */
  censored: number;
  /** From the due instant until the last target was final; until the stop when some were not. */
  drainMs: number;
  diagnostics: Diagnostics;
}

/** Where the time went, for the report; medians over targets unless said otherwise. */
export interface Diagnostics {
  /** publish jobs created ÷ targets: above 1 means the dispatcher sent some target again. */
  jobsPerTarget: number;
  /** The due instant → the target's first job created (the dispatcher's share), median and slowest. */
  dispatchMs: { p50: number; max: number };
  /** A job created → a worker started it. */
  queueWaitMs: number;
  /** The claim → the outcome recorded: one attempt, 50 ms of it the simulated network. */
  attemptMs: number;
  /** Sum of attempt times ÷ drain time: how many attempts ran at once on average. */
  meanInFlight: number;
  /** Whole seconds of the drain in which the sandbox received nothing. */
  idleSeconds: number;
  /**
   * Scans of the due-targets index, from PostgreSQL's statistics: the dispatcher's queries for due
   * targets and the next due time (the claim goes by primary key). NaN on PGlite.
   */
  dueIndexScans: number;
}

const time = (value: unknown): number => new Date(value as string | Date).getTime();

/**
 * Reads the run whose posts were all due at `dueAt`; the single posts (other times) are left out.
 * `stoppedAt` is when Chorus was stopped with posts still moving, or null when they had drained.
 */
export async function readOutcome(handle: DatabaseHandle, dueAt: Date, stoppedAt: Date | null): Promise<RunOutcome> {
  const targets = await handle.query<{ id: string; status: string; text: string; attempt_started_at: unknown; updated_at: unknown }>(
    `SELECT t.id, t.status, p.content #>> '{parts,0,text}' AS text, t.attempt_started_at, t.updated_at
     FROM post_targets t JOIN posts p ON p.id = t.post_id WHERE p.scheduled_at = $1`,
    [dueAt.toISOString()],
  );
  const copies = new Map<string, number[]>();
  for (const post of await listAllPosts(connectorStore(handle.db, 'sandbox'))) {
    if (post.kind === 'post') copies.set(post.text, [...(copies.get(post.text) ?? []), post.publishedAt]);
  }
  const due = dueAt.getTime();
  const publishedMs: number[] = [];
  let duplicates = 0;
  let censored = 0;
  for (const target of targets) {
    const times = copies.get(target.text) ?? [];
    if (times.length > 0) publishedMs.push(Math.min(...times) - due);
    else if (MOVING.includes(target.status)) censored += 1;
    duplicates += Math.max(0, times.length - 1);
  }
  const finals = targets.filter((target) => !MOVING.includes(target.status));
  const lastFinal = Math.max(...finals.map((target) => time(target.updated_at)));
  const drainMs = (censored > 0 || finals.length < targets.length) && stoppedAt ? stoppedAt.getTime() - due : lastFinal - due;
  return {
    targets: targets.length,
    published: targets.filter((target) => target.status === 'published').length,
    duplicates,
    latenessMs: [...publishedMs, ...Array.from({ length: censored }, () => drainMs)],
    censored,
    drainMs,
    diagnostics: await diagnose(handle, targets, due, drainMs, publishedMs),
  };
}

const MOVING: readonly string[] = ['pending', 'waiting', 'publishing', 'reconciling'];

async function diagnose(
  handle: DatabaseHandle,
  targets: ReadonlyArray<{ id: string; status: string; attempt_started_at: unknown; updated_at: unknown }>,
  due: number,
  drainMs: number,
  publishedMs: readonly number[],
): Promise<Diagnostics> {
  const jobs = await handle.query<{ target_id: string; created_on: unknown; started_on: unknown }>(
    `SELECT data->>'targetId' AS target_id, created_on, started_on FROM pgboss.job WHERE name = 'publishing.publish'`,
  );
  const ours = new Set(targets.map((target) => target.id));
  const firstJob = new Map<string, number>();
  const waits: number[] = [];
  let count = 0;
  for (const job of jobs) {
    if (!ours.has(job.target_id)) continue;
    count += 1;
    const created = time(job.created_on);
    firstJob.set(job.target_id, Math.min(created, firstJob.get(job.target_id) ?? Infinity));
    if (job.started_on !== null) waits.push(time(job.started_on) - created);
  }
  const dispatch = [...firstJob.values()].map((created) => created - due);
  // Only finished attempts: a claimed target still publishing has updated_at = its claim time.
  const attempts = targets.filter((target) => target.attempt_started_at !== null && !MOVING.includes(target.status)).map((target) => time(target.updated_at) - time(target.attempt_started_at));
  const busySeconds = new Set(publishedMs.map((ms) => Math.floor(ms / 1000)));
  // PGlite starts its statistics afresh when it is opened again, so only PostgreSQL has them.
  const [scans] = handle.kind === 'postgres' ? await handle.query<{ idx_scan: unknown }>(`SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'post_targets_due'`) : [];
  return {
    jobsPerTarget: count / Math.max(1, targets.length),
    dispatchMs: { p50: percentile(dispatch, 0.5), max: Math.max(...dispatch) },
    queueWaitMs: percentile(waits, 0.5),
    attemptMs: percentile(attempts, 0.5),
    meanInFlight: attempts.reduce((sum, ms) => sum + ms, 0) / drainMs,
    idleSeconds: Math.max(0, Math.ceil(drainMs / 1000) - busySeconds.size),
    dueIndexScans: scans ? Number(scans.idx_scan) : NaN,
  };
}
