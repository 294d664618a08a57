import { useI18n } from '../i18n/I18nProvider.js';
import { capabilityLine } from './capabilities.js';
import type { Network } from './types.js';

interface NetworkChoiceProps {
  networks: readonly Network[];
  chosen: string | undefined;
  onChoose: (networkId: string) => void;
  disabled: boolean;
}

/** Every network this install has, as a card to pick: its name, how it connects and what it can do. */
export function NetworkChoice({ networks, chosen, onChoose, disabled }: NetworkChoiceProps) {
  const { t, locale } = useI18n();
  return (
    <fieldset className="network-choice" disabled={disabled}>
      <legend>{t('connections.connect.chooseNetwork')}</legend>
      <div className="network-cards">
        {networks.map((network) => (
          <label key={network.id} className={network.id === chosen ? 'network-card network-card-chosen' : 'network-card'} data-testid={`connect-network-${network.id}`}>
            <input type="radio" name="connect-network" value={network.id} checked={network.id === chosen} onChange={() => onChoose(network.id)} />
            <span className="network-card-text">
              <strong>{network.name}</strong>
              <small className="muted">
                {network.connect.kind === 'oauth2' ? t('connections.connect.kind.oauth2', { network: network.name }) : t('connections.connect.kind.credentials')}
              </small>
              <small>{capabilityLine(t, locale, network.capabilities)}</small>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
