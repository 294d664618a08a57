/**
 * Turning a post or message into what the analysis looks at: links and @handles removed (they
 * carry no language or opinion and confuse the n-gram detector), clauses split at punctuation so
 * a negation ends where its clause does, and words lower-cased with emoji kept as tokens.
 */

const LINK_OR_HANDLE = /\bhttps?:\/\/\S+|\bwww\.\S+|(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+/gu;
const CLAUSE_BREAK = /[.,;:!?()[\]{}…\n\r\t"“”«»„—–]+/u;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*|\p{Extended_Pictographic}/gu;

/** The text without links and @handles, whitespace collapsed. */
export function withoutLinksAndHandles(text: string): string {
  return text.replace(LINK_OR_HANDLE, ' ').replace(/\s+/g, ' ').trim();
}

/** Lower-cased tokens (words, numbers, emoji) of one piece of text. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/[’`´]/g, "'").match(TOKEN) ?? [];
}

/** Tokens per clause; empty clauses are dropped. */
export function tokenizeClauses(text: string): string[][] {
  const clauses: string[][] = [];
  for (const part of text.split(CLAUSE_BREAK)) {
    const tokens = tokenize(part);
    if (tokens.length > 0) clauses.push(tokens);
  }
  return clauses;
}

/**
 * A token without diacritics (ą→a, ł→l, ё→е, й→и), for matching words people often type without
 * them ("nie dziala"). Both sides of a comparison must be folded the same way.
 */
export function fold(token: string): string {
  return token.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

/** Whether a token is a letter word (not a number or an emoji). */
export function isWord(token: string): boolean {
  return /\p{L}/u.test(token);
}
