import { ConfirmButton } from '../components/ConfirmButton.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { AccessState } from './AccessState.js';
import { HealthBadge } from './HealthBadge.js';
import { LastError } from './LastError.js';
import type { ConnectedAccount } from './types.js';

interface ConnectedAccountRowProps {
  account: ConnectedAccount;
  timeZone: string;
  now: Date;
  /** Absent for people who may not manage accounts: the row then has no buttons. */
  actions?: {
    busy: boolean;
    /** False when this install no longer has the account's connector. */
    canReconnect: boolean;
    onTest: () => void;
    onReconnect: () => void;
    onDisconnect: () => void;
  };
}

export function ConnectedAccountRow({ account, timeZone, now, actions }: ConnectedAccountRowProps) {
  const { t } = useI18n();
  return (
    <tr data-testid="connection-row" data-network={account.network} data-handle={account.handle} data-account-id={account.id}>
      <td>
        <strong>{account.networkName}</strong>
        <br />
        {account.url ? (
          <a href={account.url} target="_blank" rel="noreferrer noopener" data-testid="connection-handle">
            {account.handle}
          </a>
        ) : (
          <span data-testid="connection-handle">{account.handle}</span>
        )}
        {account.displayName ? <span className="muted"> · {account.displayName}</span> : null}
      </td>
      <td>
        <HealthBadge status={account.status} />
      </td>
      <td>
        <AccessState account={account} timeZone={timeZone} now={now} />
      </td>
      <td>
        <LastError error={account.lastError} timeZone={timeZone} now={now} />
      </td>
      {actions ? (
        <td className="actions">
          <div className="row-actions">
            <button type="button" className="button-secondary" disabled={actions.busy} onClick={actions.onTest} data-testid="connection-test">
              {t('connections.test')}
            </button>
            {actions.canReconnect ? (
              <button type="button" className="button-secondary" disabled={actions.busy} onClick={actions.onReconnect} data-testid="connection-reconnect">
                {t('connections.reconnect')}
              </button>
            ) : null}
            <ConfirmButton
              label={t('connections.disconnect')}
              question={t('connections.disconnectQuestion', { handle: account.handle, network: account.networkName })}
              confirmLabel={t('connections.disconnect')}
              onConfirm={actions.onDisconnect}
              disabled={actions.busy}
              testId="connection-disconnect"
            />
          </div>
        </td>
      ) : null}
    </tr>
  );
}
