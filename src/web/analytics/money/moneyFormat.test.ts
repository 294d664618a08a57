import { describe, expect, test } from 'vitest';
import { ApiError } from '../../../client/client.js';
import { channelLabel, formatMoney, monthOf, monthPeriod, parseAmount, refusedRows } from './moneyFormat.js';

describe('money tab helpers', () => {
  test('a month as a period of days, leap years included', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
  test('the month of an instant in a zone', () => {
    expect(monthOf(new Date('2026-11-30T23:30:00Z'), 'Europe/Warsaw')).toBe('2026-12');
    expect(monthOf(new Date('2026-11-30T23:30:00Z'), 'America/New_York')).toBe('2026-11');
  });
  test('money in the language of the interface', () => {
    expect(formatMoney(1234.5, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMoney(10, 'XYZ', 'en')).toContain('10');
  });
  test('channel names', () => {
    expect(channelLabel('search_ads')).toEqual({ key: 'money.channels.search_ads' });
    expect(channelLabel('other:Flyers')).toEqual({ key: 'money.channels.other', vars: { name: 'Flyers' } });
  });
  test('the bad rows of a refused import', () => {
    const refusal = new ApiError(400, 'validation_failed', 'nothing imported', { errors: [{ line: 4, code: 'bad_amount', reason: 'amount', params: {} }], rows: 3, goodRows: 2 });
    expect(refusedRows(refusal)).toEqual({ errors: [{ line: 4, code: 'bad_amount', reason: 'amount' }], goodRows: 2 });
    // A file refused as a whole has no good rows.
    expect(refusedRows(new ApiError(400, 'validation_failed', 'no', { errors: [{ line: 1, code: 'missing_columns', reason: 'x', params: {} }] }))?.goodRows).toBe(0);
    expect(refusedRows(new ApiError(403, 'forbidden', 'no'))).toBeUndefined();
  });
  test('amounts typed with a comma or a dot', () => {
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount(' 40 ')).toBe(40);
    expect(parseAmount('-1')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
});
