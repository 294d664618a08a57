import type { FailureNotice } from '../api/errors.js';
import { isMessageKey } from '../i18n/dictionaries.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** Errors whose server message says what exactly went wrong: the field, or the network's own answer. */
const WITH_SPECIFICS = new Set(['validation_failed', 'connection_failed', 'oauth_failed', 'network_rate_limited', 'network_unavailable']);

/**
 * Says why a request failed: in the interface language where the error id is known, and with the
 * server's own message where it carries specifics (which field is invalid) or the id is unknown.
 */
export function FailureMessage({ failure, testId }: { failure: FailureNotice | undefined; testId?: string }) {
  const { t } = useI18n();
  if (!failure) return null;
  const key = `error.${failure.id}`;
  const known = isMessageKey(key);
  const showServerMessage = !known || WITH_SPECIFICS.has(failure.id);
  return (
    <div className="notice notice-error" role="alert" data-testid={testId} data-error-id={failure.id}>
      {known ? <p>{t(key)}</p> : null}
      {showServerMessage ? <p className="notice-detail">{failure.serverMessage}</p> : null}
    </div>
  );
}
