/**
 * The SQL side of backups: which tables exist and in what order they can be filled, a consistent
 * read of every row, and replacing every row in one transaction. It knows no file format (that is
 * `app/backup.ts`) and no table by name: tables are discovered, so new migrations are covered.
 *
 * Every value travels as PostgreSQL's own text form (`col::text` out; in, a JSON array of rows whose
 * text is cast to the column type), which round-trips exactly for every type: timestamps keep
 * microseconds and offsets, bigints keep all digits, jsonb keeps its numbers, bytea is hex.
 */
import type { DatabaseHandle, SqlRunner } from './connection.js';

/** Tables outside `public` (pg-boss keeps its jobs in `pgboss`) and this one are never backed up. */
const MIGRATIONS_TABLE = 'chorus_migrations';
const SCHEMA = 'public';
const CURSOR = 'chorus_backup_rows';

export interface ColumnInfo {
  name: string;
  /** `format_type` of the column, e.g. `timestamp with time zone`, usable in a cast. */
  type: string;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  /** Some column is `GENERATED ALWAYS AS IDENTITY`, so inserts need `OVERRIDING SYSTEM VALUE`. */
  identityAlways: boolean;
}

export interface SequenceState {
  name: string;
  /** bigint as text, so no digit is lost. */
  lastValue: string;
  isCalled: boolean;
}

/** A row as column name → PostgreSQL text form (`null` for SQL NULL). */
export type RowValues = Record<string, string | null>;

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const qualified = (name: string): string => `${SCHEMA}.${quoteIdent(name)}`;

/** Names of the applied migrations, in name order. */
export async function listAppliedMigrations(sql: SqlRunner): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`);
  return rows.map((row) => row.name);
}

/** The backed-up tables, ordered so that every table comes after the tables it references. */
export async function describeTables(sql: SqlRunner): Promise<TableInfo[]> {
  const columns = await sql.query<{ table_name: string; column_name: string; type: string; identity: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name,
            format_type(a.atttypid, a.atttypmod) AS type, a.attidentity::text AS identity
       FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> $2
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
    [SCHEMA, MIGRATIONS_TABLE],
  );
  const tables = new Map<string, TableInfo>();
  for (const column of columns) {
    const table = tables.get(column.table_name) ?? { name: column.table_name, columns: [], identityAlways: false };
    table.columns.push({ name: column.column_name, type: column.type });
    if (column.identity === 'a') table.identityAlways = true;
    tables.set(table.name, table);
  }
  const references = await sql.query<{ child: string; parent: string }>(
    `SELECT DISTINCT child.relname AS child, parent.relname AS parent
       FROM pg_catalog.pg_constraint k
       JOIN pg_catalog.pg_class child ON child.oid = k.conrelid
       JOIN pg_catalog.pg_class parent ON parent.oid = k.confrelid
       JOIN pg_catalog.pg_namespace cn ON cn.oid = child.relnamespace
       JOIN pg_catalog.pg_namespace pn ON pn.oid = parent.relnamespace
      WHERE k.contype = 'f' AND cn.nspname = $1 AND pn.nspname = $1`,
    [SCHEMA],
  );
  return orderByReferences([...tables.values()], references);
}

/**
 * Kahn's algorithm, ties broken by name so the order is stable. A table referencing itself is
 * fine as long as its rows arrive parents first; a cycle between tables cannot be ordered, and the
 * constraints are not deferrable, so it is reported rather than half-restored.
 */
export function orderByReferences<T extends { name: string }>(
  tables: T[],
  references: Array<{ child: string; parent: string }>,
): T[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const parents = new Map(tables.map((table) => [table.name, new Set<string>()]));
  for (const { child, parent } of references) {
    if (child !== parent && byName.has(parent)) parents.get(child)?.add(parent);
  }
  const ordered: T[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = [...byName.keys()]
      .filter((name) => !placed.has(name) && [...(parents.get(name) ?? [])].every((parent) => placed.has(parent)))
      .sort();
    if (ready.length === 0) {
      const rest = [...byName.keys()].filter((name) => !placed.has(name)).sort();
      throw new Error(`Tables reference each other in a cycle and cannot be ordered for restore: ${rest.join(', ')}`);
    }
    for (const name of ready) {
      placed.add(name);
      ordered.push(byName.get(name) as T);
    }
  }
  return ordered;
}

/** Every sequence of the schema (bigserial and identity columns included) with its current state. */
async function readSequences(sql: SqlRunner): Promise<SequenceState[]> {
  const names = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
    [SCHEMA],
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [state] = await sql.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM ${qualified(name)}`,
    );
    if (state) states.push({ name, lastValue: state.last_value, isCalled: state.is_called });
  }
  return states;
}

export interface TableSnapshot extends TableInfo {
  rowCount: number;
}

export interface DatabaseSnapshot {
  migrations: string[];
  tables: TableSnapshot[];
  sequences: SequenceState[];
  /** The table's rows in batches, read through a cursor; consume it before the snapshot ends. */
  readRows(table: TableInfo, batchSize?: number): AsyncGenerator<RowValues[]>;
}

