/**
 * Repeat-purchase rate of customers who first came from social (A4): of the customers whose first
 * order was attributed to social, the share who ordered again. Customers are known only by the
 * hashed id the shop sends; orders without one cannot be linked and are left out.
 */
import { repeatRate } from './money.js';

export interface CustomerOrder {
  customerHash: string | null;
  orderedAt: Date;
  /** Attributed to social (any network). */
  social: boolean;
}

export interface RepeatPurchase {
  /** Customers whose first order was attributed to social. */
  socialCustomers: number;
  /** Of those, the ones with a later order (from any channel). */
  repeatCustomers: number;
  /** repeatCustomers ÷ socialCustomers × 100; null without social customers. */
  rate: number | null;
}

/**
 * `orders` should hold every order of the customers concerned up to the end of the period; with
 * `firstFrom`, only customers whose first order is at or after that instant are counted (the
 * period's new social customers), so earlier customers do not weigh on a later period.
 */
export function repeatPurchaseRate(orders: readonly CustomerOrder[], firstFrom?: Date): RepeatPurchase {
  const byCustomer = new Map<string, CustomerOrder[]>();
  for (const order of orders) {
    if (!order.customerHash) continue;
    const list = byCustomer.get(order.customerHash) ?? [];
    list.push(order);
    byCustomer.set(order.customerHash, list);
  }
  let socialCustomers = 0;
  let repeatCustomers = 0;
  for (const list of byCustomer.values()) {
    const sorted = [...list].sort((a, b) => a.orderedAt.getTime() - b.orderedAt.getTime());
    const first = sorted[0];
    if (!first?.social) continue;
    if (firstFrom && first.orderedAt.getTime() < firstFrom.getTime()) continue;
    socialCustomers += 1;
    if (sorted.length > 1) repeatCustomers += 1;
  }
  return { socialCustomers, repeatCustomers, rate: repeatRate(repeatCustomers, socialCustomers) };
}
