/**
 * Sends each due target its `publishing.publish` job at its minute. pg-boss wakes workers by
 * LISTEN/NOTIFY for jobs sent now, but finds jobs sent with a future `startAfter` only on its
 * 5 s safety poll, which would make posts up to 5 s late. So the scheduler role keeps a timer on
 * the next due time in the database and sends the jobs when it fires. It also looks every second,
 * for posts scheduled by other processes, and after downtime it finds every target whose job went
 * missing: the database is the truth, the jobs carry only ids.
 */
import { listDueTargetIds, nextDueAt } from '../../db/repositories/publishing.js';
import type { AppContext } from '../context.js';

/** What the dispatcher needs of the job engine. */
export interface PublishJobSender {
  /** One job per target, in one statement: 10,000 posts due in one minute must not wait on 10,000 round trips. */
  sendPublish(targetIds: readonly string[]): Promise<void>;
}

export interface PublishDispatcher {
  stop(): void;
}

/** The longest the dispatcher waits before looking at the database again. */
export const DISPATCH_LOOK_MS = 1_000;
const BATCH = 500;

const wakers = new Set<() => void>();

/** Tells the dispatchers of this process that a schedule changed, so they look now, not within a second. */
export function wakeDispatchers(): void {
  for (const wake of wakers) wake();
}

export function startPublishDispatcher(ctx: AppContext, sender: PublishJobSender): PublishDispatcher {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let lookAgain = false;
  let stopped = false;

  /** `lookedAt`: the instant the last look asked for targets due by. */
  const arm = (next: Date | null, lookedAt: Date) => {
    if (stopped) return;
    clearTimeout(timer);
    // A due time at or before the last look belongs to targets that look handed out and no worker
    // has claimed yet: look again in a while, not at once (that re-sent the same batch in a loop).
    // One after it fell due while the look ran, or is still ahead: look when it falls due.
    const wait = next === null || next.getTime() <= lookedAt.getTime() ? DISPATCH_LOOK_MS : Math.max(0, next.getTime() - ctx.clock.now().getTime());
    timer = setTimeout(() => void tick(), Math.min(wait, DISPATCH_LOOK_MS));
  };

  const tick = async () => {
    if (running) {
      lookAgain = true;
      return;
    }
    running = true;
    let next: Date | null = null;
    let lookedAt = ctx.clock.now();
    try {
      do {
        lookAgain = false;
        lookedAt = ctx.clock.now();
        const due = await listDueTargetIds(ctx.db, lookedAt, BATCH);
        // More than a batch due: the rest are handed out on later looks, as workers claim these.
        await sender.sendPublish(due);
      } while (lookAgain && !stopped);
      next = await nextDueAt(ctx.db);
    } catch (error) {
      ctx.logger.error({ err: error }, 'publishing dispatcher failed to look for due posts; trying again');
    } finally {
      running = false;
    }
    arm(next, lookedAt);
  };

  const wake = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), 0);
  };
  wakers.add(wake);
  wake();
  return {
    stop: () => {
      stopped = true;
      wakers.delete(wake);
      clearTimeout(timer);
    },
  };
}
