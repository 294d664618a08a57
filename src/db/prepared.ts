import type { Database } from './connection.js';

/**
 * A query built once per database and reused: Drizzle skips rebuilding the SQL, and PostgreSQL
 * keeps the statement parsed on each connection. For the queries every request runs
 * (authentication, membership, the common lists).
 */
export function preparedQuery<Query>(build: (db: Database) => Query): (db: Database) => Query {
  const cache = new WeakMap<Database, Query>();
  return (db) => {
    let query = cache.get(db);
    if (!query) {
      query = build(db);
      cache.set(db, query);
    }
    return query;
  };
}
