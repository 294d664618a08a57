/**
 * Rows that come back as JSON (`row_to_json`) from a hand-written statement, read into the shape
 * drizzle gives for the table: keys by the schema's names and values through each column's own
 * mapping (timestamps to Dates). Lets one statement return several tables' rows without their
 * column names clashing.
 */
import { getTableColumns, type Table } from 'drizzle-orm';

export type JsonRow = Record<string, unknown>;

export function fromJsonRow<T extends Table>(table: T, json: JsonRow): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row;
}
