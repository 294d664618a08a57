/**
 * The body of POST /2/tweets for one part, and the text of a stored Post as it was written.
 * https://docs.x.com/x-api/posts/manage-tweets/introduction
 */
import { ConnectorError, type PollRequest } from '../contract.js';
import type { XTweet } from './schemas.js';

export interface TweetParts {
  text: string;
  mediaIds: readonly string[];
  poll?: PollRequest;
  replyTo?: string;
}

export function buildTweetBody(parts: TweetParts): Record<string, unknown> {
  const body: Record<string, unknown> = { text: parts.text };
  if (parts.mediaIds.length > 0) body.media = { media_ids: [...parts.mediaIds] };
  if (parts.poll) {
    // X polls are single choice; the API has no way to ask for more.
    if (parts.poll.multipleChoice) throw new ConnectorError('invalid_content', 'X polls allow one answer per person; turn off multiple choice.');
    body.poll = { options: [...parts.poll.options], duration_minutes: parts.poll.durationMinutes };
  }
  if (parts.replyTo) body.reply = { in_reply_to_tweet_id: parts.replyTo };
  return body;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * The text as its author wrote it: X stores links as t.co links (the original is in the url
 * entities), appends a link to attached media, and escapes &, < and > in `text`.
 */
export function writtenText(tweet: XTweet): string {
  const source = tweet.note_tweet ?? tweet;
  let text = source.text;
  for (const url of source.entities?.urls ?? []) {
    const isMediaLink = url.media_key !== undefined || /^pic\.(x|twitter)\.com\//.test(url.display_url ?? '');
    text = text.replace(url.url, isMediaLink ? '' : (url.expanded_url ?? url.url));
  }
  return text.replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity).trim();
}

/** Compares texts the way X stores them: Unicode NFC, surrounding whitespace dropped. */
export function sameText(a: string, b: string): boolean {
  return a.normalize('NFC').trim() === b.normalize('NFC').trim();
}
