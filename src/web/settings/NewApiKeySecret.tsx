import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/** The new key's secret, shown this once: the server keeps only its hash. */
export function NewApiKeySecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');

  const copy = () => {
    navigator.clipboard.writeText(secret).then(
      () => setCopied('yes'),
      // Clipboard access needs a secure context and permission; the text can still be selected.
      () => setCopied('failed'),
    );
  };

  return (
    <div className="card secret-box" role="region" aria-label={t('settings.apiKeys.secretHeading', { name })} data-testid="api-key-secret-box">
      <h2>{t('settings.apiKeys.secretHeading', { name })}</h2>
      <p className="notice notice-warning">{t('settings.apiKeys.secretWarning')}</p>
      <div className="secret-row">
        <code className="secret" data-testid="api-key-secret">
          {secret}
        </code>
        <button type="button" className="button-secondary" onClick={copy} data-testid="api-key-copy">
          {t('common.copy')}
        </button>
      </div>
      {copied === 'yes' ? <p className="success" role="status">{t('common.copied')}</p> : null}
      {copied === 'failed' ? <p className="notice notice-info" role="status">{t('common.copyFailed')}</p> : null}
      <button type="button" className="button-primary" onClick={onDone} data-testid="api-key-secret-done">
        {t('settings.apiKeys.secretDone')}
      </button>
    </div>
  );
}
