/**
 * Post length as X counts it: the official twitter-text rules (version 3 configuration), where
 * most Latin text weighs 1 per character, CJK and emoji weigh 2, and every URL weighs 23 whatever
 * its length. https://docs.x.com/fundamentals/counting-characters
 */
import twitterText from 'twitter-text';

/** The limit for accounts without an X subscription, in weighted characters. */
export const STANDARD_MAX_LENGTH = 280;
/** Subscribers may post up to 25,000 characters (X Premium "longer posts"). */
export const LONG_POST_MAX_LENGTH = 25_000;

/** Weighted length in the units of the 280 limit (ASCII letter = 1). */
export function measureText(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}

/** A reason the post cannot go out as it is, or null when X would accept its text. */
export function textProblem(text: string, maxLength: number): string | null {
  const length = measureText(text);
  if (length > maxLength) return `The post is ${length} characters long as X counts them; X allows ${maxLength}.`;
  // parseTweet marks text with characters X refuses (e.g. U+FFFE) as invalid regardless of length.
  if (twitterText.hasInvalidCharacters(text)) return 'The post contains characters X does not accept.';
  return null;
}
