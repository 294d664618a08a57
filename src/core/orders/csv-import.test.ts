import { describe, expect, test } from 'vitest';
import { normalizeChannel, readChannelsCsv, readOrdersCsv, readSpendCsv } from './csv-import.js';

describe('orders CSV', () => {
  test('good rows read, every bad row reported with its line (quoted line breaks counted)', () => {
    const csv = [
      'Order ID,ordered_at,amount,currency,customer,code,utm_source,utm_campaign,touched_at',
      'A-1,2026-11-02T14:05:00Z,49.90,eur,cust_00000001,abc123,,,2026-11-01T10:00:00Z',
      '"A-2",2026-11-03T09:00:00Z,"12,50",EUR,,,mastodon,"winter,\nsale",',
      'A-3,yesterday,10,EUR,,,,,',
      'A-4,2026-11-03T09:00:00Z,10,EURO,,,,,',
      'A-5,2026-11-03T09:00:00Z,10,EUR,anna@example.com,,,,',
      'A-1,2026-11-03T09:00:00Z,10,EUR,,,,,',
      'A-6,2026-11-03,-1,EUR,,,,,',
    ].join('\r\n');
    const reading = readOrdersCsv(csv);
    if (!reading.ok) throw new Error(reading.error.reason);
    expect(reading.rowCount).toBe(7);
    expect(reading.rows.map((row) => [row.line, row.orderId, row.amount, row.currency])).toEqual([
      [2, 'A-1', 49.9, 'EUR'],
      [3, 'A-2', 12.5, 'EUR'],
    ]);
    expect(reading.rows[0]?.touch).toEqual({ kind: 'link', value: 'abc123', at: new Date('2026-11-01T10:00:00Z') });
    // No touched_at: the touch is taken at the order's time.
    expect(reading.rows[1]?.touch).toEqual({ kind: 'utm', value: 'mastodon', utm: { source: 'mastodon', campaign: 'winter,\nsale' }, at: new Date('2026-11-03T09:00:00Z') });
    expect(reading.errors.map((error) => [error.line, error.code])).toEqual([
      [5, 'bad_date'],
      [6, 'bad_currency'],
      [7, 'bad_customer'],
      [8, 'duplicate_order'],
      [9, 'bad_amount'],
    ]);
  });
  test('a file without the required columns is refused as a whole', () => {
    const reading = readOrdersCsv('order_id,amount\nA-1,10\n');
    expect(reading).toMatchObject({ ok: false, error: { line: 1, code: 'missing_columns' } });
    expect(readOrdersCsv('order_id,ordered_at,amount,currency,colour\n')).toMatchObject({ ok: false, error: { code: 'unknown_columns' } });
    expect(readOrdersCsv('order_id,ordered_at,amount,currency\n"A-1,2026\n')).toMatchObject({ ok: false, error: { line: 2, code: 'unclosed_quote' } });
  });
});

describe('spend and channel figures CSV', () => {
  test('spend rows: hours need hours and a rate', () => {
    const reading = readSpendCsv('month,network,kind,amount,hours,hourly_rate\n2026-11,Mastodon,ads,120,,\n2026-11,,hours,,10,35\n2026-13,,ads,5,,\n2026-11,,hours,,10,\n2026-11,,gifts,5,,\n', 'EUR');
    if (!reading.ok) throw new Error(reading.error.reason);
    expect(reading.rows).toMatchObject([
      { line: 2, network: 'mastodon', kind: 'ads', amount: 120, currency: 'EUR' },
      { line: 3, kind: 'hours', hours: 10, hourlyRate: 35, amount: null },
    ]);
    expect(reading.errors.map((error) => [error.line, error.code])).toEqual([
      [4, 'bad_month'],
      [5, 'missing_value'],
      [6, 'bad_kind'],
    ]);
  });
  test('channel rows with names as people write them', () => {
    const reading = readChannelsCsv('month,channel,spend,orders,revenue\n2026-11,SEO,300,12,1500\n2026-11,Search ads,800,20,2400\n2026-11,seo,1,1,1\n2026-11,Social,1,1,1\n2026-11,Radio,100,2.5,1\n', 'PLN');
    if (!reading.ok) throw new Error(reading.error.reason);
    expect(reading.rows.map((row) => [row.channel, row.spend, row.orders, row.currency])).toEqual([
      ['seo', 300, 12, 'PLN'],
      ['search_ads', 800, 20, 'PLN'],
    ]);
    expect(reading.errors.map((error) => [error.line, error.code])).toEqual([
      [4, 'duplicate_row'],
      [5, 'bad_channel'],
      [6, 'bad_number'],
    ]);
    expect(normalizeChannel('E-mail')).toBe('email');
    expect(normalizeChannel('Other: Flyers')).toBe('other:Flyers');
  });
});
