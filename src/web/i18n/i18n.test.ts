import { describe, expect, it } from 'vitest';
import { DICTIONARIES, type Dictionary } from './dictionaries.js';
import { en } from './en.js';
import { LOCALES } from './locale.js';
import { placeholdersOf, translate } from './translate.js';

const englishKeys = Object.keys(en).sort();
const translations = LOCALES.filter((locale) => locale !== 'en').map((locale) => [locale, DICTIONARIES[locale]] as const);

describe('dictionaries', () => {
  it('include every supported language', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LOCALES].sort());
  });

  it.each(translations)('%s has every key English has', (_locale, dictionary) => {
    const keys = Object.keys(dictionary);
    expect(englishKeys.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it.each(translations)('%s has no key English lacks', (_locale, dictionary) => {
    expect(Object.keys(dictionary).filter((key) => !englishKeys.includes(key))).toEqual([]);
  });

  it.each(LOCALES.map((locale) => [locale, DICTIONARIES[locale]] as const))('%s has no empty message', (_locale, dictionary) => {
    const empty = Object.entries(dictionary).filter(([, text]) => text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it.each(translations)('%s uses the same placeholders as English in every message', (_locale, dictionary: Dictionary) => {
    const mismatched = englishKeys.flatMap((key) => {
      const expected = placeholdersOf(en[key as keyof typeof en]);
      const actual = placeholdersOf(dictionary[key as keyof typeof en] ?? '');
      return expected.join() === actual.join() ? [] : [`${key}: expected {${expected.join('}, {')}} but found {${actual.join('}, {')}}`];
    });
    expect(mismatched).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(en, 'settings.members.removeQuestion', { name: 'Ana' })).toBe('Remove Ana from this workspace?');
    expect(translate(en, 'settings.members.removeQuestion')).toBe('Remove {name} from this workspace?');
    expect(translate(DICTIONARIES.pl, 'settings.apiKeys.secretHeading', { name: 'CI' })).toBe('Nowy klucz API „CI”');
  });

  it('lists placeholders sorted', () => {
    expect(placeholdersOf('{b} and {a}, again {b}')).toEqual(['a', 'b', 'b']);
    expect(placeholdersOf('none here')).toEqual([]);
  });
});
