import { wordConclusion } from '../../../core/strategy/wording/index.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Advice } from '../types.js';
import { ReasonItem } from './ReasonItem.js';

/**
 * The one-line answer above the ranking; loud when social media should not lead. "Not social" names
 * where the money should go instead: tenders for a government supplier, else search.
 */
export function AdviceConclusion({ conclusion }: { conclusion: Advice['conclusion'] }) {
  const { locale } = useI18n();
  return (
    <section
      className={`conclusion conclusion-${conclusion.kind}`}
      role={conclusion.kind === 'not_social' ? 'alert' : undefined}
      data-testid="advice-conclusion"
      data-kind={conclusion.kind}
    >
      <p className="conclusion-title">{wordConclusion(conclusion, locale)}</p>
      {conclusion.reasons.length > 0 ? (
        <ul className="reasons">
          {conclusion.reasons.map((reason, index) => (
            <ReasonItem key={`${reason.code}-${index}`} reason={reason} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
