/**
 * Words for the connection vocabulary. Each helper's return type is a template of the key, so a
 * status or failure kind added to the core lists without a translation fails to compile here.
 */
import type { Locale } from '../i18n/locale.js';
import type { AccountStatus, FailureKind, NetworkField } from './types.js';

export const statusKey = (status: AccountStatus): `connections.status.${AccountStatus}` => `connections.status.${status}`;
export const statusAdviceKey = (status: AccountStatus): `connections.statusAdvice.${AccountStatus}` => `connections.statusAdvice.${status}`;
export const failureKindKey = (kind: FailureKind): `connections.failureKind.${FailureKind}` => `connections.failureKind.${kind}`;

/** A connect field's label or help in the interface language; the API sends all four. */
export function localized(text: NetworkField['label'], locale: Locale): string {
  return text[locale];
}
