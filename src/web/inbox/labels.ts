/** Message keys for the inbox's vocabulary, typed so that a missing translation fails to compile. */
import type { ConversationKind, ConversationStatus, PriorityReasonCode, Sentiment } from '../../core/inbox/types.js';
import type { MessageKey } from '../i18n/dictionaries.js';
import type { MessageVars } from '../i18n/translate.js';
import type { PriorityReason } from './types.js';

export const statusKey = (status: ConversationStatus): MessageKey => `inbox.status.${status}`;
export const sentimentKey = (sentiment: Sentiment): MessageKey => `inbox.sentiment.${sentiment}`;
export const kindKey = (kind: ConversationKind): MessageKey => `inbox.kind.${kind}`;
export const reasonKey = (code: PriorityReasonCode): MessageKey => `inbox.reason.${code}`;

/**
 * A reason's message variables: its points and what triggered it (`words`, `followers`, `hours`,
 * `score` as the analysis names them), numbers written in the interface language.
 */
export function reasonVars(reason: PriorityReason, locale: string): MessageVars {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const vars: MessageVars = { points: reason.points };
  for (const [name, value] of Object.entries(reason.params)) vars[name] = typeof value === 'number' ? format.format(value) : value;
  return vars;
}
