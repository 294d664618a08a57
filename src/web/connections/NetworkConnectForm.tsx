import { useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { NetworkFields } from './NetworkFields.js';
import type { ConnectedAccount, ConnectIntent, Network } from './types.js';

interface NetworkConnectFormProps {
  workspaceId: string;
  network: Network;
  reconnect: ConnectIntent['reconnect'];
  onConnected: (account: ConnectedAccount) => void;
}

const defaultsOf = (network: Network): Record<string, string> =>
  Object.fromEntries(network.connect.fields.map((field) => [field.name, field.defaultValue ?? '']));

/**
 * One network's connect form. Credentials go to the server once and are then cleared from the
 * page; an OAuth network sends the browser to its sign-in page, which returns to this page.
 */
export function NetworkConnectForm({ workspaceId, network, reconnect, onConnected }: NetworkConnectFormProps) {
  const { t } = useI18n();
  const { run, pending, failure } = useApiAction();
  const [values, setValues] = useState<Record<string, string>>(() => defaultsOf(network));
  const [leaving, setLeaving] = useState(false);
  const oauth = network.connect.kind === 'oauth2';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = Object.fromEntries(network.connect.fields.map((field) => [field.name, values[field.name] ?? '']));
    const params = { workspaceId };
    void run(async () => {
      if (oauth) {
        const { authorizeUrl } = await api.call('beginOAuth', {
          params,
          body: { network: network.id, fields, ...(reconnect ? { reconnectAccountId: reconnect.accountId } : {}) },
        });
        setLeaving(true);
        window.location.assign(authorizeUrl);
        return;
      }
      const account = await api.call('connectAccount', { params, body: { network: network.id, fields } });
      // The secrets were sent once; nothing of them stays on the page.
      setValues(defaultsOf(network));
      onConnected(account);
    });
  };

  return (
    <form className="form" onSubmit={submit} data-testid="connect-form" data-network={network.id} autoComplete="off">
      <NetworkFields fields={network.connect.fields} values={values} onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))} />
      {network.connect.fields.some((field) => field.required) ? <small className="hint">{t('connections.connect.requiredHint')}</small> : null}
      {oauth ? <p className="muted">{t('connections.connect.oauthHint', { network: network.name })}</p> : null}
      <FailureMessage failure={failure} testId="connect-error" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending || leaving} data-testid="connect-submit">
          {oauth ? t('connections.connect.submitOAuth', { network: network.name }) : t('connections.connect.submit')}
        </button>
        {leaving ? (
          <span className="muted" role="status">
            {t('connections.connect.redirecting')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
