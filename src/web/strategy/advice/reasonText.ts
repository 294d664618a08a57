/**
 * The advisor's reasons in words. The API sends a code with parameters; the sentence comes from the
 * shared wording in core (the same the strategy document export uses), with parameters that are
 * themselves ids (a country, a network, a tier) put into words there. An unknown code is shown as
 * it is, never dropped.
 */
import { isMissingCode, isReasonCode, wordChannel, wordMissing, wordReason } from '../../../core/strategy/wording/index.js';
import { isMessageKey, type MessageKey } from '../../i18n/dictionaries.js';
import type { Locale } from '../../i18n/locale.js';
import type { MessageVars } from '../../i18n/translate.js';

type Translate = (key: MessageKey, vars?: MessageVars) => string;
type Params = Readonly<Record<string, string | number>>;


/** A network's name, or the search alternative's in the interface language. */
export function channelName(locale: Locale, channel: string): string {
  return wordChannel(channel, locale);
}

export function reasonText(locale: Locale, reason: { code: string; params: Params }): string {
  const { code } = reason;
  return isReasonCode(code) ? wordReason({ code, params: reason.params }, locale) : code;
}

/**
 * What the profile lacks and why it matters. The field's name is an interface label; the why comes
 * from the shared wording, naming the country or currency when the params have one.
 */
export function missingText(
  t: Translate,
  locale: Locale,
  missing: { field: string; why: string; params?: Params | undefined },
): { field: string; why: string } {
  const fieldKey = `profile.field.${missing.field}`;
  const field = isMessageKey(fieldKey) ? t(fieldKey) : missing.field;
  const { why } = missing;
  return { field, why: isMissingCode(why) ? wordMissing({ why, params: missing.params }, locale) : why };
}
