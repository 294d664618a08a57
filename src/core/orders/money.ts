/**
 * Money figures of requirement A4, rounded for display. The formulas themselves are those of
 * `core/metrics/formulas.ts` (sources in docs/metrics.md, shared/FACTS.md §1):
 * - cost per order = spend ÷ orders (AllBusiness glossary; unprofitable above the average order value),
 * - return on spend = (revenue − spend) ÷ spend × 100,
 * - repeat-purchase rate = customers who ordered again ÷ customers × 100.
 * Average order value (revenue ÷ orders) is not among them and is defined here with the same
 * `safeRatio`. A zero denominator gives null ("not known"), never 0 or infinity.
 */
import { costPerOrder as cpoFormula, returnOnSpend as rosFormula, repeatPurchaseRate as repeatFormula, safeRatio } from '../metrics/formulas.js';

export function costPerOrder(spend: number, orders: number): number | null {
  return roundOrNull(cpoFormula(spend, orders), roundMoney);
}

export function returnOnSpend(revenue: number, spend: number): number | null {
  return roundOrNull(rosFormula(revenue, spend), roundRate);
}

export function averageOrderValue(revenue: number, orders: number): number | null {
  return roundOrNull(safeRatio(revenue, orders), roundMoney);
}

export function repeatRate(repeatCustomers: number, customers: number): number | null {
  return roundOrNull(repeatFormula(repeatCustomers, customers), roundRate);
}

const roundOrNull = (value: number | null, round: (value: number) => number) => (value === null ? null : round(value));

/** Money to 1/10,000 of a unit (the stored precision), without binary noise like 0.30000000000000004. */
export function roundMoney(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Percentages to two decimals. */
export function roundRate(value: number): number {
  return Math.round(value * 100) / 100;
}
