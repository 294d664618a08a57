import { useI18n } from '../../i18n/I18nProvider.js';
import { verdictKey } from '../labels.js';
import type { RankedChannel } from '../types.js';
import { ReasonItem } from './ReasonItem.js';
import { channelName } from './reasonText.js';

/** The channels best first, each with its score as a bar, its verdict and its reasons. */
export function AdviceRanking({ ranking }: { ranking: readonly RankedChannel[] }) {
  const { t, locale } = useI18n();
  return (
    <ol className="ranking" data-testid="advice-ranking" aria-label={t('advisor.rankingHeading')}>
      {ranking.map((entry, position) => (
        <li key={entry.channel} className={`ranking-row verdict-${entry.verdict}`} data-testid="advice-row" data-channel={entry.channel} data-verdict={entry.verdict}>
          <div className="ranking-head">
            <span className="ranking-position">{position + 1}.</span>
            <strong className="ranking-name">{channelName(locale, entry.channel)}</strong>
            {entry.kind === 'search' ? <span className="badge">{t('advisor.kind.search')}</span> : null}
            <span className={`verdict verdict-${entry.verdict}`}>{t(verdictKey(entry.verdict))}</span>
          </div>
          <div className="score" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={entry.score} aria-label={t('advisor.score')}>
            <span className="score-track">
              <span className="score-bar" style={{ width: `${entry.score}%` }} />
            </span>
            <span className="score-value">{entry.score}</span>
          </div>
          {entry.reasons.length > 0 ? (
            <ul className="reasons">
              {entry.reasons.map((reason, index) => (
                <ReasonItem key={`${reason.code}-${index}`} reason={reason} />
              ))}
            </ul>
          ) : (
            <p className="muted reasons-none">{t('advisor.noReasons')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
