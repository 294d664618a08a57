import pino from 'pino';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import type { DatabaseHandle } from '../db/connection.js';
import { startJobEngine, type JobEngine } from './engine.js';
import type { JobOutcome } from './queues.js';

let handle: DatabaseHandle;
let engine: JobEngine;
const logger = pino({ level: 'silent' });

beforeEach(async () => {
  handle = await createTestDatabase();
  engine = await startJobEngine(handle, ['api', 'worker', 'scheduler'], logger);
});
afterEach(async () => {
  await engine.stop();
  await handle.close();
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('job engine', () => {
  test('a sent job reaches its handler', async () => {
    const handled = deferred<string>();
    await engine.work('maintenance.cleanup', async (_payload, job) => {
      handled.resolve(job.id);
      return { status: 'done' };
    });
    const id = await engine.send('maintenance.cleanup', {});
    expect(await handled.promise).toBe(id);
  });

  test('a retry outcome hands the job back and it runs again', async () => {
    const attempts: number[] = [];
    const second = deferred<void>();
    await engine.work('maintenance.cleanup', async (_payload, job): Promise<JobOutcome> => {
      attempts.push(job.retryCount);
      if (attempts.length === 1) return { status: 'retry', reason: 'network hiccup' };
      second.resolve();
      return { status: 'done' };
    });
    // No delay between tries, so the test does not wait for the queue's production backoff.
    await handle.exec("UPDATE pgboss.queue SET retry_delay = 0, retry_backoff = false WHERE name = 'maintenance.cleanup'");
    await engine.send('maintenance.cleanup', {});
    await second.promise;
    expect(attempts).toEqual([0, 1]);
  });

  test('publish jobs go out many in one statement, one waiting per target, and each reaches a worker', async () => {
    const [first, second] = ['0b4a5c1e-4a6e-4f63-9b0e-1f0c7f3b2a01', '0b4a5c1e-4a6e-4f63-9b0e-1f0c7f3b2a02'];
    const jobs = (ids: string[]) => ids.map((targetId) => ({ payload: { targetId }, singletonKey: targetId }));
    await engine.sendMany('publishing.publish', jobs([first, second, first]));
    await engine.sendMany('publishing.publish', jobs([second]));
    const waiting = await handle.query<{ key: string }>("SELECT singleton_key AS key FROM pgboss.job WHERE name = 'publishing.publish' ORDER BY singleton_key");
    expect(waiting.map((row) => row.key)).toEqual([first, second]);

    const handled = new Set<string>();
    const both = deferred<void>();
    await engine.work('publishing.publish', async ({ targetId }) => {
      handled.add(targetId);
      if (handled.size === 2) both.resolve();
      return { status: 'done' };
    });
    await both.promise;
    expect([...handled].sort()).toEqual([first, second]);
  });

  test('a batch worker gets the waiting jobs of its queue together, up to its batch size', async () => {
    const ids = ['0b4a5c1e-4a6e-4f63-9b0e-1f0c7f3b2a03', '0b4a5c1e-4a6e-4f63-9b0e-1f0c7f3b2a04', '0b4a5c1e-4a6e-4f63-9b0e-1f0c7f3b2a05'];
    await engine.sendMany(
      'publishing.publish',
      ids.map((targetId) => ({ payload: { targetId }, singletonKey: targetId })),
    );
    const batches: string[][] = [];
    const all = deferred<void>();
    await engine.workBatches(
      'publishing.publish',
      async (payloads) => {
        batches.push(payloads.map(({ targetId }) => targetId).sort());
        if (batches.flat().length === ids.length) all.resolve();
      },
      { batchSize: 2 },
    );
    await all.promise;
    // Three waiting jobs, batches of at most two: one full batch and the rest.
    expect(batches.map((batch) => batch.length).sort()).toEqual([1, 2]);
    expect(batches.flat().sort()).toEqual(ids);
  });

  test('a payload that does not match its queue is refused at send time', async () => {
    await expect(engine.send('maintenance.cleanup', { unexpected: true } as never)).rejects.toThrow();
  });

  test('stop waits for the job in progress to finish', async () => {
    const started = deferred<void>();
    let finished = false;
    await engine.work('maintenance.cleanup', async () => {
      started.resolve();
      await new Promise((resolve) => setTimeout(resolve, 700));
      finished = true;
      return { status: 'done' };
    });
    await engine.send('maintenance.cleanup', {});
    await started.promise;
    await engine.stop();
    expect(finished).toBe(true);
    engine = { ...engine, stop: async () => undefined };
  });
});
