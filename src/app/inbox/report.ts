/**
 * The response-time report (E3): for conversations that began in the period, the median minutes
 * to the first response and to resolution, and the share answered within the target, overall and
 * per agent, account and network. Minutes are business minutes when the workspace sets hours.
 */
import { AppError } from '../../core/errors.js';
import { responseFigures, type ResponseFigures } from '../../core/inbox/response-time.js';
import { listResponseTimeRows, type ResponseTimeRow } from '../../db/repositories/inbox-queries.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';
import { responseClockOf, type ResponseClock } from './settings.js';

export interface ResponseReport {
  from: Date;
  to: Date;
  targetMinutes: number | null;
  businessHours: boolean;
  overall: ResponseFigures;
  byAgent: Array<ResponseFigures & { userId: string; name: string }>;
  byAccount: Array<ResponseFigures & { accountId: string; handle: string; network: string }>;
  byNetwork: Array<ResponseFigures & { network: string }>;
}

const DEFAULT_PERIOD_MS = 30 * 24 * 3_600_000;
const MAX_PERIOD_MS = 366 * 24 * 3_600_000;

const figuresOf = (rows: readonly ResponseTimeRow[], clock: ResponseClock): ResponseFigures =>
  responseFigures(rows, clock.targetMinutes, clock.businessHours, clock.timeZone);

function groupBy<K>(rows: readonly ResponseTimeRow[], keyOf: (row: ResponseTimeRow) => K | null): Map<K, ResponseTimeRow[]> {
  const groups = new Map<K, ResponseTimeRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

function period(now: Date, from: Date | undefined, to: Date | undefined): { from: Date; to: Date } {
  const end = to ?? now;
  const start = from ?? new Date(end.getTime() - DEFAULT_PERIOD_MS);
  if (start.getTime() >= end.getTime()) throw new AppError('validation_failed', 'The report’s start must come before its end', { field: 'from' });
  if (end.getTime() - start.getTime() > MAX_PERIOD_MS) throw new AppError('validation_failed', 'A report covers a year at most', { field: 'from' });
  return { from: start, to: end };
}

export async function getResponseReport(ctx: AppContext, actor: Actor, workspaceId: string, range: { from?: Date | undefined; to?: Date | undefined }): Promise<ResponseReport> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const { from, to } = period(ctx.clock.now(), range.from, range.to);
  const [rows, clock] = await Promise.all([listResponseTimeRows(ctx.db, workspaceId, from, to), responseClockOf(ctx.db, workspaceId)]);
  const byAgent = [...groupBy(rows, (row) => row.firstResponseBy)].map(([userId, group]) => ({
    userId,
    name: group[0]?.responderName ?? '',
    ...figuresOf(group, clock),
  }));
  const byAccount = [...groupBy(rows, (row) => row.accountId)].map(([accountId, group]) => ({
    accountId,
    handle: group[0]?.accountHandle ?? '',
    network: group[0]?.network ?? '',
    ...figuresOf(group, clock),
  }));
  const byNetwork = [...groupBy(rows, (row) => row.network)].map(([network, group]) => ({ network, ...figuresOf(group, clock) }));
  return {
    from,
    to,
    targetMinutes: clock.targetMinutes,
    businessHours: clock.businessHours !== null,
    overall: figuresOf(rows, clock),
    byAgent: byAgent.sort((a, b) => a.name.localeCompare(b.name)),
    byAccount: byAccount.sort((a, b) => a.network.localeCompare(b.network) || a.handle.localeCompare(b.handle)),
    byNetwork: byNetwork.sort((a, b) => a.network.localeCompare(b.network)),
  };
}
