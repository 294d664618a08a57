import { useI18n } from '../i18n/I18nProvider.js';
import { isPast, relativeTime } from './relativeTime.js';
import type { ConnectedAccount } from './types.js';

interface AccessStateProps {
  account: ConnectedAccount;
  timeZone: string;
  now: Date;
}

/** When Chorus's access ends, when the account last worked, and a rate-limit pause if there is one. */
export function AccessState({ account, timeZone, now }: AccessStateProps) {
  const { t, locale, formatDateTime } = useI18n();
  const { tokenExpiresAt, lastOkAt, rateLimitedUntil } = account;
  return (
    <div className="access-state">
      {tokenExpiresAt && account.renewsAutomatically ? (
        <span className="muted nowrap" title={formatDateTime(tokenExpiresAt, timeZone)} data-testid="connection-expiry">
          {t('connections.renewsAutomatically')}
        </span>
      ) : tokenExpiresAt ? (
        <span className="nowrap" title={formatDateTime(tokenExpiresAt, timeZone)} data-testid="connection-expiry">
          {t(isPast(tokenExpiresAt, now) ? 'connections.expiredAgo' : 'connections.expiresIn', { when: relativeTime(locale, tokenExpiresAt, now) })}
        </span>
      ) : (
        <span className="muted" data-testid="connection-expiry">
          {t('connections.noExpiry')}
        </span>
      )}
      {lastOkAt ? (
        <small className="muted" title={formatDateTime(lastOkAt, timeZone)}>
          {t('connections.lastOk', { when: relativeTime(locale, lastOkAt, now) })}
        </small>
      ) : null}
      {rateLimitedUntil && !isPast(rateLimitedUntil, now) ? (
        <small className="rate-limited" data-testid="connection-rate-limited">
          {t('connections.rateLimitedUntil', { time: formatDateTime(rateLimitedUntil, timeZone) })}
        </small>
      ) : null}
    </div>
  );
}
