/** Which interface language to start in, and remembering the choice on this device. */
import { LOCALES } from '../../client/endpoints.js';

export type Locale = (typeof LOCALES)[number];
export { LOCALES };

/**
 * Each language named in itself, so that a person can find their own language whatever language
 * the page is in; that is why these names are not in the dictionaries.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  ru: 'Русский',
  pl: 'Polski',
};

const STORAGE_KEY = 'chorus.locale';

export function isLocale(value: string | null | undefined): value is Locale {
  return value !== null && value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** The stored choice, else the browser's first supported language, else English. */
export function initialLocale(): Locale {
  const stored = readStoredLocale();
  if (stored) return stored;
  for (const tag of navigator.languages) {
    const language = tag.split('-')[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return 'en';
}

function readStoredLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined; // storage can be disabled; the choice then lasts for this page only
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // see readStoredLocale
  }
}
