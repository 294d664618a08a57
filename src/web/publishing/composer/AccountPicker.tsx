import { useI18n } from '../../i18n/I18nProvider.js';
import { networkName } from '../labels.js';
import type { Account } from '../types.js';

interface AccountPickerProps {
  accounts: readonly Account[];
  chosen: readonly string[];
  disabled: boolean;
  onToggle: (accountId: string) => void;
}

/** The accounts a post goes to, across networks; an account that needs reconnecting says so. */
export function AccountPicker({ accounts, chosen, disabled, onToggle }: AccountPickerProps) {
  const { t } = useI18n();
  return (
    <fieldset className="pub-fieldset" data-testid="composer-accounts">
      <legend>{t('composer.accounts')}</legend>
      <div className="pub-account-choices">
        {accounts.map((account) => (
          <label key={account.id} className="checkbox pub-account-choice" data-network={account.network}>
            <input type="checkbox" checked={chosen.includes(account.id)} disabled={disabled} onChange={() => onToggle(account.id)} data-testid="composer-account" data-account-id={account.id} data-handle={account.handle} />
            <span>
              <strong>{networkName(account.network, account.networkName)}</strong> {account.handle}
              {account.status === 'expired' || account.status === 'revoked' ? <span className="pub-warning-text"> · {t('composer.accountNeedsReconnect')}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
