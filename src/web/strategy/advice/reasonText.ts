/**
 * The advisor's reasons in words. The API sends a code with parameters; the sentence comes from
 * the dictionary key `advisor.reason.<code>`, with parameters that are themselves ids (a country,
 * a network, a tier) put into words first. An unknown code is shown as it is, never dropped.
 */
import { CHANNEL_IDS, type ChannelId } from '../../../core/strategy/facts/types.js';
import { PRICE_LEVELS } from '../../../core/strategy/profile.js';
import { isMessageKey, type MessageKey } from '../../i18n/dictionaries.js';
import type { MessageVars } from '../../i18n/translate.js';
import { channelKey, countryName, priceLevelKey } from '../labels.js';

type Translate = (key: MessageKey, vars?: MessageVars) => string;
type Params = Readonly<Record<string, string | number>>;

const isChannel = (value: string): value is ChannelId => (CHANNEL_IDS as readonly string[]).includes(value);

/** A translation of an id-like value where the dictionary has `<prefix>.<value>`, else the value. */
function word(t: Translate, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

export function channelName(t: Translate, channel: string): string {
  return isChannel(channel) ? t(channelKey(channel)) : channel;
}

function paramText(t: Translate, locale: string, name: string, value: string | number): string {
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  switch (name) {
    case 'country':
      return countryName(locale, value);
    case 'channel':
      return channelName(t, value);
    case 'tier':
      return word(t, 'advisor.tier', value);
    case 'skew':
      return word(t, 'advisor.skew', value);
    case 'priceLevel': {
      const level = PRICE_LEVELS.find((candidate) => candidate === value);
      return level ? t(priceLevelKey(level)) : value;
    }
    case 'gates':
      return value
        .split(',')
        .filter((gate) => gate !== '')
        .map((gate) => word(t, 'advisor.gate', gate))
        .join(', ');
    default:
      return value;
  }
}

/** A second sentence some codes add when a parameter is there (a reach share, a local radius). */
function addendum(code: string, params: Params): MessageKey | undefined {
  if ((code === 'strong_reach_in_country' || code === 'some_reach_in_country') && params.sharePercent !== undefined) return 'advisor.reason.share';
  if (code === 'minimum_ad_audience') return params.radiusKm !== undefined ? 'advisor.reason.minimum_ad_audience.local' : 'advisor.reason.minimum_ad_audience.niche';
  return undefined;
}

export function reasonText(t: Translate, locale: string, reason: { code: string; params: Params }): string {
  const key = `advisor.reason.${reason.code}`;
  if (!isMessageKey(key)) return reason.code;
  const vars: MessageVars = {};
  for (const [name, value] of Object.entries(reason.params)) vars[name] = paramText(t, locale, name, value);
  const extra = addendum(reason.code, reason.params);
  return extra ? `${t(key, vars)} ${t(extra, vars)}` : t(key, vars);
}

/**
 * What the profile lacks and why it matters. A reason with params (the country without figures,
 * the currency without a threshold) has a `.named` message that names it; an unknown code shows as is.
 */
export function missingText(
  t: Translate,
  locale: string,
  missing: { field: string; why: string; params?: Params | undefined },
): { field: string; why: string } {
  const field = word(t, 'profile.field', missing.field);
  const params = missing.params ?? {};
  const named = `advisor.missing.${missing.why}.named`;
  if (Object.keys(params).length > 0 && isMessageKey(named)) {
    const vars: MessageVars = {};
    for (const [name, value] of Object.entries(params)) vars[name] = paramText(t, locale, name, value);
    return { field, why: t(named, vars) };
  }
  return { field, why: word(t, 'advisor.missing', missing.why) };
}
