/**
 * An inventory flag's reason in words. The API sends the flag with its params (see
 * src/core/strategy/inventory.ts): which rule fired and the figures behind it.
 */
import type { MessageKey } from '../i18n/dictionaries.js';
import type { Locale } from '../i18n/locale.js';
import type { MessageVars } from '../i18n/translate.js';
import { channelName } from '../strategy/advice/reasonText.js';
import type { InventoryAccount } from '../strategy/types.js';

type Translate = (key: MessageKey, vars?: MessageVars) => string;
type Flag = InventoryAccount['flags'][number];

const num = (value: string | number | undefined): number | undefined => (typeof value === 'number' ? value : undefined);

/** `handleOf` names the other account of a duplicate pair. */
export function flagReason(t: Translate, locale: Locale, flag: Flag, handleOf: (accountId: string) => string | undefined): string {
  const { params } = flag;
  switch (flag.flag) {
    case 'duplicate': {
      const other = (typeof params.otherAccountId === 'string' ? handleOf(params.otherAccountId) : undefined) ?? '?';
      return t(params.match === 'name' ? 'inventory.flagReason.duplicate.name' : 'inventory.flagReason.duplicate.handle', { other });
    }
    case 'orphaned':
      return t(params.reason === 'owner_left' ? 'inventory.flagReason.orphaned.ownerLeft' : 'inventory.flagReason.orphaned.noOwner');
    case 'dormant': {
      const thresholdDays = num(params.thresholdDays) ?? 7;
      const days = num(params.daysSinceLastPost);
      return days === undefined
        ? t('inventory.flagReason.dormant.neverPosted', { thresholdDays })
        : t('inventory.flagReason.dormant.noRecentPost', { days, thresholdDays });
    }
    case 'off_strategy':
      return t('inventory.flagReason.offStrategy', { network: channelName(locale, String(params.network ?? '')) });
    case 'token_expiring': {
      const daysLeft = num(params.daysLeft);
      return daysLeft !== undefined && daysLeft >= 0
        ? t('inventory.flagReason.tokenExpiring.soon', { days: daysLeft })
        : t('inventory.flagReason.tokenExpiring.expired');
    }
  }
}