/** Session settings that make the text forms unambiguous and floats exact, whatever the server's defaults. */
async function setTextFormats(sql: SqlRunner): Promise<void> {
  await sql.exec(
    "SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; " +
      "SET LOCAL extra_float_digits = 3; SET LOCAL bytea_output = 'hex'",
  );
}

/**
 * Runs `work` inside one read-only REPEATABLE READ transaction, so the counts, the rows and the
 * migrations it sees belong to one moment even while the application keeps writing.
 */
export async function withSnapshot<T>(handle: DatabaseHandle, work: (snapshot: DatabaseSnapshot) => Promise<T>): Promise<T> {
  return handle.transaction(async (sql) => {
    await sql.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await setTextFormats(sql);
    const migrations = await listAppliedMigrations(sql);
    const tables: TableSnapshot[] = [];
    for (const table of await describeTables(sql)) {
      const [count] = await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${qualified(table.name)}`);
      tables.push({ ...table, rowCount: Number(count?.n ?? 0) });
    }
    const sequences = await readSequences(sql);
    return work({ migrations, tables, sequences, readRows: (table, batchSize = 1000) => readRows(sql, table, batchSize) });
  });
}

async function* readRows(sql: SqlRunner, table: TableInfo, batchSize: number): AsyncGenerator<RowValues[]> {
  // Aliases c0, c1 ... keep any column name out of the result's keys; the text cast keeps every value exact.
  const select = table.columns.map((column, index) => `${quoteIdent(column.name)}::text AS c${index}`).join(', ');
  await sql.exec(`DECLARE ${CURSOR} NO SCROLL CURSOR FOR SELECT ${select} FROM ${qualified(table.name)}`);
  try {
    for (;;) {
      const batch = await sql.query<Record<string, string | null>>(`FETCH FORWARD ${batchSize} FROM ${CURSOR}`);
      if (batch.length === 0) return;
      yield batch.map((raw) => {
        const row: RowValues = {};
        table.columns.forEach((column, index) => {
          row[column.name] = raw[`c${index}`] ?? null;
        });
        return row;
      });
    }
  } finally {
    await sql.exec(`CLOSE ${CURSOR}`);
  }
}

export interface RowReplacer {
  /** Inserts rows of one table in one statement; `columns` are those the rows carry (a subset of the table's). */
  insert(tableName: string, columns: string[], rows: RowValues[]): Promise<void>;
  /** Sets sequences to the saved state, so new ids continue after the restored ones. */
  setSequences(sequences: SequenceState[]): Promise<void>;
}

/**
 * Empties every backed-up table and lets `work` fill them again, all in ONE transaction: if `work`
 * throws, nothing has changed.
 */
export async function replaceAllRows<T>(handle: DatabaseHandle, work: (replacer: RowReplacer) => Promise<T>): Promise<T> {
  return handle.transaction(async (sql) => {
    await setTextFormats(sql);
    const tables = new Map((await describeTables(sql)).map((table) => [table.name, table]));
    if (tables.size > 0) {
      await sql.exec(`TRUNCATE TABLE ${[...tables.keys()].map(qualified).join(', ')} CASCADE`);
    }
    const replacer: RowReplacer = {
      insert: async (tableName, columnNames, rows) => {
        const table = tables.get(tableName);
        if (!table) throw new Error(`Unknown table ${tableName}`);
        const columns = columnNames.map((name) => {
          const column = table.columns.find((candidate) => candidate.name === name);
          if (!column) throw new Error(`Unknown column ${tableName}.${name}`);
          return column;
        });
        // One JSON parameter per statement: each row an array of text forms, cast column by column.
        const casts = columns.map((column, index) => `CAST(r ->> ${index} AS ${column.type})`).join(', ');
        const statement =
          `INSERT INTO ${qualified(table.name)} (${columns.map((column) => quoteIdent(column.name)).join(', ')})` +
          `${table.identityAlways ? ' OVERRIDING SYSTEM VALUE' : ''} SELECT ${casts} FROM json_array_elements(CAST($1 AS text)::json) AS e(r)`;
        const payload = JSON.stringify(rows.map((row) => columns.map((column) => row[column.name] ?? null)));
        await sql.query(statement, [payload]);
      },
      setSequences: async (sequences) => {
        for (const sequence of sequences) {
          await sql.query('SELECT setval($1::regclass, $2::bigint, $3::boolean)', [
            qualified(sequence.name),
            sequence.lastValue,
            sequence.isCalled,
          ]);
        }
      },
    };
    return work(replacer);
  });
}

/** What a restore is checked against: the database's migrations, tables and sequences. */
export async function describeDatabase(
  handle: DatabaseHandle,
): Promise<{ migrations: string[]; tables: TableInfo[]; sequences: string[] }> {
  const migrations = await listAppliedMigrations(handle);
  const tables = await describeTables(handle);
  const sequences = await handle.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
    [SCHEMA],
  );
  return { migrations, tables, sequences: sequences.map((row) => row.name) };
}
