import { useI18n } from '../../i18n/I18nProvider.js';
import type { Account } from '../types.js';

interface VariantTabsProps {
  accounts: readonly Account[];
  tab: string | undefined;
  variants: Readonly<Record<string, unknown>>;
  disabled: boolean;
  onTab: (accountId: string | undefined) => void;
  onVariant: (accountId: string, own: boolean) => void;
}

/**
 * "All accounts" edits the master version; an account's tab shows whether it has its own version,
 * and starts one as a copy of the master when asked.
 */
export function VariantTabs({ accounts, tab, variants, disabled, onTab, onVariant }: VariantTabsProps) {
  const { t } = useI18n();
  const current = accounts.find(({ id }) => id === tab);
  return (
    <div className="pub-variants">
      <nav className="tabs" aria-label={t('composer.variants')}>
        <a
          href="#master"
          aria-current={tab === undefined ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            onTab(undefined);
          }}
          data-testid="variant-tab-master"
        >
          {t('composer.variant.master')}
        </a>
        {accounts.map((account) => (
          <a
            key={account.id}
            href={`#${account.id}`}
            aria-current={tab === account.id ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              onTab(account.id);
            }}
            data-testid="variant-tab"
          >
            {account.handle}
            {variants[account.id] ? ' ✎' : ''}
          </a>
        ))}
      </nav>
      {current ? (
        <p className="pub-variant-note">
          {variants[current.id] ? t('composer.variant.own', { handle: current.handle }) : t('composer.variant.usesMaster', { handle: current.handle })}{' '}
          <button type="button" className="button-secondary" disabled={disabled} onClick={() => onVariant(current.id, !variants[current.id])} data-testid="variant-toggle">
            {variants[current.id] ? t('composer.variant.drop') : t('composer.variant.start')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
