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

  const arm = (next: Date | null) => {
    if (stopped) return;
    clearTimeout(timer);
    const wait = next ? next.getTime() - ctx.clock.now().getTime() : DISPATCH_LOOK_MS;
    // A due time already past belongs to targets this tick handed out and no worker has claimed
    // yet: look again in a while, not at once (looking at once re-sent the same batch in a loop).
    timer = setTimeout(() => void tick(), wait <= 0 ? DISPATCH_LOOK_MS : Math.min(wait, DISPATCH_LOOK_MS));
  };

  const tick = async () => {
    if (running) {
      lookAgain = true;
      return;
    }
    running = true;
    let next: Date | null = null;
    try {
      do {
        lookAgain = false;
        const due = await listDueTargetIds(ctx.db, ctx.clock.now(), BATCH);
        // More than a batch due: the rest are handed out on later looks, as workers claim these.
        await sender.sendPublish(due);
      } while (lookAgain && !stopped);
      next = await nextDueAt(ctx.db);
    } catch (error) {
      ctx.logger.error({ err: error }, 'publishing dispatcher failed to look for due posts; trying again');
    } finally {
      running = false;
    }
    arm(next);
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
