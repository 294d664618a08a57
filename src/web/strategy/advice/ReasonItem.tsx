import { useI18n } from '../../i18n/I18nProvider.js';
import type { AdviceReason } from '../types.js';
import { reasonText } from './reasonText.js';

const POLARITY_MARK: Record<AdviceReason['polarity'], string> = { for: '+', against: '−', caveat: '!' };

/** Web sources open as links; the seed texts are files in the project's shared folder, named only. */
const isWebAddress = (url: string): boolean => /^https?:\/\//.test(url);

/** One reason: its sentence, and the facts it rests on with their sources. */
export function ReasonItem({ reason }: { reason: AdviceReason }) {
  const { t, locale } = useI18n();
  return (
    <li className={`reason reason-${reason.polarity}`} data-testid="advice-reason" data-code={reason.code} data-polarity={reason.polarity}>
      <span className="reason-mark" aria-label={t(`advisor.polarity.${reason.polarity}`)} title={t(`advisor.polarity.${reason.polarity}`)}>
        {POLARITY_MARK[reason.polarity]}
      </span>
      <span className="reason-body">
        <span className="reason-text">{reasonText(locale, reason)}</span>
        {reason.facts.length > 0 ? (
          <details className="reason-facts">
            <summary>{t('advisor.facts', { count: reason.facts.length })}</summary>
            <ul>
              {reason.facts.map((fact) => (
                <li key={fact.id} data-testid="advice-fact" data-fact={fact.id}>
                  <span lang="en">{fact.statement}</span>{' '}
                  <span className="muted">
                    {t('advisor.source')}:{' '}
                    {isWebAddress(fact.source.url) ? (
                      <a href={fact.source.url} target="_blank" rel="noreferrer noopener">
                        {fact.source.title}
                      </a>
                    ) : (
                      <span title={fact.source.url}>{fact.source.title}</span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </span>
    </li>
  );
}
