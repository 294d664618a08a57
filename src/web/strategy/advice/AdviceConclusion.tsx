import type { MessageKey } from '../../i18n/dictionaries.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { conclusionTitleKey } from '../labels.js';
import type { Advice } from '../types.js';
import { ReasonItem } from './ReasonItem.js';

/** "Not social" names where the money should go instead: tenders for a government supplier, else search. */
function titleKey(conclusion: Advice['conclusion']): MessageKey {
  if (conclusion.kind === 'not_social' && conclusion.reasons.some((reason) => reason.code === 'revenue_from_government_contracts')) {
    return 'advisor.conclusion.not_social_tenders';
  }
  return conclusionTitleKey(conclusion.kind);
}

/** The one-line answer above the ranking; loud when social media should not lead. */
export function AdviceConclusion({ conclusion }: { conclusion: Advice['conclusion'] }) {
  const { t } = useI18n();
  return (
    <section
      className={`conclusion conclusion-${conclusion.kind}`}
      role={conclusion.kind === 'not_social' ? 'alert' : undefined}
      data-testid="advice-conclusion"
      data-kind={conclusion.kind}
    >
      <p className="conclusion-title">{t(titleKey(conclusion))}</p>
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
