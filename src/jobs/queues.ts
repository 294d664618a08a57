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
  /** Refreshes network credentials that expire soon, so accounts stay healthy between uses. */
  'connections.refresh': {
    payload: z.object({}).strict(),
    options: { retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
    cron: '*/10 * * * *',
  },
  /** One attempt at one webhook delivery; the delivery's own retry schedule lives in the database. */
  'webhooks.deliver': {
    payload: z.object({ deliveryId: z.uuid() }).strict(),
    options: { retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  },
  /** Finds webhook deliveries that are due (new, or waiting for a retry) and queues an attempt for each. */
  'webhooks.schedule': {
    payload: z.object({}).strict(),
    options: { retryLimit: 1, retryDelay: 30, expireInSeconds: 120 },
    cron: '* * * * *',
  },
  /**
   * Finds the accounts whose inbox poll is due and queues one for each. Polls schedule their own
   * successor with `startAfter`; this catches new accounts and any chain that broke.
   */
  'inbox.schedule': {
    payload: z.object({}).strict(),
    options: { retryLimit: 1, retryDelay: 30, expireInSeconds: 120 },
    cron: '* * * * *',
  },
  /**
   * Polls one account for new comments, mentions and messages. Stately: per account at most one
   * waiting and one running. Failures back off in inbox_cursors, not through job retries.
   */
  'inbox.poll': {
    payload: z.object({ accountId: z.uuid() }).strict(),
    options: { policy: 'stately', retryLimit: 0, expireInSeconds: 600 },
  },
  /** Alerts on conversations waiting longer than their response-time target, and refreshes waiting priorities. */
  'inbox.alerts': {
    payload: z.object({}).strict(),
    options: { retryLimit: 1, retryDelay: 30, expireInSeconds: 120 },
    cron: '* * * * *',
  },
  /** Sends each workspace's weekly inventory digest once it is due (Monday 09:00 in its time zone). */
  'inventory.digest': {
    payload: z.object({}).strict(),
    options: { retryLimit: 2, retryDelay: 300, retryBackoff: true, expireInSeconds: 600 },
    cron: '23 * * * *',
  },
  /**
   * One attempt at publishing one post on one account. Policy `short` with the target id as the
   * singleton key: at most one such job waits per target, so the dispatcher's repeated looks do not
   * pile up jobs, while a job held by a worker that died does not block the next one (`exclusive`
   * would, until the dead job expired). The claim in the database is the real guard; outcomes and
   * retries live in post_targets, so the job itself never retries.
   */
  'publishing.publish': {
    payload: z.object({ targetId: z.uuid() }).strict(),
    options: { policy: 'short', retryLimit: 0, expireInSeconds: 600 },
  },
  /** Finds published posts and accounts whose metric snapshot is due and queues one job per account. */
  'metrics.schedule': {
    payload: z.object({}).strict(),
    options: { retryLimit: 1, retryDelay: 30, expireInSeconds: 120 },
    cron: '* * * * *',
  },
  /**
   * Measures one account's due posts (in batches per network call) and, daily, the account. Stately:
   * per account at most one waiting and one running. Failures wait in the schedule, not in retries.
   */
  'metrics.snapshot': {
    payload: z.object({ accountId: z.uuid() }).strict(),
    options: { policy: 'stately', retryLimit: 0, expireInSeconds: 600 },
  },
  /**
   * Makes the scheduled dashboard reports whose time has come (weekly or monthly, in each
   * workspace's zone). Every 15 minutes, so a report set for 09:00 arrives by 09:15; a unique key
   * per schedule and due time makes each report once however often this runs.
   */
  'reports.schedule': {
    payload: z.object({}).strict(),
    options: { retryLimit: 1, retryDelay: 60, expireInSeconds: 900 },
    cron: '*/15 * * * *',
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

/** Takes a batch of a queue's jobs at once; outcomes live in the database, so the jobs simply end. */
export type BatchHandler<Q extends QueueName> = (payloads: Array<Payload<Q>>) => Promise<void>;
