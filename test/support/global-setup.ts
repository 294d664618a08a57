/**
 * Prepares one migrated database that every test file copies, instead of creating and migrating
 * its own: a PGlite data-folder snapshot, or a PostgreSQL template database.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/connection.js';
import { migrate } from '../../src/db/migrate.js';

// Overridable so that two test runs on one PostgreSQL server (two people, two checkouts) do not drop
// each other's template; only letters, digits and underscores are accepted.
const templateOverride = process.env.TEST_TEMPLATE_DATABASE;
if (templateOverride !== undefined && !/^[a-z_][a-z0-9_]*$/.test(templateOverride)) {
  throw new Error('TEST_TEMPLATE_DATABASE must be a lower-case identifier');
}
export const TEMPLATE_DATABASE = templateOverride ?? 'chorus_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshotPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await admin.end();
    const template = await openDatabase({ url: withDatabase(url, TEMPLATE_DATABASE), poolSize: 1 });
    await migrate(template);
    await template.close();
    project.provide('pgliteSnapshotPath', '');
    return async () => undefined;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chorus-test-'));
  const handle = await openDatabase({});
  await migrate(handle);
  const snapshot = await handle.pglite?.dumpDataDir('none');
  await handle.close();
  if (!snapshot) throw new Error('PGlite produced no snapshot');
  const snapshotPath = path.join(dir, 'migrated.tar');
  await fs.writeFile(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('pgliteSnapshotPath', snapshotPath);
  return async () => fs.rm(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
