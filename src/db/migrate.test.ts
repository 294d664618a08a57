import { getTableColumns, getTableName } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import type { DatabaseHandle } from './connection.js';
import { migrate, readMigrations } from './migrate.js';
import { schema } from './schema.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('migrations', () => {
  test('running them again applies nothing', async () => {
    expect(await migrate(handle)).toEqual([]);
    const applied = await handle.query<{ name: string }>('SELECT name FROM chorus_migrations ORDER BY name');
    expect(applied.map((row) => row.name)).toEqual((await readMigrations()).map((m) => m.name));
  });

  test('a failing migration leaves the database as it was', async () => {
    const broken = [{ name: '9999_broken.sql', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
    await expect(migrate(handle, broken)).rejects.toThrow(/9999_broken.sql failed/);
    const tables = await handle.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(tables).toEqual([]);
    const recorded = await handle.query("SELECT 1 FROM chorus_migrations WHERE name = '9999_broken.sql'");
    expect(recorded).toEqual([]);
  });

  test('the Drizzle schema mirrors the SQL: same tables, same columns', async () => {
    for (const table of Object.values(schema)) {
      const name = getTableName(table);
      const columns = await handle.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
        [name],
      );
      const inDatabase = columns.map((c) => c.column_name).sort();
      const inSchema = Object.values(getTableColumns(table))
        .map((column) => column.name)
        .sort();
      expect(inSchema, name).toEqual(inDatabase);
    }
    const tables = await handle.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'chorus_migrations'",
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual(Object.values(schema).map((t) => getTableName(t)).sort());
  });
});
