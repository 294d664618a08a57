import { useI18n } from '../i18n/I18nProvider.js';
import { LANGUAGE_NAMES, LOCALES, isLocale } from '../i18n/locale.js';
import { useSession } from '../session/SessionProvider.js';

/** The interface language; saved to the account when signed in, to this browser always. */
export function LanguageSelect() {
  const { t, locale } = useI18n();
  const { chooseLanguage } = useSession();
  return (
    <label className="inline-field">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) chooseLanguage(event.target.value);
        }}
        data-testid="language-select"
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
