import type { EndpointOutput } from '../../client/client.js';
import { api } from '../api/apiClient.js';
import { useApiData } from '../api/useApiData.js';
import { DataTable } from '../components/DataTable.js';
import { FailureMessage } from '../components/FailureMessage.js';
import type { MessageKey } from '../i18n/dictionaries.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from './WebhookEventLabels.js';

type Delivery = EndpointOutput<'listWebhookDeliveries'>['items'][number];

const STATUS_LABELS: Record<Delivery['status'], MessageKey> = {
  pending: 'webhooks.log.pending',
  delivered: 'webhooks.log.delivered',
  failed: 'webhooks.log.failed',
};

/** The newest deliveries to one endpoint, each with every attempt's answer or error. */
export function WebhookDeliveryLog({ workspaceId, webhookId, url, timeZone }: { workspaceId: string; webhookId: string; url: string; timeZone: string }) {
  const { t, formatDateTime } = useI18n();
  const { data } = useApiData(`webhookDeliveries:${webhookId}`, async () => (await api.call('listWebhookDeliveries', { params: { workspaceId, webhookId } })).items);
  const eventLabel = (type: string) => {
    const known = WEBHOOK_EVENT_TYPES.find((candidate) => candidate === type);
    return known ? t(WEBHOOK_EVENT_LABELS[known]) : type;
  };

  return (
    <section className="card" aria-label={t('webhooks.log.heading', { url })} data-testid="webhook-delivery-log">
      <h3>{t('webhooks.log.heading', { url })}</h3>
      {data.state === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
      {data.state === 'loaded' && data.value.length === 0 ? <p className="empty-state">{t('webhooks.log.empty')}</p> : null}
      {data.state === 'loaded' && data.value.length > 0 ? (
        <DataTable testId="webhook-deliveries" headings={[t('webhooks.log.event'), t('webhooks.log.status'), t('webhooks.log.attempts'), t('webhooks.log.nextAttempt')]}>
          {data.value.map((delivery) => (
            <tr key={delivery.id} data-testid="webhook-delivery-row" data-status={delivery.status}>
              <td>
                {eventLabel(delivery.eventType)}
                <br />
                <small className="muted">{formatDateTime(delivery.createdAt, timeZone)}</small>
              </td>
              <td>{t(STATUS_LABELS[delivery.status])}</td>
              <td>
                <ol className="attempt-log">
                  {delivery.attemptLog.map((attempt) => (
                    <li key={attempt.attempt}>
                      {t('webhooks.log.attemptLine', {
                        attempt: attempt.attempt,
                        time: formatDateTime(attempt.attemptedAt, timeZone),
                        result: attempt.error && attempt.responseStatus === null ? attempt.error : t('webhooks.log.answered', { status: attempt.responseStatus ?? 0 }),
                        duration: attempt.durationMs,
                      })}
                    </li>
                  ))}
                </ol>
              </td>
              <td>{delivery.status === 'pending' ? formatDateTime(delivery.nextAttemptAt, timeZone) : t('common.none')}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
