/**
 * Types for the parts of nlp.js (CommonJS, ships no types) that the analysis module uses: each
 * language pack's stemmer and sentiment lexicon, and the sentiment package's scoring step.
 * Shapes read from node_modules/@nlpjs/* 4.26.1.
 */
declare module '@nlpjs/sentiment' {
  interface SentimentDictionary {
    type: 'afinn' | 'senticon' | 'pattern';
    /** Word (or stem) to weight; negative is bad. */
    dictionary: Record<string, number>;
    /** Words that flip the sign of every later hit in the same call. */
    negations: string[];
  }
  interface SentimentInput {
    tokens: string[];
    sentimentDictionary: SentimentDictionary;
  }
  interface SentimentOutput extends SentimentInput {
    sentiment: { score: number; numWords: number; numHits: number; vote: 'positive' | 'neutral' | 'negative' };
  }
  interface SentimentAnalyzer {
    /** The synchronous scoring step of the analyzer's (async) pipeline. */
    calculate(input: SentimentInput): SentimentOutput;
  }
  const sentiment: { SentimentAnalyzer: new () => SentimentAnalyzer };
  export = sentiment;
}

declare module '@nlpjs/lang-en' {
  const pack: {
    /** `cache` is the stemmer's memo of every word it has seen; it never shrinks by itself. */
    StemmerEn: new () => { stemWord(word: string): string; cache: Record<string, string> };
    SentimentEn: { senticon: Record<string, number>; negations: { words: string[] }; stemmed?: boolean };
  };
  export = pack;
}

declare module '@nlpjs/lang-id' {
  const pack: {
    /** `cache` is the stemmer's memo of every word it has seen; it never shrinks by itself. */
    StemmerId: new () => { stemWord(word: string): string; cache: Record<string, string> };
    SentimentId: { afinn: Record<string, number | string>; negations: { words: string[] }; stemmed?: boolean };
  };
  export = pack;
}

declare module '@nlpjs/lang-ru' {
  const pack: {
    /** `cache` is the stemmer's memo of every word it has seen; it never shrinks by itself. */
    StemmerRu: new () => { stemWord(word: string): string; cache: Record<string, string> };
    SentimentRu: { afinn: Record<string, number | string>; negations: { words: string[] }; stemmed?: boolean };
  };
  export = pack;
}

declare module '@nlpjs/lang-pl' {
  const pack: {
    /** `cache` is the stemmer's memo of every word it has seen; it never shrinks by itself. */
    StemmerPl: new () => { stemWord(word: string): string; cache: Record<string, string> };
    SentimentPl: { afinn: Record<string, number | string>; negations: { words: string[] }; stemmed?: boolean };
  };
  export = pack;
}
