/**
 * pg-boss on the same database as everything else: PGlite through pg-boss's adapter, or its own
 * pool on PostgreSQL. Workers are woken by LISTEN/NOTIFY, not by the 2 s polling default, and
 * polling stays as a safety net. Which parts run depends on the process's roles.
 */
import { PgBoss, fromPglite } from 'pg-boss';
import type { Logger } from 'pino';
import type { Role } from '../config.js';
import type { DatabaseHandle } from '../db/connection.js';
import { QUEUES, type BatchHandler, type JobHandler, type Payload, type QueueName } from './queues.js';

export const SHUTDOWN_GRACE_MS = 10_000;
/**
 * New jobs wake workers through NOTIFY at once. Jobs that become due later (a retry after its
 * backoff, a job sent with `startAfter`) send no notification, so workers also look every few
 * seconds; work that must start on the minute keeps its own timer rather than relying on this.
 */
export const SAFETY_POLL_SECONDS = 5;

export class RetryableJobError extends Error {
  override name = 'RetryableJobError';
}

export interface JobEngine {
  send<Q extends QueueName>(queue: Q, payload: Payload<Q>, options?: { singletonKey?: string; startAfter?: Date }): Promise<string | null>;
  /** Many jobs of one queue in one statement; a job whose singleton key is taken is skipped. */
  sendMany<Q extends QueueName>(queue: Q, jobs: ReadonlyArray<{ payload: Payload<Q>; singletonKey?: string }>): Promise<void>;
  /** `concurrency` runs that many jobs of the queue at once in this process (pg-boss's localConcurrency). */
  work<Q extends QueueName>(queue: Q, handler: JobHandler<Q>, options?: { batchSize?: number; concurrency?: number }): Promise<void>;
  /**
   * Hands each fetched batch to `handler` whole, for queues whose jobs are cheaper together (one
   * statement for many); the batch's jobs end together when it returns. `concurrency` batches at once.
   */
  workBatches<Q extends QueueName>(queue: Q, handler: BatchHandler<Q>, options: { batchSize: number; concurrency?: number }): Promise<void>;
  /** Stops taking jobs and waits up to 10 s for the ones in progress. */
  stop(): Promise<void>;
}

export async function startJobEngine(handle: DatabaseHandle, roles: readonly Role[], logger: Logger): Promise<JobEngine> {
  const scheduler = roles.includes('scheduler');
  const boss = new PgBoss({
    ...(handle.pglite ? { db: fromPglite(handle.pglite), backend: 'pglite' as const } : { connectionString: handle.url }),
    useListenNotify: true,
    // Cron evaluation and maintenance run where the scheduler role runs, not in every process.
    schedule: scheduler,
    supervise: scheduler,
    persistWarnings: false,
  });
  boss.on('error', (error: unknown) => logger.error({ err: error }, 'job engine error'));
  boss.on('warning', (warning: unknown) => logger.warn({ warning }, 'job engine warning'));
  await boss.start();
  for (const [name, queue] of Object.entries(QUEUES)) {
    await boss.createQueue(name, { ...queue.options, notify: true });
  }
  if (scheduler) {
    for (const [name, queue] of Object.entries(QUEUES)) {
      if ('cron' in queue) await boss.schedule(name, queue.cron, {});
    }
  }

  /** Jobs of one queue as they come, with payloads checked against the queue's schema (a job that fails the check is dropped and logged). */
  const fetchJobs = async <Q extends QueueName>(
    queue: Q,
    options: { batchSize?: number; concurrency?: number },
    run: (jobs: Array<{ id: string; retryCount: number; payload: Payload<Q> }>) => Promise<void>,
  ): Promise<void> => {
    await boss.work<Payload<Q>>(
      queue,
      {
        batchSize: options.batchSize ?? 1,
        localConcurrency: options.concurrency ?? 1,
        notifyPollingIntervalSeconds: SAFETY_POLL_SECONDS,
        // With a batch size over 1, a worker whose fetch came back full fetches again at once
        // instead of waiting for a NOTIFY (one per insert) or the 5 s safety poll. pg-boss
        // ignores this at batch size 1, so queues that get bursts ask for batches.
        burstWhenBatchFull: true,
      },
      async (jobs) => {
        const valid = jobs.flatMap((job) => {
          const payload = QUEUES[queue].payload.safeParse(job.data);
          if (payload.success) return [{ id: job.id, retryCount: job.retryCount, payload: payload.data as Payload<Q> }];
          logger.error({ queue, jobId: job.id }, 'job payload does not match its queue; dropped');
          return [];
        });
        await run(valid);
      },
    );
  };

  return {
    send: async (queue, payload, options = {}) =>
      boss.send(queue, QUEUES[queue].payload.parse(payload), {
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      }),
    sendMany: async (queue, jobs) => {
      if (jobs.length === 0) return;
      await boss.insert(
        queue,
        jobs.map((job) => ({ data: QUEUES[queue].payload.parse(job.payload), ...(job.singletonKey ? { singletonKey: job.singletonKey } : {}) })),
      );
    },
    work: (queue, handler, options = {}) =>
      fetchJobs(queue, options, async (jobs) => {
        for (const job of jobs) {
          const outcome = await handler(job.payload, { id: job.id, retryCount: job.retryCount });
          logger.debug({ queue, jobId: job.id, outcome }, 'job finished');
          if (outcome.status === 'retry') throw new RetryableJobError(outcome.reason);
        }
      }),
    workBatches: (queue, handler, options) =>
      fetchJobs(queue, options, async (jobs) => {
        await handler(jobs.map((job) => job.payload));
        logger.debug({ queue, jobs: jobs.length }, 'job batch finished');
      }),
    stop: () => boss.stop({ graceful: true, timeout: SHUTDOWN_GRACE_MS, close: true }),
  };
}
