/**
 * Message keys for the strategy vocabulary. Each helper's return type is a template of the key, so a
 * value added to a core list without a translation is a compile error here, not a raw id on screen.
 */
import type { GoalId, KpiPeriod } from '../../core/strategy/goals.js';
import type { Gender, Industry, Market, MarketScope, PriceLevel, SalesChannel } from '../../core/strategy/profile.js';
import { isMessageKey, type MessageKey } from '../i18n/dictionaries.js';
import type { InventoryFlag, OnboardingStep, StrategyRole, Verdict } from './types.js';

export const industryKey = (industry: Industry): `profile.industry.${Industry}` => `profile.industry.${industry}`;
export const marketKey = (market: Market): `profile.market.${Market}` => `profile.market.${market}`;
export const priceLevelKey = (level: PriceLevel): `profile.priceLevel.${PriceLevel}` => `profile.priceLevel.${level}`;
export const genderKey = (gender: Gender): `profile.gender.${Gender}` => `profile.gender.${gender}`;
export const marketScopeKey = (scope: MarketScope): `profile.marketScope.${MarketScope}` => `profile.marketScope.${scope}`;
export const salesChannelKey = (channel: SalesChannel): `profile.salesChannel.${SalesChannel}` => `profile.salesChannel.${channel}`;
export const goalKey = (goal: GoalId): `goal.${GoalId}` => `goal.${goal}`;
export const goalHintKey = (goal: GoalId): `goal.${GoalId}.hint` => `goal.${goal}.hint`;
export const periodKey = (period: KpiPeriod): `kpi.period.${KpiPeriod}` => `kpi.period.${period}`;
export const verdictKey = (verdict: Verdict): `advisor.verdict.${Verdict}` => `advisor.verdict.${verdict}`;
export const roleKey = (role: StrategyRole): `strategy.role.${StrategyRole}` => `strategy.role.${role}`;
export const stepKey = (step: OnboardingStep): `wizard.step.${OnboardingStep}` => `wizard.step.${step}`;
export const flagKey = (flag: InventoryFlag): `inventory.flag.${InventoryFlag}` => `inventory.flag.${flag}`;

/** A KPI's name; KPI ids are open strings in the catalogue, so an untranslated one shows its id. */
export function kpiLabel(t: (key: MessageKey) => string, kpi: string): string {
  const key = `kpi.${kpi}`;
  return isMessageKey(key) ? t(key) : kpi;
}

/** A country's name in the interface language, from the browser's own region names. */
export function countryName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function currencyName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
