/**
 * The content coach's findings in words, in each language of the product: one pure catalogue the
 * composer and the calendar share. Findings stay codes with params everywhere else; params that
 * are not prose (a weekday index, an hour, a count) are put into words in the language first.
 */
import { fill } from '../../strategy/wording/index.js';
import type { Locale } from '../../validation.js';
import type { Finding, RuleId } from '../types.js';
import { en } from './en.js';
import { id } from './id.js';
import { pl } from './pl.js';
import { ru } from './ru.js';
import type { CoachWording } from './types.js';

export type { CoachWording } from './types.js';

export const COACH_WORDINGS: Readonly<Record<Locale, CoachWording>> = { en, id, ru, pl };

const WEEKDAY_PARAMS = new Set(['weekday', 'suggestedWeekday']);
const HOUR_PARAMS = new Set(['hour', 'suggestedHour']);

/** 1 January 2023 was a Sunday, so day d of the histogram (0 = Sunday) is 1 + d January. */
function weekdayName(day: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

/** A whole hour as the language writes times: "3:00 PM", "15:00", "15.00". */
function hourText(hour: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1, hour));
}

function paramText(locale: Locale, name: string, value: string | number): string {
  if (typeof value === 'string') return value;
  if (WEEKDAY_PARAMS.has(name)) return weekdayName(value, locale);
  if (HOUR_PARAMS.has(name)) return hourText(value, locale);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** One finding in words, with its params filled. */
export function wordFinding(finding: Pick<Finding, 'code' | 'params'>, locale: Locale): string {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(finding.params)) vars[name] = paramText(locale, name, value);
  return fill(COACH_WORDINGS[locale].findings[finding.code], vars);
}

/** A rule's short title in the language. */
export function wordRule(rule: RuleId, locale: Locale): string {
  return COACH_WORDINGS[locale].rules[rule];
}
