/**
 * CSV import of orders, spend and channel figures. As with the posts import, every bad row is
 * reported with its line and a file with bad rows imports nothing unless the caller asks for the
 * good rows; the good rows are written in one transaction, all or none.
 */
import { AppError } from '../../core/errors.js';
import { byLine, readChannelsCsv, readOrdersCsv, readSpendCsv, type CsvError, type CsvReadingOf } from '../../core/orders/csv-import.js';
import { existingOrderIds, insertSpend } from '../../db/repositories/orders.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { saveChannelRows, spendRowsToInsert, workspaceCurrency } from './money.js';
import { storeOrder } from './orders.js';

export interface CsvImportInput {
  csv: string;
  importGoodRows: boolean;
  dryRun?: boolean | undefined;
}

export interface CsvImportResult {
  dryRun: boolean;
  rows: number;
  goodRows: number;
  imported: number;
  errors: CsvError[];
}

/** Reads the file, refuses it as a whole or for its bad rows (unless asked), and hands the good rows to `write`. */
async function runImport<Row>(
  reading: CsvReadingOf<Row>,
  input: CsvImportInput,
  moreErrors: (rows: ReadonlyArray<Row & { line: number }>) => Promise<CsvError[]>,
  write: (rows: ReadonlyArray<Row & { line: number }>) => Promise<number>,
): Promise<CsvImportResult> {
  if (!reading.ok) throw new AppError('validation_failed', `The file cannot be imported: ${reading.error.reason}`, { errors: [reading.error] });
  const errors = byLine([...reading.errors, ...(await moreErrors(reading.rows))]);
  const badLines = new Set(errors.map((error) => error.line));
  const good = reading.rows.filter((row) => !badLines.has(row.line));
  const summary = { rows: reading.rowCount, goodRows: good.length, errors };
  if (input.dryRun) return { ...summary, dryRun: true, imported: 0 };
  if (errors.length > 0 && !input.importGoodRows) {
    throw new AppError('validation_failed', `${reading.rowCount - good.length} of ${reading.rowCount} rows have errors, so nothing was imported; fix them, or import the good rows only`, { errors, rows: reading.rowCount, goodRows: good.length });
  }
  return { ...summary, dryRun: false, imported: await write(good) };
}

export async function importOrders(ctx: AppContext, actor: Actor, workspaceId: string, input: CsvImportInput, meta?: RequestMeta): Promise<CsvImportResult> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  return runImport(
    readOrdersCsv(input.csv),
    input,
    async (rows) => {
      const known = await existingOrderIds(ctx.db, workspaceId, rows.map((row) => row.orderId));
      return rows.filter((row) => known.has(row.orderId)).map((row) => ({ line: row.line, code: 'duplicate_order' as const, reason: `Order ${row.orderId} is already recorded`, params: { orderId: row.orderId } }));
    },
    async (rows) =>
      ctx.db.transaction(async (tx) => {
        const now = ctx.clock.now();
        let imported = 0;
        for (const row of rows) {
          const touch = row.touch;
          const order = await storeOrder(
            tx,
            workspaceId,
            {
              orderId: row.orderId,
              orderedAt: row.orderedAt.toISOString(),
              amount: row.amount,
              currency: row.currency,
              customer: row.customerHash,
              touches: touch ? [{ kind: touch.kind, value: touch.value, utm: touch.utm, at: touch.at.toISOString() }] : [],
            },
            'csv',
            now,
          );
          if (!order.duplicate) imported += 1;
        }
        await audit(tx, now, { action: 'orders.imported', workspaceId, actor, meta, details: { imported, goodRowsOnly: input.importGoodRows } });
        return imported;
      }),
  );
}

export async function importSpend(ctx: AppContext, actor: Actor, workspaceId: string, input: CsvImportInput, meta?: RequestMeta): Promise<CsvImportResult> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const currency = await workspaceCurrency(ctx.db, workspaceId);
  return runImport(readSpendCsv(input.csv, currency), input, async () => [], async (rows) =>
    ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const inserted = await insertSpend(tx, spendRowsToInsert(workspaceId, rows, now));
      await audit(tx, now, { action: 'spend.imported', workspaceId, actor, meta, details: { imported: inserted.length, goodRowsOnly: input.importGoodRows } });
      return inserted.length;
    }),
  );
}

export async function importChannelFigures(ctx: AppContext, actor: Actor, workspaceId: string, input: CsvImportInput, meta?: RequestMeta): Promise<CsvImportResult> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const currency = await workspaceCurrency(ctx.db, workspaceId);
  return runImport(readChannelsCsv(input.csv, currency), input, async () => [], async (rows) =>
    ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const saved = await saveChannelRows(tx, workspaceId, rows, now);
      await audit(tx, now, { action: 'channel_figures.imported', workspaceId, actor, meta, details: { imported: saved, goodRowsOnly: input.importGoodRows } });
      return saved;
    }),
  );
}
