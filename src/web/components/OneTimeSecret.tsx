import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

interface OneTimeSecretProps {
  heading: string;
  warning: string;
  doneLabel: string;
  secret: string;
  /** Prefix of the test ids: `<prefix>-secret-box`, `<prefix>-secret`, `<prefix>-copy`, `<prefix>-secret-done`. */
  testIdPrefix: string;
  onDone: () => void;
}

/** A secret shown this once (an API key, a webhook signing secret): the server never sends it again. */
export function OneTimeSecret({ heading, warning, doneLabel, secret, testIdPrefix, onDone }: OneTimeSecretProps) {
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
    <div className="card secret-box" role="region" aria-label={heading} data-testid={`${testIdPrefix}-secret-box`}>
      <h2>{heading}</h2>
      <p className="notice notice-warning">{warning}</p>
      <div className="secret-row">
        <code className="secret" data-testid={`${testIdPrefix}-secret`}>
          {secret}
        </code>
        <button type="button" className="button-secondary" onClick={copy} data-testid={`${testIdPrefix}-copy`}>
          {t('common.copy')}
        </button>
      </div>
      {copied === 'yes' ? <p className="success" role="status">{t('common.copied')}</p> : null}
      {copied === 'failed' ? <p className="notice notice-info" role="status">{t('common.copyFailed')}</p> : null}
      <button type="button" className="button-primary" onClick={onDone} data-testid={`${testIdPrefix}-secret-done`}>
        {doneLabel}
      </button>
    </div>
  );
}
