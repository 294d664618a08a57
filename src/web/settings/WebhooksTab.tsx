import { useState } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { useApiData } from '../api/useApiData.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { DataTable } from '../components/DataTable.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Membership } from '../session/SessionProvider.js';
import { CreateWebhookForm } from './CreateWebhookForm.js';
import { NewWebhookSecret } from './NewWebhookSecret.js';
import { WebhookDeliveryLog } from './WebhookDeliveryLog.js';
import { WEBHOOK_EVENT_LABELS } from './WebhookEventLabels.js';

/** Webhook endpoints of the workspace (managers only, as the server enforces): add, remove, read the delivery log. */
export function WebhooksTab({ membership }: { membership: Membership }) {
  const { t, formatDateTime } = useI18n();
  const workspaceId = membership.workspace.id;
  const timeZone = membership.workspace.timezone;
  const { data, reload } = useApiData(`webhooks:${workspaceId}`, async () => (await api.call('listWebhooks', { params: { workspaceId } })).items);
  const deletion = useApiAction();
  const [newSecret, setNewSecret] = useState<{ url: string; secret: string } | undefined>(undefined);
  const [openLog, setOpenLog] = useState<string | undefined>(undefined);

  const remove = (webhookId: string) =>
    void deletion.run(() => api.call('deleteWebhook', { params: { workspaceId, webhookId } }).then(() => undefined)).then(reload);

  const endpoints = data.state === 'loaded' ? data.value : [];
  const logged = endpoints.find((endpoint) => endpoint.id === openLog);

  return (
    <>
      {newSecret ? <NewWebhookSecret url={newSecret.url} secret={newSecret.secret} onDone={() => setNewSecret(undefined)} /> : null}
      <div className="card">
        <h2>{t('webhooks.heading')}</h2>
        <p className="muted">{t('webhooks.intro')}</p>
        <FailureMessage failure={deletion.failure} testId="webhooks-error" />
        {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
        {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
        {data.state === 'loaded' && endpoints.length === 0 ? (
          <p className="empty-state" data-testid="webhooks-empty">
            {t('webhooks.empty')}
          </p>
        ) : null}
        {endpoints.length > 0 ? (
          <DataTable testId="webhooks-table" headings={[t('webhooks.url'), t('webhooks.events'), t('webhooks.status'), t('webhooks.created')]} withActions>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id} data-testid="webhook-row">
                <td>
                  <code>{endpoint.url}</code>
                </td>
                <td>{endpoint.eventTypes.map((type) => t(WEBHOOK_EVENT_LABELS[type])).join('; ')}</td>
                <td>{endpoint.active ? t('webhooks.active') : t('webhooks.disabled')}</td>
                <td>{formatDateTime(endpoint.createdAt, timeZone)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button-secondary"
                    aria-expanded={openLog === endpoint.id}
                    onClick={() => setOpenLog(openLog === endpoint.id ? undefined : endpoint.id)}
                    data-testid="webhook-log-toggle"
                  >
                    {openLog === endpoint.id ? t('webhooks.hideLog') : t('webhooks.showLog')}
                  </button>
                  <ConfirmButton
                    label={t('common.delete')}
                    question={t('webhooks.deleteQuestion', { url: endpoint.url })}
                    confirmLabel={t('common.delete')}
                    onConfirm={() => remove(endpoint.id)}
                    disabled={deletion.pending}
                    testId="webhook-delete"
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </div>
      {logged ? <WebhookDeliveryLog key={logged.id} workspaceId={workspaceId} webhookId={logged.id} url={logged.url} timeZone={timeZone} /> : null}
      <CreateWebhookForm
        workspaceId={workspaceId}
        onCreated={(url, secret) => {
          setNewSecret({ url, secret });
          reload();
        }}
      />
    </>
  );
}
