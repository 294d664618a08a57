import { useI18n } from '../../i18n/I18nProvider.js';
import type { Advice } from '../types.js';
import { missingText } from './reasonText.js';

/** The answers the profile lacks and what each could change; the ranking stands without them. */
export function MissingAnswers({ missing }: { missing: Advice['missing'] }) {
  const { t, locale } = useI18n();
  if (missing.length === 0) return null;
  return (
    <section className="card missing" data-testid="advice-missing">
      <h3>{t('advisor.missingHeading')}</h3>
      <p className="muted">{t('advisor.missingIntro')}</p>
      <ul>
        {missing.map((entry, index) => {
          const text = missingText(t, locale, entry);
          return (
            <li key={`${entry.field}-${entry.why}-${index}`} data-testid="advice-missing-item" data-field={entry.field}>
              <strong>{text.field}</strong>: {text.why}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
