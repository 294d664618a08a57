import { useI18n } from '../i18n/I18nProvider.js';
import { failureKindKey } from './labels.js';
import { relativeTime } from './relativeTime.js';
import type { ConnectedAccount } from './types.js';

/** The last failure of a call to the network: its kind in words, the network's message, and when. */
export function LastError({ error, timeZone, now }: { error: ConnectedAccount['lastError']; timeZone: string; now: Date }) {
  const { t, locale, formatDateTime } = useI18n();
  if (!error) return <span className="muted">{t('connections.noError')}</span>;
  return (
    <div className="last-error" data-testid="connection-last-error" data-kind={error.kind}>
      <strong>{t(failureKindKey(error.kind))}</strong>
      <span className="last-error-message">{error.message}</span>
      <small className="muted" title={formatDateTime(error.at, timeZone)}>
        {relativeTime(locale, error.at, now)}
      </small>
    </div>
  );
}
