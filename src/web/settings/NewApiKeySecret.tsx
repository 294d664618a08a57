import { OneTimeSecret } from '../components/OneTimeSecret.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** The new key's secret, shown this once: the server keeps only its hash. */
export function NewApiKeySecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <OneTimeSecret
      heading={t('settings.apiKeys.secretHeading', { name })}
      warning={t('settings.apiKeys.secretWarning')}
      doneLabel={t('settings.apiKeys.secretDone')}
      secret={secret}
      testIdPrefix="api-key"
      onDone={onDone}
    />
  );
}
