import { INVENTORY_FLAGS } from '../../client/endpoints.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { flagKey } from '../strategy/labels.js';
import type { InventoryAccount } from '../strategy/types.js';

/** The dashboard card: how many accounts there are and how many carry each flag. */
export function FlagSummary({ accounts }: { accounts: readonly InventoryAccount[] }) {
  const { t } = useI18n();
  const flagged = accounts.filter((account) => account.flags.length > 0).length;
  return (
    <section className="card flag-summary" data-testid="inventory-summary">
      <h2>{t('inventory.summary.heading')}</h2>
      <p>
        {t('inventory.summary.counts', { total: accounts.length, flagged })}
      </p>
      <ul className="flag-counts">
        {INVENTORY_FLAGS.map((flag) => {
          const count = accounts.filter((account) => account.flags.some((entry) => entry.flag === flag)).length;
          return (
            <li key={flag} className={count > 0 ? 'flag-count has-flags' : 'flag-count'} data-testid={`inventory-summary-${flag}`} data-count={count}>
              <span className={`flag flag-${flag}`}>{t(flagKey(flag))}</span>
              <strong>{count}</strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
