/**
 * How figures read in each language: counts, percentages, money and KPI units, with "unknown"
 * for a figure that is not known (never 0). Shared by the web UI and the reports.
 */
import type { KpiUnit } from '../strategy/goals.js';
import type { Locale } from '../validation.js';

export class FigureFormat {
  private readonly number: Intl.NumberFormat;
  private readonly rate: Intl.NumberFormat;
  private readonly money: Intl.NumberFormat;
  constructor(
    readonly locale: Locale,
    currency: string,
    private readonly unknown: string,
  ) {
    this.number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    let money: Intl.NumberFormat;
    try {
      money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 });
    } catch {
      // An unknown currency code: show the amount with the code beside it rather than fail the report.
      money = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    }
    this.money = money;
  }
  count(value: number | null): string {
    return value === null ? this.unknown : this.number.format(value);
  }
  percent(value: number | null): string {
    return value === null ? this.unknown : `${this.rate.format(value)} %`;
  }
  decimal(value: number | null): string {
    return value === null ? this.unknown : this.rate.format(value);
  }
  currency(value: number | null): string {
    return value === null ? this.unknown : this.money.format(value);
  }
  unit(value: number | null, unit: KpiUnit): string {
    switch (unit) {
      case 'count': return this.count(value);
      case 'currency': return this.currency(value);
      case 'percent': return this.percent(value);
      case 'ratio': return this.decimal(value);
      case 'minutes': return value === null ? this.unknown : `${this.rate.format(value)} min`;
    }
  }
}
