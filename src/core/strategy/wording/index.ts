/**
 * The advisor's reasons in words, in each language of the product: one pure catalogue shared by
 * the web UI and the strategy document export. Reasons stay codes with params everywhere else;
 * params that are ids (a country, a channel, a tier) are put into words here before filling.
 */
import type { Locale } from '../../validation.js';
import {
  CHANNEL_REASON_CODES,
  CONCLUSION_REASON_CODES,
  MISSING_REASON_CODES,
  type ConclusionKind,
  type MissingReasonCode,
  type ReasonCode,
  type ReasonParams,
} from '../reasons.js';
import { en } from './en.js';
import { NETWORK_NAMES } from './names.js';
import { id } from './id.js';
import { pl } from './pl.js';
import { ru } from './ru.js';
import type { ConclusionTitle, NamedMissingCode, Wording } from './types.js';

export type { ConclusionTitle, Wording } from './types.js';

export const WORDINGS: Readonly<Record<Locale, Wording>> = { en, id, ru, pl };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names in a message, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

/** Fills `{name}` from vars; a placeholder without a value stays visible rather than vanishing. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => vars[name] ?? whole);
}

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export const isReasonCode = (code: string): code is ReasonCode => includes(CHANNEL_REASON_CODES, code) || includes(CONCLUSION_REASON_CODES, code);
export const isMissingCode = (code: string): code is MissingReasonCode => includes(MISSING_REASON_CODES, code);

/** A value from a name table where the table has it, else the value itself. */
function lookup(table: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(table, value) ? (table[value] ?? value) : value;
}

function regionName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A channel's name in the language; an unknown id shows as it is. */
export function wordChannel(channel: string, locale: Locale): string {
  return lookup({ ...NETWORK_NAMES, ...WORDINGS[locale].searchChannels }, channel);
}

function paramText(locale: Locale, name: string, value: string | number): string {
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  const words = WORDINGS[locale];
  switch (name) {
    case 'country':
      return regionName(locale, value);
    case 'channel':
      return wordChannel(value, locale);
    case 'tier':
      return lookup(words.tiers, value);
    case 'skew':
      return lookup(words.skews, value);
    case 'priceLevel':
      return lookup(words.priceLevels, value);
    case 'gates':
      return value
        .split(',')
        .filter((gate) => gate !== '')
        .map((gate) => lookup(words.gates, gate))
        .join(', ');
    default:
      return value;
  }
}

function varsOf(locale: Locale, params: ReasonParams): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) vars[name] = paramText(locale, name, value);
  return vars;
}

/** A second sentence some codes add when a parameter is there (a reach share, a local radius). */
function addendum(words: Wording, code: ReasonCode, params: ReasonParams): string | undefined {
  if ((code === 'strong_reach_in_country' || code === 'some_reach_in_country') && params.sharePercent !== undefined) return words.addenda.share;
  if (code === 'minimum_ad_audience') return params.radiusKm !== undefined ? words.addenda.minimumAdAudienceLocal : words.addenda.minimumAdAudienceNiche;
  return undefined;
}

/** One reason in words, with its params filled. */
export function wordReason(reason: { readonly code: ReasonCode; readonly params: ReasonParams }, locale: Locale): string {
  const words = WORDINGS[locale];
  const vars = varsOf(locale, reason.params);
  const main = fill(words.reasons[reason.code], vars);
  const extra = addendum(words, reason.code, reason.params);
  return extra === undefined ? main : `${main} ${fill(extra, vars)}`;
}

/** The conclusion's title: "not social" names tenders when the revenue comes from government contracts. */
export function wordConclusion(
  conclusion: { readonly kind: ConclusionKind; readonly reasons: readonly { readonly code: string }[] },
  locale: Locale,
): string {
  const tenders = conclusion.kind === 'not_social' && conclusion.reasons.some((reason) => reason.code === 'revenue_from_government_contracts');
  const title: ConclusionTitle = tenders ? 'not_social_tenders' : conclusion.kind;
  return WORDINGS[locale].conclusions[title];
}

const isNamed = (code: MissingReasonCode): code is NamedMissingCode => code === 'no_figures_for_country' || code === 'budget_size_unknown_for_currency';

/** Why a missing answer matters; with params (the country, the currency) the message names them. */
export function wordMissing(missing: { readonly why: MissingReasonCode; readonly params?: ReasonParams | undefined }, locale: Locale): string {
  const words = WORDINGS[locale];
  const params = missing.params ?? {};
  if (Object.keys(params).length > 0 && isNamed(missing.why)) return fill(words.missingNamed[missing.why], varsOf(locale, params));
  return words.missing[missing.why];
}
