import { describe, expect, test } from 'vitest';
import { compareChannels } from './channels.js';

const social = (spend: number, orders: number, revenue: number) => ({ channel: 'social', spend, orders, revenue });

describe('channel warning', () => {
  test("social's CPO above its average order value", () => {
    // CPO 600 ÷ 10 = 60; AOV 500 ÷ 10 = 50.
    const { channels, warning } = compareChannels(social(600, 10, 500), [{ channel: 'seo', spend: 900, orders: 10, revenue: 2000 }]);
    expect(channels.map((row) => row.costPerOrder)).toEqual([60, 90]);
    expect(warning).toEqual({ kind: 'above_average_order_value', socialCostPerOrder: 60, comparedWith: 50 });
  });
  test('social the worst of all channels', () => {
    // Social 400 ÷ 10 = 40 (AOV 100); search ads 300 ÷ 10 = 30, e-mail 50 ÷ 10 = 5.
    const { warning } = compareChannels(social(400, 10, 1000), [
      { channel: 'search_ads', spend: 300, orders: 10, revenue: 900 },
      { channel: 'email', spend: 50, orders: 10, revenue: 800 },
    ]);
    expect(warning).toEqual({ kind: 'worst_channel', socialCostPerOrder: 40, comparedWith: 30 });
  });
  test('no warning when another channel is worse, on a tie, or without figures', () => {
    expect(compareChannels(social(200, 10, 1000), [{ channel: 'search_ads', spend: 300, orders: 10, revenue: 900 }]).warning).toBeNull();
    expect(compareChannels(social(300, 10, 1000), [{ channel: 'search_ads', spend: 300, orders: 10, revenue: 900 }]).warning).toBeNull();
    expect(compareChannels(social(300, 10, 1000), []).warning).toBeNull();
    expect(compareChannels(social(300, 0, 0), [{ channel: 'seo', spend: 10, orders: 1, revenue: 50 }]).warning).toBeNull();
  });
});
