import type { AppContext } from '../app/context.js';
import type { JobEngine } from './engine.js';
import { cleanupHandler } from './handlers/maintenance.js';

/** Attaches every queue's handler; called in processes with the worker role. */
export async function registerWorkers(engine: JobEngine, ctx: AppContext): Promise<void> {
  await engine.work('maintenance.cleanup', cleanupHandler(ctx));
}
