/**
 * Every queue, its payload schema and its retry policy, in one typed table. Jobs carry ids and
 * small parameters only: the database holds the truth, so a lost job can be derived again.
 */
import { z } from 'zod';

export const QUEUES = {
  /** Deletes expired sessions and old sign-in failures; scheduled hourly by the scheduler role. */
  'maintenance.cleanup': {
    payload: z.object({}).strict(),
    options: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 300 },
    cron: '17 * * * *',
  },
} as const;

export type QueueName = keyof typeof QUEUES;
export type Payload<Q extends QueueName> = z.output<(typeof QUEUES)[Q]['payload']>;

/**
 * What a handler reports. `retry` hands the job back to pg-boss (with its backoff); `failed` ends
 * it without retrying, for errors that another try cannot fix; the reason is kept as the job output.
 */
export type JobOutcome = { status: 'done'; detail?: string } | { status: 'retry'; reason: string } | { status: 'failed'; reason: string };

export type JobHandler<Q extends QueueName> = (payload: Payload<Q>, job: { id: string; retryCount: number }) => Promise<JobOutcome>;
