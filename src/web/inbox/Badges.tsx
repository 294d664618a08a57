import type { Sentiment } from '../../core/inbox/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { isHighPriority } from './conversationList.js';
import { reasonKey, reasonVars, sentimentKey } from './labels.js';
import type { PriorityReason } from './types.js';

export function SentimentBadge({ sentiment }: { sentiment: Sentiment | null }) {
  const { t } = useI18n();
  if (!sentiment) return null;
  return (
    <span className={`inbox-badge sentiment-${sentiment}`} data-testid="sentiment-badge" data-sentiment={sentiment}>
      {t(sentimentKey(sentiment))}
    </span>
  );
}

/** The priority score; its tooltip (and screen-reader text) lists why, as the analysis found it. */
export function PriorityBadge({ priority, reasons }: { priority: number; reasons: readonly PriorityReason[] }) {
  const { t, locale } = useI18n();
  const high = isHighPriority(priority);
  const why = reasons.map((reason) => t(reasonKey(reason.code), reasonVars(reason, locale))).join('\n');
  const label = t(high ? 'inbox.priority.high' : 'inbox.priority.normal', { score: priority });
  return (
    <span
      className={`inbox-badge ${high ? 'priority-high' : 'priority-normal'}`}
      title={why ? `${label}\n${why}` : label}
      data-testid="priority-badge"
      data-priority={priority}
      data-high={high}
    >
      {label}
      {why ? <span className="visually-hidden">: {why}</span> : null}
    </span>
  );
}
