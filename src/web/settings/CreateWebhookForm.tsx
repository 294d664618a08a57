import { useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from './WebhookEventLabels.js';

export function CreateWebhookForm({ workspaceId, onCreated }: { workspaceId: string; onCreated: (url: string, secret: string) => void }) {
  const { t } = useI18n();
  const { run, pending, failure } = useApiAction();
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>(['inbox.response_overdue']);

  const toggle = (type: WebhookEventType, on: boolean) =>
    setEventTypes((current) => (on ? [...current, type] : current.filter((candidate) => candidate !== type)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const created = await api.call('createWebhook', { params: { workspaceId }, body: { url: url.trim(), eventTypes } });
      setUrl('');
      onCreated(created.endpoint.url, created.secret);
    });
  };

  return (
    <form className="form card" onSubmit={submit} data-testid="create-webhook-form">
      <h2>{t('webhooks.createHeading')}</h2>
      <label className="field">
        <span>{t('webhooks.url')}</span>
        <input type="url" required maxLength={2000} value={url} placeholder="https://" onChange={(event) => setUrl(event.target.value)} data-testid="webhook-url" />
        <small className="hint">{t('webhooks.urlHint')}</small>
      </label>
      <fieldset className="field">
        <legend>{t('webhooks.pickEvents')}</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" checked={eventTypes.includes(type)} onChange={(event) => toggle(type, event.target.checked)} data-testid={`webhook-event-${type}`} />{' '}
            {t(WEBHOOK_EVENT_LABELS[type])} <code>{type}</code>
          </label>
        ))}
        {eventTypes.length === 0 ? <small className="hint">{t('webhooks.pickAtLeastOne')}</small> : null}
      </fieldset>
      <FailureMessage failure={failure} testId="create-webhook-error" />
      <button type="submit" className="button-primary" disabled={pending || eventTypes.length === 0} data-testid="webhook-create">
        {t('webhooks.create')}
      </button>
    </form>
  );
}
