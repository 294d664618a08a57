/**
 * Opens the database: PGlite in the data folder by default, or a PostgreSQL server when a URL is
 * given. Both are handed to the rest of the program as one `DatabaseHandle`, so nothing above
 * `src/db` knows which one it runs on.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { schema } from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = 'pglite' | 'postgres';

/** Raw SQL on one connection, for code that works on any table (migrations, backups). */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Database;
  /** Runs SQL text that may hold several statements (migrations, backup restore). */
  exec(sql: string): Promise<void>;
  /** Plain parameterised query; used by migrations and backups, which work on any table. */
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction on one connection (migrations, restore). */
  transaction<T>(work: (run: SqlRunner) => Promise<T>): Promise<T>;
  /** The PGlite instance, when embedded: pg-boss shares it through its adapter. */
  pglite: PGlite | undefined;
  /** The server URL, when on PostgreSQL: pg-boss opens its own pool with it. */
  url: string | undefined;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent the embedded database is used. */
  url?: string | undefined;
  /** Folder of the embedded database; `undefined` with no URL means in memory (tests). */
  pgliteDir?: string | undefined;
  /** A data-folder tarball from `dumpDataDir`, to start from a prepared copy (tests). */
  pgliteSnapshot?: Blob | undefined;
  /** Largest number of pooled connections to PostgreSQL. */
  poolSize?: number;
}

// PGlite's default shared_buffers (128 MB) alone would break the 250 MB memory budget of the
// all-in-one process; 16 MB measured 184 MB RSS after open (shared/FACTS.md §0).
const PGLITE_SETTINGS = ['shared_buffers=16MB'];

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.pgliteDir, options.pgliteSnapshot);
}

/**
 * PGlite serves one process: a second one writing the same folder would corrupt it. A lock file
 * beside the folder holds the owner's pid; a lock left by a process that no longer runs is taken over.
 */
async function lockDataFolder(dir: string): Promise<() => Promise<void>> {
  const lockFile = `${dir}.lock`;
  for (;;) {
    try {
      await fs.writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
    if (owner > 0 && isRunning(owner)) {
      throw new Error(
        `The embedded database in ${dir} is in use by process ${owner}. Stop that process first, or set DATABASE_URL to share a PostgreSQL server between processes.`,
      );
    }
    await fs.rm(lockFile, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPglite(dir: string | undefined, snapshot: Blob | undefined): Promise<DatabaseHandle> {
  let unlock: () => Promise<void> = () => Promise.resolve();
  if (dir) {
    await fs.mkdir(path.dirname(dir), { recursive: true });
    unlock = await lockDataFolder(dir);
  }
  const client = await PGlite.create({
    ...(dir ? { dataDir: dir } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
    postgresqlconf: PGLITE_SETTINGS,
  });
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    url: undefined,
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await client.query<Row>(sql, params)).rows,
    transaction: (work) =>
      client.transaction((tx) =>
        work({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
            (await tx.query<Row>(sql, params)).rows,
        }),
      ),
    close: async () => {
      await client.close();
      await unlock();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A connection the server ends while it sits idle in the pool (a restart, a failover, an
  // administrator, a dropped test database) is discarded by the pool, and the next query opens a
  // new one. Without a listener that error would be unhandled and end the process.
  pool.on('error', () => undefined);
  // Fail at start, with the server's own message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePostgres({ client: pool, schema }) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    pglite: undefined,
    url,
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await pool.query<Row>(sql, params)).rows,
    transaction: async (work) => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work({
          exec: async (sql) => {
            await connection.query(sql);
          },
          query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
            (await connection.query<Row>(sql, params)).rows,
        });
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK');
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
