import type { ReactNode } from 'react';
import { DataTable } from '../components/DataTable.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ConnectedAccountRow } from './ConnectedAccountRow.js';
import type { ConnectedAccount } from './types.js';

interface ConnectedAccountsCardProps {
  accounts: readonly ConnectedAccount[];
  timeZone: string;
  /** Notices and failures of the last action, shown above the list. */
  children?: ReactNode;
  /** Absent for people who may not manage accounts. */
  manage?: {
    busy: boolean;
    canReconnect: (account: ConnectedAccount) => boolean;
    onTest: (account: ConnectedAccount) => void;
    onReconnect: (account: ConnectedAccount) => void;
    onDisconnect: (account: ConnectedAccount) => void;
  };
}

/** The accounts Chorus reaches through the networks, with their health and what to do about it. */
export function ConnectedAccountsCard({ accounts, timeZone, children, manage }: ConnectedAccountsCardProps) {
  const { t } = useI18n();
  const now = new Date();
  return (
    <section className="card" data-testid="connections-card">
      <h2>{t('connections.heading')}</h2>
      <p className="muted">{t('connections.intro')}</p>
      {children}
      {accounts.length === 0 ? (
        <p className="empty-state" data-testid="connections-empty">
          {t(manage ? 'connections.empty' : 'connections.emptyReadOnly')}
        </p>
      ) : (
        <DataTable
          testId="connections-table"
          headings={[t('connections.column.account'), t('connections.column.health'), t('connections.column.access'), t('connections.column.lastError')]}
          withActions={manage !== undefined}
        >
          {accounts.map((account) => (
            <ConnectedAccountRow
              key={account.id}
              account={account}
              timeZone={timeZone}
              now={now}
              actions={
                manage
                  ? {
                      busy: manage.busy,
                      canReconnect: manage.canReconnect(account),
                      onTest: () => manage.onTest(account),
                      onReconnect: () => manage.onReconnect(account),
                      onDisconnect: () => manage.onDisconnect(account),
                    }
                  : undefined
              }
            />
          ))}
        </DataTable>
      )}
      {manage ? null : <p className="hint">{t('connections.readOnly')}</p>}
    </section>
  );
}
