/**
 * Pure helpers of the Money tab: the days of a month, money and rates for people, channel names,
 * and the rows of a refused CSV import read from the API's error.
 */
import { z } from 'zod';
import { ApiError } from '../../../client/client.js';
import { CSV_ERROR_CODES } from '../../../core/orders/csv-import.js';
import type { MessageKey } from '../../i18n/dictionaries.js';

/** The first and last day of a month `YYYY-MM`. */
export function monthPeriod(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The current month `YYYY-MM` of an instant in a time zone. */
export function monthOf(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = parts.find((part) => part.type === 'year')?.value ?? '1970';
  const month = parts.find((part) => part.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

export function formatMoney(value: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
  } catch {
    // An unknown currency code: the number with the code beside it.
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} ${currency}`;
  }
}

export function formatPercent(value: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} %`;
}

/** How a channel id is named: a message key with its variables. */
export function channelLabel(channel: string): { key: MessageKey; vars?: Record<string, string> } {
  if (channel.startsWith('other:')) return { key: 'money.channels.other', vars: { name: channel.slice('other:'.length) } };
  if (channel === 'social' || channel === 'seo' || channel === 'search_ads' || channel === 'email') return { key: `money.channels.${channel}` };
  return { key: 'money.channels.other', vars: { name: channel } };
}

const csvErrorSchema = z.object({ line: z.number(), code: z.enum(CSV_ERROR_CODES), reason: z.string() });
export type CsvRowError = z.infer<typeof csvErrorSchema>;
const refusalSchema = z.object({ errors: z.array(csvErrorSchema), goodRows: z.number().optional() });

/**
 * The bad rows of an import the API refused (400 `validation_failed` with `details.errors`), with
 * the number of good rows when the file could be read, or undefined for any other failure.
 */
export function refusedRows(error: unknown): { errors: CsvRowError[]; goodRows: number } | undefined {
  if (!(error instanceof ApiError) || error.id !== 'validation_failed') return undefined;
  const parsed = refusalSchema.safeParse(error.details);
  return parsed.success ? { errors: parsed.data.errors, goodRows: parsed.data.goodRows ?? 0 } : undefined;
}

/** A number typed into a field (comma or dot), or null for an empty or unreadable one. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,4})?$/.test(trimmed)) return null;
  return Number(trimmed);
}
