import { useEffect, useState } from 'react';
import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { ConnectedAccountsCard } from './ConnectedAccountsCard.js';
import { ConnectForm } from './ConnectForm.js';
import { useOAuthReturn } from './oauthReturn.js';
import { SectionNotice, type Notice } from './SectionNotice.js';
import type { ConnectedAccount, ConnectIntent, Network } from './types.js';
import './connections.css';

async function loadConnections(workspaceId: string) {
  const [networks, accounts] = await Promise.all([api.call('listNetworks'), api.call('listConnections', { params: { workspaceId } })]);
  return { networks: networks.items, accounts: accounts.items };
}

/** An OAuth network that asks for nothing can go straight to its sign-in page to renew an account. */
const reconnectsDirectly = (network: Network) => network.connect.kind === 'oauth2' && !network.connect.fields.some((field) => field.required);

/** The top of the accounts page: connected accounts with their health, and connecting another. */
export function ConnectionsSection({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  const workspaceId = membership.workspace.id;
  const manage = can(membership.role, 'accounts.manage');
  const { data, reload } = useApiData(`connections:${workspaceId}`, () => loadConnections(workspaceId));
  const action = useApiAction();
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [intent, setIntent] = useState<ConnectIntent | undefined>(undefined);
  const [oauthReturn, clearOAuthReturn] = useOAuthReturn();

  // Back from a network's sign-in page: say how it went, naming the account once the list has it.
  const accounts = data.state === 'loaded' ? data.value.accounts : undefined;
  useEffect(() => {
    if (!oauthReturn) return;
    if (oauthReturn.kind === 'failed') {
      setNotice({ tone: 'error', key: 'connections.notice.oauthFailed', detail: oauthReturn.message });
      clearOAuthReturn();
      return;
    }
    if (!accounts) return;
    const account = accounts.find(({ id }) => id === oauthReturn.accountId);
    setNotice(
      account
        ? { tone: 'success', key: 'connections.notice.connected', vars: { handle: account.handle, network: account.networkName } }
        : { tone: 'success', key: 'connections.notice.connectedUnnamed' },
    );
    clearOAuthReturn();
  }, [oauthReturn, accounts, clearOAuthReturn]);

  if (data.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.state === 'failed') return <FailureMessage failure={data.failure} testId="connections-load-error" />;
  const { networks } = data.value;
  const networkOf = (account: ConnectedAccount) => networks.find((network) => network.id === account.network);

  const act = (request: () => Promise<Notice>) => {
    setNotice(undefined);
    void action
      .run(async () => {
        setNotice(await request());
      })
      .then(reload);
  };

  const test = (account: ConnectedAccount) =>
    act(async () => {
      const tested = await api.call('testConnection', { params: { workspaceId, accountId: account.id } });
      return tested.status === 'healthy'
        ? { tone: 'success', key: 'connections.notice.testOk', vars: { handle: tested.handle } }
        : { tone: 'warning', key: 'connections.notice.testFailed', vars: { handle: tested.handle } };
    });

  const disconnect = (account: ConnectedAccount) =>
    act(async () => {
      await api.call('disconnectAccount', { params: { workspaceId, accountId: account.id } });
      if (intent?.reconnect?.accountId === account.id) setIntent(undefined);
      return { tone: 'success', key: 'connections.notice.disconnected', vars: { handle: account.handle } };
    });

  const reconnect = (account: ConnectedAccount) => {
    const network = networkOf(account);
    if (!network) return;
    if (!reconnectsDirectly(network)) {
      setNotice(undefined);
      setIntent({ networkId: network.id, reconnect: { accountId: account.id, handle: account.handle } });
      return;
    }
    setNotice(undefined);
    void action.run(async () => {
      const { authorizeUrl } = await api.call('beginOAuth', { params: { workspaceId }, body: { network: network.id, fields: {}, reconnectAccountId: account.id } });
      window.location.assign(authorizeUrl);
    });
  };

  const connected = (account: ConnectedAccount) => {
    setIntent(undefined);
    setNotice({ tone: 'success', key: 'connections.notice.connected', vars: { handle: account.handle, network: account.networkName } });
    reload();
  };

  return (
    <div className="connections" data-testid="connections-section">
      <ConnectedAccountsCard
        accounts={data.value.accounts}
        timeZone={membership.workspace.timezone}
        manage={manage ? { busy: action.pending, canReconnect: (account) => networkOf(account) !== undefined, onTest: test, onReconnect: reconnect, onDisconnect: disconnect } : undefined}
      >
        <SectionNotice notice={notice} onDismiss={() => setNotice(undefined)} />
        <FailureMessage failure={action.failure} testId="connections-error" />
      </ConnectedAccountsCard>
      {manage ? <ConnectForm workspaceId={workspaceId} networks={networks} intent={intent} onIntentChange={setIntent} onConnected={connected} /> : null}
    </div>
  );
}
