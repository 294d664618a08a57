/**
 * Text as Telegram counts it. Entity offsets and lengths are in UTF-16 code units
 * (https://core.telegram.org/bots/api#messageentity), and the message and caption limits are
 * counted the same way, which is exactly JavaScript's `string.length`.
 */
import type { TelegramMessageEntity } from './schemas.js';

/** https://core.telegram.org/bots/api#sendmessage: "1-4096 characters after entities parsing". */
export const MAX_TEXT_LENGTH = 4096;
/** https://core.telegram.org/bots/api#sendphoto: "0-1024 characters after entities parsing". */
export const MAX_CAPTION_LENGTH = 1024;
/** https://core.telegram.org/bots/api#sendpoll: question 1-300 characters, options 1-100. */
export const MAX_POLL_QUESTION_LENGTH = 300;
export const MAX_POLL_OPTION_LENGTH = 100;

export const measureText = (text: string): number => text.length;

export interface FormattedText {
  text: string;
  entities: Omit<TelegramMessageEntity, 'user'>[];
}

/**
 * Chorus post text is plain text, so it is sent without parse_mode: what the person typed
 * arrives literally ("<", "*" and "_" included) with nothing to escape, and the length Chorus
 * counts is the length Telegram counts. Telegram still links URLs, @mentions and #hashtags by
 * itself. The one formatting Chorus asks for is a content warning: the warning stays visible and
 * the post's text goes behind a spoiler entity, whose offsets we compute in UTF-16 units.
 */
export function formatPost(text: string, contentWarning: string | undefined): FormattedText {
  if (!contentWarning || text.length === 0) return { text, entities: [] };
  const visible = `${contentWarning}\n\n`;
  return { text: `${visible}${text}`, entities: [{ type: 'spoiler', offset: measureText(visible), length: measureText(text) }] };
}
