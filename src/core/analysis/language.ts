/**
 * Language detection with tinyld (n-gram profiles, pure JS). Any language tinyld knows is
 * reported, but the inbox's four languages (en, id, ru, pl) are preferred when they score close to
 * the best guess: on a few words the n-grams of a rare language often win by a hair ("Great job
 * team" comes out Latin). Texts with too few letters, or whose best guess is weak, get null.
 *
 * tinyld costs about 100 µs for a short text, most of the analysis time, and ingestion needs
 * thousands of items a second. So a text that uses at least two function words found in only one
 * of the four languages, and none of the others', is settled without it. The words are ones the
 * languages' close relatives do not share (Polish "się", "jest", "że" but not "nie", which Slovak
 * has; Russian "это", "что" but not "не", which Ukrainian has); Malay shares Indonesian's, but
 * tinyld does not know Malay either and says Indonesian too.
 */
import { detectAll } from 'tinyld';
import { tokenize, withoutLinksAndHandles } from './text.js';

export const PREFERRED_LANGUAGES: readonly string[] = ['en', 'id', 'ru', 'pl'];

/** Below this many letters a text says too little about its language ("ok", "lol", "👍"). */
export const MIN_LETTERS = 6;
/** A preferred language wins when its score is at least this share of the best score. */
const PREFERENCE_SHARE = 0.5;
/** A best guess scoring lower than this (tinyld's accuracy, 0–1) is too unclear to report. */
const MIN_ACCURACY = 0.1;
/** tinyld reads at most this many characters: enough to tell the language, and its cost grows with length. */
const MAX_CHARS = 400;

const LETTER = /\p{L}/gu;

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'was', 'it', 'my', 'can', 'will', 'you', 'your', 'this', 'that', 'with', 'have', 'what', 'please', 'thanks', 'thank', 'not', "it's", "i'm", "don't", 'would', 'could', 'from', 'there', 'they', 'been', 'just', 'why', 'when'],
  id: ['saya', 'yang', 'dan', 'tidak', 'ini', 'itu', 'dengan', 'untuk', 'ada', 'sudah', 'belum', 'kami', 'anda', 'sangat', 'bisa', 'apa', 'gak', 'nggak', 'banget', 'sekali', 'terima', 'kasih', 'kapan', 'tolong'],
  ru: ['это', 'что', 'очень', 'спасибо', 'когда', 'где', 'мне', 'вы', 'уже', 'всё', 'было', 'есть', 'только', 'и', 'меня', 'нет', 'почему', 'так', 'как'],
  pl: ['się', 'jest', 'że', 'już', 'bardzo', 'dziękuję', 'czy', 'jestem', 'w', 'nigdy', 'mój', 'moje', 'moja', 'są', 'być', 'został', 'została', 'gdzie', 'kiedy'],
};
const LANGUAGE_OF_WORD = new Map(Object.entries(FUNCTION_WORDS).flatMap(([language, words]) => words.map((word) => [word, language] as const)));

/** The language whose function words the text uses (two or more, no other's), else null. */
function byFunctionWords(tokens: readonly string[]): string | null {
  let found: string | null = null;
  let count = 0;
  for (const token of tokens) {
    const language = LANGUAGE_OF_WORD.get(token);
    if (language === undefined) continue;
    if (found !== null && language !== found) return null;
    found = language;
    count += 1;
  }
  return count >= 2 ? found : null;
}

/** ISO 639-1 code of the text's language, or null when it is too short or unclear. */
export function detectLanguage(text: string): string | null {
  const cleaned = withoutLinksAndHandles(text).replace(/#/g, '').slice(0, MAX_CHARS);
  if ((cleaned.match(LETTER)?.length ?? 0) < MIN_LETTERS) return null;
  const quick = byFunctionWords(tokenize(cleaned));
  if (quick) return quick;
  const candidates = detectAll(cleaned);
  const best = candidates[0];
  if (!best) return null;
  if (PREFERRED_LANGUAGES.includes(best.lang)) return best.lang;
  const preferred = candidates.find((candidate) => PREFERRED_LANGUAGES.includes(candidate.lang));
  if (preferred && preferred.accuracy >= best.accuracy * PREFERENCE_SHARE) return preferred.lang;
  return best.accuracy >= MIN_ACCURACY ? best.lang : null;
}
