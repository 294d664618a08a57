import { relativeTime } from '../connections/relativeTime.js';
import { useI18n } from '../i18n/I18nProvider.js';

/** How long the conversation has waited for an answer, and by how much it is over the target. */
export function WaitingTime({ waitingSince, overdueMinutes, now }: { waitingSince: string | null; overdueMinutes: number | null; now: Date }) {
  const { t, locale } = useI18n();
  if (!waitingSince) return <span className="muted inbox-answered">{t('inbox.answered')}</span>;
  return (
    <span className="inbox-waiting" data-testid="waiting-time">
      {t('inbox.waitingSince', { when: relativeTime(locale, waitingSince, now) })}
      {overdueMinutes !== null && overdueMinutes > 0 ? (
        <strong className="inbox-overdue" data-testid="overdue">
          {' '}
          {t('inbox.overdue', { duration: formatMinutes(overdueMinutes, locale) })}
        </strong>
      ) : null}
    </span>
  );
}

/** "2 h 5 min", in the interface language. */
export function formatMinutes(minutes: number, locale: string): string {
  const rounded = Math.round(minutes);
  const hours = Math.floor(rounded / 60);
  const unit = (value: number, name: 'hour' | 'minute') => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(value);
  if (hours === 0) return unit(rounded, 'minute');
  return rounded % 60 === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rounded % 60, 'minute')}`;
}
