import { describe, expect, test } from 'vitest';
import { repeatPurchaseRate, type CustomerOrder } from './repeat-purchase.js';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));
const order = (customerHash: string | null, day: number, social: boolean): CustomerOrder => ({ customerHash, orderedAt: at(day), social });

describe('repeat-purchase rate of customers first brought by social', () => {
  const orders = [
    // a: first order from social, ordered again (from e-mail): repeats.
    order('a', 1, true),
    order('a', 9, false),
    // b: first from social, once: does not repeat.
    order('b', 2, true),
    // c: first from elsewhere, then social: not a social customer.
    order('c', 1, false),
    order('c', 5, true),
    // d: first from social on day 3, twice more.
    order('d', 3, true),
    order('d', 4, true),
    order('d', 6, false),
    // no customer id: cannot be followed.
    order(null, 2, true),
  ];
  test('a and d repeat out of a, b, d: 2 ÷ 3 × 100', () => {
    expect(repeatPurchaseRate(orders)).toEqual({ socialCustomers: 3, repeatCustomers: 2, rate: 66.67 });
  });
  test('the first order decides, in time order whatever the list order', () => {
    expect(repeatPurchaseRate([...orders].reverse())).toEqual({ socialCustomers: 3, repeatCustomers: 2, rate: 66.67 });
  });
  test('only customers first seen from a given instant', () => {
    expect(repeatPurchaseRate(orders, at(2))).toEqual({ socialCustomers: 2, repeatCustomers: 1, rate: 50 });
  });
  test('no social customers: not known', () => {
    expect(repeatPurchaseRate([order('c', 1, false)])).toEqual({ socialCustomers: 0, repeatCustomers: 0, rate: null });
  });
});
