import { useI18n } from '../i18n/I18nProvider.js';
import { statusAdviceKey, statusKey } from './labels.js';
import type { AccountStatus } from './types.js';

/** The account's status as a coloured badge, with what to do about it spelled out beneath. */
export function HealthBadge({ status }: { status: AccountStatus }) {
  const { t } = useI18n();
  const advice = t(statusAdviceKey(status));
  return (
    <div className="health" data-testid="connection-health" data-status={status}>
      <span className={`health-badge health-${status}`} title={advice}>
        {t(statusKey(status))}
      </span>
      <small className="health-advice">{advice}</small>
    </div>
  );
}
