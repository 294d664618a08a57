import { useI18n } from '../i18n/I18nProvider.js';
import { LANGUAGE_NAMES, LOCALES, isLocale } from '../i18n/locale.js';
import { useSession } from '../session/SessionProvider.js';

/**
 * The interface language; saved to the account when signed in, to this browser always. The top
 * bar shows it without a visible label, forms as a labelled field.
 */
export function LanguageSelect({ variant = 'inline', testId = 'language-select' }: { variant?: 'inline' | 'field'; testId?: string }) {
  const { t, locale } = useI18n();
  const { chooseLanguage } = useSession();
  return (
    <label className={variant === 'inline' ? 'inline-field' : 'field'}>
      <span className={variant === 'inline' ? 'visually-hidden' : undefined}>{t('language.label')}</span>
      <select
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) chooseLanguage(event.target.value);
        }}
        data-testid={testId}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
