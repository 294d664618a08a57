import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import { systemClock } from './context.js';
import { createBackup, restoreBackup } from './backup.js';

it('bench', { timeout: 300_000 }, async () => {
  const source = await createTestDatabase();
  await source.query(`INSERT INTO audit_log (action, details, ip) SELECT 'workspace.updated', jsonb_build_object('n', g, 'text', repeat('x', 100)), '10.0.0.1' FROM generate_series(1, 200000) g`);
  const file = path.join(os.tmpdir(), `bench-${Date.now()}.gz`);
  let t = Date.now();
  await createBackup({ handle: source, clock: systemClock }, file);
  console.log('backup ms', Date.now() - t, (await fs.stat(file)).size, 'rss MB', Math.round(process.memoryUsage().rss / 1e6));
  const target = await createTestDatabase();
  t = Date.now();
  await restoreBackup({ handle: target, clock: systemClock }, file);
  console.log('restore ms', Date.now() - t, 'rss MB', Math.round(process.memoryUsage().rss / 1e6));
  await fs.rm(file);
  await source.close();
  await target.close();
});
