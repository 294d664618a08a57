import { useState } from 'react';
import { can } from '../../core/access/permissions.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { DataTable } from '../components/DataTable.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { roleMessageKey } from '../components/roles.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { CreateApiKeyForm } from './CreateApiKeyForm.js';
import { NewApiKeySecret } from './NewApiKeySecret.js';

export function ApiKeysTab({ membership }: { membership: Membership }) {
  const { t, formatDateTime } = useI18n();
  const workspaceId = membership.workspace.id;
  const timeZone = membership.workspace.timezone;
  const { data, reload } = useApiData(`apiKeys:${workspaceId}`, async () => (await api.call('listApiKeys', { params: { workspaceId } })).items);
  const deletion = useApiAction();
  const [newSecret, setNewSecret] = useState<{ name: string; secret: string } | undefined>(undefined);
  const manage = can(membership.role, 'apiKeys.manage');

  const remove = (keyId: string) => void deletion.run(() => api.call('deleteApiKey', { params: { workspaceId, keyId } }).then(() => undefined)).then(reload);

  return (
    <>
      {newSecret ? <NewApiKeySecret name={newSecret.name} secret={newSecret.secret} onDone={() => setNewSecret(undefined)} /> : null}
      <div className="card">
        <h2>{t('settings.apiKeys.heading')}</h2>
        <p className="muted">{t('settings.apiKeys.intro')}</p>
        <FailureMessage failure={deletion.failure} testId="api-keys-error" />
        {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
        {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
        {data.state === 'loaded' && data.value.length === 0 ? (
          <p className="empty-state" data-testid="api-keys-empty">
            {t('settings.apiKeys.empty')}
          </p>
        ) : null}
        {data.state === 'loaded' && data.value.length > 0 ? (
          <DataTable testId="api-keys-table" headings={[t('settings.apiKeys.name'), t('settings.apiKeys.prefix'), t('field.role'), t('settings.apiKeys.created'), t('settings.apiKeys.lastUsed')]} withActions>
            {data.value.map((key) => (
              <tr key={key.id} data-testid="api-key-row">
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{t(roleMessageKey(key.role))}</td>
                <td>{formatDateTime(key.createdAt, timeZone)}</td>
                <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt, timeZone) : t('settings.apiKeys.neverUsed')}</td>
                <td className="actions">
                  {manage ? (
                    <ConfirmButton
                      label={t('common.delete')}
                      question={t('settings.apiKeys.deleteQuestion', { name: key.name })}
                      confirmLabel={t('common.delete')}
                      onConfirm={() => remove(key.id)}
                      disabled={deletion.pending}
                      testId="api-key-delete"
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </div>
      {manage ? (
        <CreateApiKeyForm
          workspaceId={workspaceId}
          onCreated={(name, secret) => {
            setNewSecret({ name, secret });
            reload();
          }}
        />
      ) : null}
    </>
  );
}
