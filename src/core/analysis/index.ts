/**
 * Language detection and sentiment for inbox items and mentions (L2), behind a small interface.
 * Language comes from tinyld (language.ts); sentiment from the nlp.js lexicons of the four
 * languages (sentiment.ts) plus complaint words (complaints.ts), which count as negative even
 * when the lexicon does not know them. See docs/inbox.md.
 */
import type { Sentiment } from '../inbox/types.js';
import { findComplaints } from './complaints.js';
import { detectLanguage } from './language.js';
import { isLexiconLanguage, LEXICON_LANGUAGES, scoreWithLexicon, type LexiconScore } from './sentiment.js';
import { tokenizeClauses, withoutLinksAndHandles } from './text.js';

export { complaintWords } from './complaints.js';

export interface TextAnalysis {
  /** ISO 639-1 code, or null when the text is too short or unclear to tell. */
  language: string | null;
  sentiment: Sentiment;
  /** Normalized sentiment score, -1 (negative) to 1 (positive). */
  score: number;
}

export interface Analyzer {
  analyze(text: string): TextAnalysis;
}

/** A score at or beyond ±this is positive or negative; between, neutral. */
export const POLARITY_THRESHOLD = 0.2;
/** What one complaint phrase adds to the lexicon sum (whose words weigh -1..1 each). */
const COMPLAINT_WEIGHT = -0.6;
/** Analyses remembered by text; repeated texts ("Thanks!", "❤️", spam) are common in an inbox. */
const CACHE_LIMIT = 10_000;

export function polarityOf(score: number): Sentiment {
  if (score >= POLARITY_THRESHOLD) return 'positive';
  return score <= -POLARITY_THRESHOLD ? 'negative' : 'neutral';
}

/**
 * The lexicon score of a text. In one of the four languages, that language's lexicon; otherwise
 * (unknown, or too short to tell) the lexicon that recognizes the most words.
 */
function lexiconScore(clauses: string[][], language: string | null, skip: (clause: number, index: number) => boolean): LexiconScore {
  if (isLexiconLanguage(language)) return scoreWithLexicon(clauses, language, skip);
  let best: LexiconScore = { total: 0, hits: 0 };
  for (const candidate of LEXICON_LANGUAGES) {
    const result = scoreWithLexicon(clauses, candidate, skip);
    if (result.hits > best.hits) best = result;
  }
  return best;
}

function analyzeText(text: string): TextAnalysis {
  const language = detectLanguage(text);
  const clauses = tokenizeClauses(withoutLinksAndHandles(text));
  const complaints = findComplaints(clauses);
  const skip = (clause: number, index: number) => complaints.some((match) => match.clause === clause && index >= match.start && index < match.end);
  const total = lexiconScore(clauses, language, skip).total + COMPLAINT_WEIGHT * complaints.length;
  // tanh keeps the score in -1..1 and lets each further opinion word add less than the one before.
  const score = Math.round(Math.tanh(total) * 1000) / 1000;
  return { language, sentiment: polarityOf(score), score };
}

/** An analyzer with its own cache of recent results. */
export function createAnalyzer(): Analyzer {
  const cache = new Map<string, TextAnalysis>();
  return {
    analyze(text) {
      let result = cache.get(text);
      if (!result) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        result = analyzeText(text);
        cache.set(text, result);
      }
      return { ...result };
    },
  };
}

export const defaultAnalyzer: Analyzer = createAnalyzer();
