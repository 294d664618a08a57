/**
 * Complaint words in English, Indonesian, Russian and Polish: a customer asking for money back,
 * calling something a scam, or saying it is broken, does not work or never arrived. They raise an
 * item's priority and count as negative even where the sentiment lexicon misses them.
 *
 * Patterns are written by hand. A word ending in `*` matches every word that starts with it, so one
 * stem covers the inflections (Polish "zepsu*": zepsuty, zepsuta, zepsuł; Russian "слома*":
 * сломан, сломался, сломали). Phrases match consecutive words, one extra word allowed between
 * them ("never actually arrived", "так и не пришёл"). Matching ignores diacritics, so "nie dziala"
 * counts like "nie działa". All languages are checked on every text: short messages often have
 * no detectable language, and the stems of the four languages do not collide in practice.
 */
import { fold, tokenizeClauses } from './text.js';

const COMPLAINT_PATTERNS: Record<'en' | 'id' | 'ru' | 'pl', readonly string[]> = {
  en: [
    'refund*', 'money back', 'chargeback*', 'scam*', 'fraud*', 'rip off', 'ripoff', 'ripped off', 'cheat*', 'stole*',
    'steal*', 'broke', 'broken', 'damaged', 'defective', 'faulty', 'not work*', "doesn't work*", "don't work*",
    "didn't work*", "isn't work*", 'stopped work*', 'never arriv*', 'never came', 'never receiv*', 'never got',
    'not arriv*', "hasn't arrived", "didn't arrive", "didn't receive", 'not receiv*', 'overcharg*', 'charged twice',
    'complain*', 'unacceptable', 'useless', 'worst',
  ],
  id: [
    'refund*', 'pengembalian dana', 'pengembalian uang', 'uang kembali', 'kembalikan uang*', 'kembalikan dana',
    'balikin uang*', 'penipu*', 'tipu*', 'menipu*', 'ditipu*', 'rusak*', 'kerusakan*', 'cacat', 'palsu',
    'tidak berfungsi', 'tak berfungsi', 'gak berfungsi', 'nggak berfungsi', 'ga berfungsi', 'tidak bisa dipakai',
    'tidak bisa digunakan', 'belum sampai', 'belum datang', 'belum diterima', 'tidak sampai', 'tidak datang',
    'gak sampai', 'nggak sampai', 'keluhan*', 'komplain*',
  ],
  ru: [
    'возврат*', 'верн* деньг*', 'деньги назад', 'мошен*', 'обман*', 'кидал*', 'украл*', 'слома*', 'полома*',
    'бракован*', 'неисправ*', 'не работа*', 'не приш*', 'не достав*', 'не получ*', 'не доход*', 'жалоб*', 'претензи*',
  ],
  pl: [
    'zwrot*', 'zwróć* pieni*', 'zwrócić pieni*', 'oddajcie pieni*', 'oszu*', 'naciąga*', 'złodzie*', 'przekręt*',
    'kradzie*', 'ukradl*', 'ukradł*', 'zepsu*', 'popsu*', 'uszkodz*', 'wadliw*', 'nie działa*', 'nie dotar*',
    'nie dosz*', 'nie przysz*', 'nie otrzyma*', 'nie do przyjęcia', 'reklamacj*', 'skarg*',
  ],
};

/** One word of a pattern: the folded text and whether it is a stem (`*`). */
interface PatternWord {
  text: string;
  stem: boolean;
}

/** Patterns indexed by the first two letters of their first word, so a token checks a handful. */
const PATTERNS_BY_START = new Map<string, PatternWord[][]>();
for (const pattern of Object.values(COMPLAINT_PATTERNS).flat()) {
  const words = pattern.split(' ').map((word): PatternWord => {
    const stem = word.endsWith('*');
    return { text: fold(stem ? word.slice(0, -1) : word), stem };
  });
  const key = words[0]?.text.slice(0, 2) ?? '';
  PATTERNS_BY_START.set(key, [...(PATTERNS_BY_START.get(key) ?? []), words]);
}

const matchesWord = (token: string, word: PatternWord) => (word.stem ? token.startsWith(word.text) : token === word.text);

/** A complaint found in one clause: the tokens it spans, `start` inclusive and `end` exclusive. */
export interface ComplaintMatch {
  clause: number;
  start: number;
  end: number;
  /** The words as written (lower-cased), e.g. "nie działa". */
  words: string;
}

/** The end (exclusive) of `pattern` matched at `start` in folded tokens, or -1. */
function matchAt(folded: readonly string[], start: number, pattern: readonly PatternWord[]): number {
  let position = start;
  for (let index = 0; index < pattern.length; index += 1) {
    const word = pattern[index] as PatternWord;
    const token = folded[position];
    if (token !== undefined && matchesWord(token, word)) {
      position += 1;
      continue;
    }
    const afterGap = folded[position + 1];
    if (index === 0 || afterGap === undefined || !matchesWord(afterGap, word)) return -1;
    position += 2;
  }
  return position;
}

/** Complaints in tokenized clauses (see `tokenizeClauses`); overlapping patterns count once. */
export function findComplaints(clauses: readonly (readonly string[])[]): ComplaintMatch[] {
  const matches: ComplaintMatch[] = [];
  clauses.forEach((tokens, clause) => {
    const folded = tokens.map(fold);
    let index = 0;
    while (index < folded.length) {
      let end = -1;
      for (const pattern of PATTERNS_BY_START.get((folded[index] ?? '').slice(0, 2)) ?? []) {
        end = Math.max(end, matchAt(folded, index, pattern));
      }
      if (end > index) {
        matches.push({ clause, start: index, end, words: tokens.slice(index, end).join(' ') });
        index = end;
      } else {
        index += 1;
      }
    }
  });
  return matches;
}

/** The distinct complaint words in a text, in order of appearance. */
export function complaintWords(text: string): string[] {
  return [...new Set(findComplaints(tokenizeClauses(text)).map((match) => match.words))];
}
