/**
 * A throwaway PostgreSQL database per benchmark, so a benchmark starts from an empty schema and
 * never reads or writes anybody's data. The server comes from BENCH_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const benchDatabaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface FreshDatabase {
  url: string;
  /** e.g. "PostgreSQL 15.20", for the conditions column. */
  server: string;
  drop(): Promise<void>;
}

export type FreshDatabaseResult = { ok: true; database: FreshDatabase } | { ok: false; reason: string };

/** Creates `chorus_bench_<random>` on the bench server, or says why it could not. */
export async function createFreshDatabase(): Promise<FreshDatabaseResult> {
  const name = `chorus_bench_${randomBytes(6).toString('hex')}`;
  let version: string;
  try {
    version = await withAdmin(async (admin) => {
      const { rows } = await admin.query<{ server_version: string }>('SHOW server_version');
      await admin.query(`CREATE DATABASE ${name}`);
      return rows[0]?.server_version ?? '?';
    });
  } catch (error) {
    return { ok: false, reason: `PostgreSQL at ${redact(benchDatabaseUrl)} unreachable (${errorMessage(error)})` };
  }
  const url = new URL(benchDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    ok: true,
    database: {
      url: url.toString(),
      server: `PostgreSQL ${version.split(' ')[0]}`,
      // FORCE: a server that was killed may leave its pool's connections behind for a moment.
      drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    },
  };
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: benchDatabaseUrl, connectionTimeoutMillis: 3_000 });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export function errorMessage(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(errorMessage).join('; ');
  return error instanceof Error ? error.message || error.name : String(error);
}
