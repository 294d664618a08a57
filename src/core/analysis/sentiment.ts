/**
 * Lexicon sentiment for English, Indonesian, Russian and Polish with nlp.js: the lexicons and
 * stemmers of @nlpjs/lang-{en,id,ru,pl} plus the project's additions (lexicons.ts), scored by
 * @nlpjs/sentiment's SentimentAnalyzer. Its `process` is async only because it runs a pipeline;
 * analysis sits on the hot ingestion path and is synchronous, so we prepare the tokens ourselves
 * and call the pipeline's scoring step, `calculate`, once per clause: that keeps a negation
 * ("not", "tidak", "не", "nie") from flipping words beyond its clause.
 *
 * Words are looked up as written first, then by their stem (the pack's stemmer applied to both
 * the lexicon and the text), so inflected forms the lexicon lacks still count. Lexicons are built
 * once, on first use of each language.
 */
import sentimentPackage from '@nlpjs/sentiment';
import langEn from '@nlpjs/lang-en';
import langId from '@nlpjs/lang-id';
import langRu from '@nlpjs/lang-ru';
import langPl from '@nlpjs/lang-pl';
import { CONTRAST_WORDS, EXTRA_WORDS, NEGATIONS } from './lexicons.js';

export const LEXICON_LANGUAGES = ['en', 'id', 'ru', 'pl'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

export const isLexiconLanguage = (language: string | null): language is LexiconLanguage =>
  (LEXICON_LANGUAGES as readonly string[]).includes(language ?? '');

interface Stemmer {
  stemWord(word: string): string;
  cache: Record<string, string>;
}

/** What each pack brings: its stemmer, its lexicon (weights on the pack's scale) and whether the lexicon's keys are stems. */
const PACKS: Record<LexiconLanguage, () => { stemmer: Stemmer; words: Record<string, number | string>; scale: number; stemmed: boolean; negations: string[] }> = {
  en: () => ({ stemmer: new langEn.StemmerEn(), words: langEn.SentimentEn.senticon, scale: 1, stemmed: true, negations: langEn.SentimentEn.negations.words }),
  id: () => ({ stemmer: new langId.StemmerId(), words: langId.SentimentId.afinn, scale: 5, stemmed: false, negations: langId.SentimentId.negations.words }),
  ru: () => ({ stemmer: new langRu.StemmerRu(), words: langRu.SentimentRu.afinn, scale: 5, stemmed: true, negations: langRu.SentimentRu.negations.words }),
  pl: () => ({ stemmer: new langPl.StemmerPl(), words: langPl.SentimentPl.afinn, scale: 5, stemmed: false, negations: langPl.SentimentPl.negations.words }),
};

/**
 * Pack entries weaker than this (on the -1..1 scale) are left out: they are mostly neutral words
 * the machine-made lexicons gave a slight lean ("open" +0.25, "service" +0.25, "buka" -0.2), which
 * turned plain questions positive or negative.
 */
const MIN_PACK_WEIGHT = 0.3;
/** Stems remembered per language before the memo (and the stemmer's own) is emptied, so memory stays bounded. */
const STEM_MEMO_LIMIT = 50_000;

interface Lexicon {
  dictionary: Record<string, number>;
  negations: string[];
  negationSet: ReadonlySet<string>;
  stem(word: string): string;
}

const isEmoji = (key: string) => /\p{Extended_Pictographic}/u.test(key);

/** Emoji weights from the Indonesian pack's AFINN list, which all four languages share (the English pack has none). */
const EMOJI_WEIGHTS: [string, number][] = Object.entries(langId.SentimentId.afinn)
  .filter(([key]) => isEmoji(key))
  .map(([key, value]) => [key, Number(value) / 5]);

function buildLexicon(language: LexiconLanguage): Lexicon {
  const pack = PACKS[language]();
  const memo = new Map<string, string>();
  const stem = (word: string): string => {
    let stemmed = memo.get(word);
    if (stemmed === undefined) {
      if (memo.size >= STEM_MEMO_LIMIT) {
        memo.clear();
        pack.stemmer.cache = {};
      }
      stemmed = pack.stemmer.stemWord(word);
      memo.set(word, stemmed);
    }
    return stemmed;
  };
  // A null-prototype object: the scorer looks tokens up with `dictionary[token]`, and a token such
  // as "constructor" must not find Object.prototype's.
  const dictionary: Record<string, number> = Object.create(null) as Record<string, number>;
  const stemSums = new Map<string, { sum: number; count: number }>();
  const addStemmed = (word: string, weight: number) => {
    const key = stem(word);
    const entry = stemSums.get(key) ?? { sum: 0, count: 0 };
    stemSums.set(key, { sum: entry.sum + weight, count: entry.count + 1 });
  };
  for (const [key, value] of Object.entries(pack.words)) {
    const weight = Number(value) / pack.scale;
    // Multi-word entries never match one token.
    if (key.includes(' ') || !Number.isFinite(weight) || Math.abs(weight) < MIN_PACK_WEIGHT) continue;
    dictionary[key.toLowerCase()] = weight;
    if (!pack.stemmed && !isEmoji(key)) addStemmed(key.toLowerCase(), weight);
  }
  // Stems the lexicon lacks get the average weight of its words that share them.
  for (const [key, { sum, count }] of stemSums) if (dictionary[key] === undefined) dictionary[key] = sum / count;
  for (const [word, weight] of Object.entries(EXTRA_WORDS[language])) {
    dictionary[word] = weight;
    dictionary[stem(word)] = weight;
  }
  for (const [emoji, weight] of EMOJI_WEIGHTS) dictionary[emoji] ??= weight;
  const negations = [...new Set([...pack.negations, ...NEGATIONS[language]])];
  return { dictionary, negations, negationSet: new Set(negations), stem };
}

const lexicons = new Map<LexiconLanguage, Lexicon>();
function lexiconFor(language: LexiconLanguage): Lexicon {
  let lexicon = lexicons.get(language);
  if (!lexicon) {
    lexicon = buildLexicon(language);
    lexicons.set(language, lexicon);
  }
  return lexicon;
}

const analyzer = new sentimentPackage.SentimentAnalyzer();

export interface LexiconScore {
  /** Sum of the weights of the opinion words found, each in -1..1, negations applied. */
  total: number;
  /** How many lexicon words (negations included) were found. */
  hits: number;
}

/**
 * Scores tokenized clauses with one language's lexicon. `skip(clause, index)` leaves tokens out,
 * e.g. those of complaint phrases, which are weighed separately.
 */
export function scoreWithLexicon(
  clauses: readonly (readonly string[])[],
  language: LexiconLanguage,
  skip: (clause: number, index: number) => boolean = () => false,
): LexiconScore {
  const lexicon = lexiconFor(language);
  let total = 0;
  let hits = 0;
  clauses.forEach((tokens, clause) => {
    let keys: string[] = [];
    const score = () => {
      if (keys.length === 0) return;
      const { sentiment } = analyzer.calculate({ tokens: keys, sentimentDictionary: { type: 'afinn', dictionary: lexicon.dictionary, negations: lexicon.negations } });
      total += sentiment.score;
      hits += sentiment.numHits;
      keys = [];
    };
    tokens.forEach((token, index) => {
      if (CONTRAST_WORDS.has(token)) score();
      else if (!skip(clause, index)) keys.push(lexicon.negationSet.has(token) || lexicon.dictionary[token] !== undefined ? token : lexicon.stem(token));
    });
    score();
  });
  return { total, hits };
}
