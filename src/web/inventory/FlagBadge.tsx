import { useI18n } from '../i18n/I18nProvider.js';
import { flagKey } from '../strategy/labels.js';
import type { InventoryAccount } from '../strategy/types.js';
import { flagReason } from './flagText.js';

type Flag = InventoryAccount['flags'][number];

/** A coloured badge naming the flag, with its reason spelled out beneath. */
export function FlagBadge({ flag, handleOf }: { flag: Flag; handleOf: (accountId: string) => string | undefined }) {
  const { t, locale } = useI18n();
  const reason = flagReason(t, locale, flag, handleOf);
  return (
    <div className="flag-item" data-testid="inventory-flag" data-flag={flag.flag}>
      <span className={`flag flag-${flag.flag}`} title={reason}>
        {t(flagKey(flag.flag))}
      </span>
      <small className="flag-reason">{reason}</small>
    </div>
  );
}
