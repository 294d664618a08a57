/**
 * A status's length as Mastodon counts it (StatusLengthValidator; https://docs.joinmastodon.org/user/posting/#text):
 * every link starting with http:// or https:// counts as 23 characters whatever its length, a
 * mention of a remote account counts only its local part (`@alice@example.social` as `@alice`),
 * and the rest counts in grapheme clusters (an emoji with modifiers is one character). Mastodon
 * finds links with the twitter-text extractor, as this module does.
 */
import twitterText from 'twitter-text';

/** Mastodon's URL_PLACEHOLDER_CHARS; instances report it as configuration.statuses.characters_reserved_per_url. */
export const CHARACTERS_PER_URL = 23;

// Account::MENTION_RE: ([:word:] is letters, marks, digits and connector punctuation in Ruby).
const WORD = String.raw`\p{L}\p{M}\p{Nd}\p{Pc}`;
const MENTION = new RegExp(String.raw`(?<![=/${WORD}])@(([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[${WORD}]+(?:[.-]+[${WORD}]+)*)?)`, 'giu');
// twitter-text's end_mention_match: "@noël" is not a mention of "@no", nor "@a@b" of "@a".
const END_MENTION = /^(?:[@＠]|[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff]|:\/\/)/u;

interface Entity {
  start: number;
  end: number;
  replacement: string;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function mentions(text: string): Entity[] {
  const found: Entity[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [whole, , username] = match;
    const end = match.index + whole.length;
    if (username === undefined || END_MENTION.test(text.slice(end))) continue;
    found.push({ start: match.index, end, replacement: `@${username}` });
  }
  return found;
}

function links(text: string): Entity[] {
  return twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }).map(({ indices: [start, end] }) => ({
    start,
    end,
    replacement: 'x'.repeat(CHARACTERS_PER_URL),
  }));
}

/** The text with each link and mention replaced by what Mastodon counts in its place. */
export function countableText(text: string): string {
  const entities = [...links(text), ...mentions(text)].sort((a, b) => a.start - b.start);
  let result = '';
  let last = 0;
  for (const entity of entities) {
    // Overlaps (a mention inside a link) keep the earlier entity, as remove_overlapping_entities does.
    if (entity.start < last) continue;
    result += text.slice(last, entity.start) + entity.replacement;
    last = entity.end;
  }
  return result + text.slice(last);
}

export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/** The status's length; a content warning counts against the same limit, as it is, when given. */
export function measureStatus(text: string, contentWarning = ''): number {
  return graphemeCount(contentWarning + countableText(text));
}

/** The text with remote mentions shortened to their local part, as Mastodon renders them in `content`. */
export function withLocalMentions(text: string): string {
  let result = '';
  let last = 0;
  for (const mention of mentions(text)) {
    result += text.slice(last, mention.start) + mention.replacement;
    last = mention.end;
  }
  return result + text.slice(last);
}
