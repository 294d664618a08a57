/**
 * Applies the SQL files in `migrations/` in name order, each once. All pending files run in one
 * transaction behind an advisory lock, so processes starting together apply them exactly once and
 * a failing file leaves the database as it was.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './connection.js';

// `src/db/migrations` under Vitest, `dist/src/db/migrations` after a build (the build copies them).
const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 7_312_004_811; // arbitrary but fixed: "chorus migrations"

export interface Migration {
  name: string;
  sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await fs.readFile(path.join(dir, name), 'utf8') })));
}

/** Returns the names of the migrations it applied (empty when the database was current). */
export async function migrate(handle: DatabaseHandle, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  return handle.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await sql.exec(`CREATE TABLE IF NOT EXISTS chorus_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await sql.query<{ name: string }>('SELECT name FROM chorus_migrations')).map((r) => r.name));
    const applied: string[] = [];
    for (const migration of all) {
      if (done.has(migration.name)) continue;
      try {
        await sql.exec(migration.sql);
      } catch (error) {
        throw new Error(`Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await sql.query('INSERT INTO chorus_migrations (name) VALUES ($1)', [migration.name]);
      applied.push(migration.name);
    }
    return applied;
  });
}
