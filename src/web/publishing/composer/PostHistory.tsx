import { useI18n } from '../../i18n/I18nProvider.js';
import { historyActionKey, statusKey } from '../labels.js';
import type { PostTransition } from '../types.js';

/** Who moved the post from which status to which, when, and what they said (P5). */
export function PostHistory({ history, timeZone }: { history: readonly PostTransition[]; timeZone: string }) {
  const { t, formatDateTime } = useI18n();
  if (history.length === 0) return null;
  const actionText = (action: string) => {
    const key = historyActionKey(action);
    return key ? t(key) : action;
  };
  return (
    <section className="pub-history" data-testid="post-history">
      <h3>{t('composer.history')}</h3>
      <ol>
        {history.map((entry, index) => (
          <li key={index} data-testid="history-entry">
            <span className="muted">{formatDateTime(entry.at, timeZone)}</span>{' '}
            {t('composer.historyEntry', { name: entry.actor.name, action: actionText(entry.action), from: t(statusKey(entry.from)), to: t(statusKey(entry.to)) })}
            {entry.comment ? <blockquote className="pub-history-comment">{entry.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
