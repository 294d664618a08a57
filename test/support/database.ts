/**
 * A fresh, migrated database for one test file: an in-memory PGlite copied from the snapshot made
 * by `global-setup.ts`, or a new PostgreSQL database cloned from the template when
 * TEST_DATABASE_URL is set. Drop it with `close()`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.js';
import { TEMPLATE_DATABASE, withDatabase } from './global-setup.js';

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const bytes = await fs.readFile(inject('pgliteSnapshotPath'));
    return openDatabase({ pgliteSnapshot: new Blob([bytes]) });
  }
  const name = `chorus_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const handle = await openDatabase({ url: withDatabase(url, name), poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
