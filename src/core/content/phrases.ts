/**
 * A small, explainable phrase matcher shared by the promotion and dialogue detectors. Patterns are
 * written by hand per language: words separated by spaces must follow each other, and a word
 * ending in `*` is a stem that matches every word starting with it, so "скидк*" covers скидка,
 * скидки, скидку and "zniżk*" covers zniżka, zniżki, zniżkę. Words are letters, marks and digits
 * in any script, so a boundary is Unicode-aware ("buy" does not match inside "buyer" nor "купи"
 * inside "покупка"). Matching lower-cases and ignores diacritics, because people often type
 * Polish and Russian without them ("znizka", "е" for "ё").
 */

export const COACH_LANGUAGES = ['en', 'id', 'ru', 'pl'] as const;
export type CoachLanguage = (typeof COACH_LANGUAGES)[number];

/** Links are removed before matching: "shop.com/buy-now" or "?ref=promo" say nothing about the text. */
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Lower-case without diacritics (ą→a, ł→l, ё→е, й→и); both sides of a comparison are folded alike. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/’/g, "'");
}

/** The text with links blanked out, keeping every other character where it was. */
export function withoutLinks(text: string): string {
  return text.replace(LINK, (link) => ' '.repeat(link.length));
}

interface PatternWord {
  readonly text: string;
  readonly stem: boolean;
}

interface Pattern {
  readonly phrase: string;
  readonly language: CoachLanguage;
  readonly words: readonly PatternWord[];
}

/** Patterns compiled once, indexed by their first folded word's first letter. */
export type PhraseBook = ReadonlyMap<string, readonly Pattern[]>;

/** One phrase found: which pattern, in which language, and the words as the author wrote them. */
export interface PhraseMatch {
  readonly phrase: string;
  readonly language: CoachLanguage;
  readonly text: string;
}

/** Compiles hand-written patterns per language into a phrase book. */
export function phraseBook(patterns: Readonly<Record<CoachLanguage, readonly string[]>>): PhraseBook {
  const book = new Map<string, Pattern[]>();
  for (const language of COACH_LANGUAGES) {
    for (const phrase of patterns[language]) {
      const words = phrase.split(' ').map((word): PatternWord => {
        const stem = word.endsWith('*');
        return { text: fold(stem ? word.slice(0, -1) : word), stem };
      });
      const key = words[0]?.text.charAt(0) ?? '';
      book.set(key, [...(book.get(key) ?? []), { phrase, language, words }]);
    }
  }
  return book;
}

interface Token {
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({ folded: fold(match[0]), start: match.index, end: match.index + match[0].length }));
}

const matchesWord = (token: Token | undefined, word: PatternWord) =>
  token !== undefined && (word.stem ? token.folded.startsWith(word.text) : token.folded === word.text);

/**
 * The phrases of `book` in `text`, in order of appearance. At each word the longest pattern wins
 * and matches do not overlap, so "order now" is reported once, not also as "order".
 */
export function findPhrases(text: string, book: PhraseBook): PhraseMatch[] {
  const source = withoutLinks(text);
  const words = tokens(source);
  const found: PhraseMatch[] = [];
  let index = 0;
  while (index < words.length) {
    let best: { pattern: Pattern; length: number } | undefined;
    for (const pattern of book.get(words[index]?.folded.charAt(0) ?? '') ?? []) {
      const fits = pattern.words.every((word, offset) => matchesWord(words[index + offset], word));
      if (fits && pattern.words.length > (best?.length ?? 0)) best = { pattern, length: pattern.words.length };
    }
    const first = words[index];
    const last = words[index + (best?.length ?? 1) - 1];
    if (best && first && last) {
      found.push({ phrase: best.pattern.phrase, language: best.pattern.language, text: source.slice(first.start, last.end) });
      index += best.length;
    } else {
      index += 1;
    }
  }
  return found;
}
