import { OneTimeSecret } from '../components/OneTimeSecret.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** The new endpoint's signing secret, shown this once: the server keeps it only sealed. */
export function NewWebhookSecret({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <OneTimeSecret
      heading={t('webhooks.secretHeading', { url })}
      warning={t('webhooks.secretWarning')}
      doneLabel={t('webhooks.secretDone')}
      secret={secret}
      testIdPrefix="webhook"
      onDone={onDone}
    />
  );
}
