import { describe, expect, test } from 'vitest';
import { averageOrderValue, costPerOrder, returnOnSpend } from './money.js';

describe('money formulas', () => {
  test('cost per order = spend ÷ orders', () => {
    expect(costPerOrder(450, 12)).toBe(37.5);
    expect(costPerOrder(100, 3)).toBe(33.3333);
    expect(costPerOrder(450, 0)).toBeNull();
    expect(costPerOrder(0, 4)).toBe(0);
  });
  test('return on spend = (revenue − spend) ÷ spend × 100', () => {
    expect(returnOnSpend(1200, 450)).toBe(166.67);
    expect(returnOnSpend(300, 450)).toBe(-33.33);
    expect(returnOnSpend(300, 0)).toBeNull();
  });
  test('average order value = revenue ÷ orders', () => {
    expect(averageOrderValue(0.1 + 0.2, 1)).toBe(0.3);
    expect(averageOrderValue(1200, 12)).toBe(100);
    expect(averageOrderValue(5, 0)).toBeNull();
  });
});
