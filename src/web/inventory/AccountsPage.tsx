import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { DataTable } from '../components/DataTable.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { ConnectionsSection } from '../connections/ConnectionsSection.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { AddAccountForm } from './AddAccountForm.js';
import { FlagSummary } from './FlagSummary.js';
import { InventoryRow } from './InventoryRow.js';
import '../strategy/strategy.css';

async function loadInventory(workspaceId: string) {
  const params = { workspaceId };
  const [inventory, members] = await Promise.all([api.call('listInventory', { params }), api.call('listMembers', { params })]);
  return { accounts: inventory.items, members: members.items };
}

/**
 * `/w/<id>/accounts`: the accounts Chorus is connected to (issue 3) on top, then every account the
 * business has (S5), with flags and who owns it.
 */
export function AccountsPage({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  usePageTitle(t('section.accounts.title'));
  const workspaceId = membership.workspace.id;
  const { data, reload } = useApiData(`inventory:${workspaceId}`, () => loadInventory(workspaceId));
  const action = useApiAction();
  const manage = can(membership.role, 'accounts.manage');
  const change = (request: () => Promise<unknown>) =>
    void action
      .run(async () => {
        await request();
      })
      .then(reload);

  return (
    <section className="page" data-testid="section-accounts">
      <h1>{t('section.accounts.title')}</h1>
      <p className="muted">{t('inventory.intro')}</p>
      <ConnectionsSection membership={membership} />
      {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} testId="inventory-load-error" /> : null}
      {data.state === 'loaded' ? (
        <>
          <FlagSummary accounts={data.value.accounts} />
          <div className="card">
            <h2>{t('inventory.heading')}</h2>
            <FailureMessage failure={action.failure} testId="inventory-error" />
            {data.value.accounts.length === 0 ? (
              <p className="empty-state" data-testid="inventory-empty">
                {t('inventory.empty')}
              </p>
            ) : (
              <DataTable
                testId="inventory-table"
                headings={[
                  t('inventory.field.account'),
                  t('inventory.field.owner'),
                  t('inventory.field.purpose'),
                  t('inventory.field.goal'),
                  t('inventory.field.connection'),
                  t('inventory.field.lastActivity'),
                  t('inventory.field.flags'),
                ]}
                withActions={manage}
              >
                {data.value.accounts.map((account) => (
                  <InventoryRow
                    key={account.id}
                    account={account}
                    members={data.value.members}
                    canManage={manage}
                    busy={action.pending}
                    timeZone={membership.workspace.timezone}
                    handleOf={(id) => data.value.accounts.find((other) => other.id === id)?.handle}
                    onChangeOwner={(ownerUserId) =>
                      change(() => api.call('updateInventoryAccount', { params: { workspaceId, accountId: account.id }, body: { ownerUserId } }))
                    }
                    onDelete={() => change(() => api.call('deleteInventoryAccount', { params: { workspaceId, accountId: account.id } }))}
                  />
                ))}
              </DataTable>
            )}
          </div>
          {manage ? <AddAccountForm workspaceId={workspaceId} members={data.value.members} onAdded={reload} /> : null}
        </>
      ) : null}
    </section>
  );
}
