import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { NetworkChoice } from './NetworkChoice.js';
import { NetworkConnectForm } from './NetworkConnectForm.js';
import type { ConnectedAccount, ConnectIntent, Network } from './types.js';

interface ConnectFormProps {
  workspaceId: string;
  networks: readonly Network[];
  intent: ConnectIntent | undefined;
  onIntentChange: (intent: ConnectIntent | undefined) => void;
  onConnected: (account: ConnectedAccount) => void;
}

/** "Connect an account": pick a network, then fill in what its manifest asks for. */
export function ConnectForm({ workspaceId, networks, intent, onIntentChange, onConnected }: ConnectFormProps) {
  const { t } = useI18n();
  const card = useRef<HTMLElement>(null);
  const network = networks.find((candidate) => candidate.id === intent?.networkId);
  const reconnect = intent?.reconnect;

  // "Reconnect" in the list above opens this form; bring it into view with its first field ready.
  useEffect(() => {
    if (!reconnect || !card.current) return;
    card.current.scrollIntoView({ block: 'start' });
    card.current.querySelector<HTMLInputElement>('form input')?.focus();
  }, [reconnect]);

  return (
    <section className="card" ref={card} data-testid="connect-card">
      <h2>{reconnect ? t('connections.connect.reconnectHeading', { handle: reconnect.handle }) : t('connections.connect.heading')}</h2>
      {reconnect ? (
        <p className="notice notice-info" data-testid="connect-reconnecting">
          {t('connections.connect.reconnectHint', { handle: reconnect.handle })}{' '}
          <button type="button" className="button-link" onClick={() => onIntentChange(undefined)} data-testid="connect-reconnect-cancel">
            {t('common.cancel')}
          </button>
        </p>
      ) : null}
      {networks.length === 0 ? (
        <p className="empty-state">{t('connections.connect.noNetworks')}</p>
      ) : (
        <div className="form">
          <NetworkChoice networks={networks} chosen={network?.id} disabled={reconnect !== undefined} onChoose={(networkId) => onIntentChange({ networkId })} />
          {network ? (
            <NetworkConnectForm key={`${network.id}:${reconnect?.accountId ?? ''}`} workspaceId={workspaceId} network={network} reconnect={reconnect} onConnected={onConnected} />
          ) : null}
        </div>
      )}
    </section>
  );
}
