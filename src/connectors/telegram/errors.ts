/**
 * Telegram's documented error answers as failure kinds. Every failed call answers
 * `{ok:false, error_code, description, parameters?}` (https://core.telegram.org/bots/api#making-requests);
 * the description is the only detail, so the mapping reads it, and rewrites the common ones in
 * words a person understands. Telegram sends no rate-limit headers: a 429 carries
 * `parameters.retry_after` in seconds (https://core.telegram.org/bots/api#responseparameters).
 */
import { ConnectorError, type FailureKind } from '../contract.js';
import type { RawResponse } from '../http.js';
import { MAX_CAPTION_LENGTH, MAX_TEXT_LENGTH } from './text.js';
import { errorResponseSchema } from './schemas.js';

/** A ConnectorError that keeps Telegram's own description, for callers that branch on it. */
export class TelegramApiError extends ConnectorError {
  readonly description: string;
  constructor(kind: FailureKind, message: string, description: string, options: { resetAt?: Date; status?: number }) {
    super(kind, message, options);
    this.description = description;
  }
}

export const ADMIN_HINT = 'Make the bot an administrator of the channel with the right to post messages, then test the connection again.';

/** Descriptions Telegram sends for content it refuses, in plain words. */
const CONTENT_PROBLEMS: readonly [RegExp, string | ((detail: string) => string)][] = [
  [/message is too long/i, `The text is longer than the ${MAX_TEXT_LENGTH.toLocaleString('en')} characters Telegram allows in a message.`],
  [/caption is too long/i, `The text is longer than the ${MAX_CAPTION_LENGTH.toLocaleString('en')} characters Telegram allows with photos.`],
  [/text is empty|message must be non-empty/i, 'Telegram does not send an empty message; add some text.'],
  [/can't parse entities/i, "Telegram could not read the text's formatting."],
  [/message to (delete|edit) not found|message not found/i, 'The message no longer exists in Telegram.'],
  [/message can't be deleted/i, 'Telegram did not let the bot delete this message (a bot can delete its posts only in the first 48 hours, and needs the right to delete messages).'],
  [/message is not modified/i, 'The new text is the same as the old one.'],
  [/IMAGE_PROCESS_FAILED|PHOTO_INVALID_DIMENSIONS|PHOTO_EXT_INVALID|wrong file|failed to get HTTP URL content|wrong type of the web page content/i, 'Telegram could not process the image; use a JPEG or PNG under 10 MB whose sides add up to at most 10,000 pixels.'],
  [/poll/i, (reason) => `Telegram refused the poll: ${reason}.`],
  [/blocked by the user|user is deactivated|can't initiate conversation|bots can't send messages to bots/i, 'The person cannot receive messages from the bot (they blocked it, left Telegram, or never started a chat with it).'],
];

const RIGHTS_PROBLEM = /not enough rights|need administrator rights|CHAT_ADMIN_REQUIRED|have no rights|bot was kicked|not a member|chat not found|CHAT_WRITE_FORBIDDEN/i;

/** Telegram's description without its "Bad Request: " style prefix. */
function detail(description: string): string {
  return description.replace(/^(Bad Request|Forbidden|Conflict|Unauthorized|Not Found):\s*/i, '').trim();
}

/** A known content problem in plain words, or undefined. */
function contentProblem(description: string): string | undefined {
  const known = CONTENT_PROBLEMS.find(([pattern]) => pattern.test(description))?.[1];
  return typeof known === 'function' ? known(detail(description)) : known;
}

/** Maps a documented error answer; returns undefined for answers that are not Telegram's JSON (HTML from a proxy). */
export function mapTelegramError(response: RawResponse, now: Date): ConnectorError | undefined {
  const parsed = errorResponseSchema.safeParse(response.json);
  if (!parsed.success) return undefined;
  const { error_code: code, description, parameters } = parsed.data;
  const status = response.status;
  const error = (kind: FailureKind, message: string, resetAt?: Date) => new TelegramApiError(kind, message, description, { status, resetAt });

  if (code === 429) {
    const seconds = parameters?.retry_after ?? 1;
    return error('rate_limited', `Telegram asks the bot to wait ${seconds} s before sending more (flood control).`, new Date(now.getTime() + seconds * 1000));
  }
  // 401: the token was revoked or replaced in @BotFather; 404: the token is malformed. Bot
  // tokens never expire, so there is nothing to refresh: a person must enter the new token.
  if (code === 401 || code === 404) {
    return error('auth_revoked', 'Telegram does not accept the bot token any more (it was revoked or changed in @BotFather). Connect the channel again with the current token.');
  }
  if (code === 409) {
    return /webhook/i.test(description)
      ? error('invalid_content', 'The bot has a webhook set, so Telegram will not hand its updates to Chorus. Remove the webhook (deleteWebhook) or use a bot only for Chorus.')
      : error('transient', 'Another program is reading this bot\'s updates at the same time; Chorus will try again. Use a bot only for Chorus.');
  }
  if (code === 400 || code === 403) {
    const content = contentProblem(description);
    if (content === undefined && (code === 403 || RIGHTS_PROBLEM.test(description))) {
      return error('auth_revoked', `Telegram refused the bot access (${detail(description)}). ${ADMIN_HINT}`);
    }
    if (parameters?.migrate_to_chat_id !== undefined) {
      return error('invalid_content', `The group became a supergroup with the id ${parameters.migrate_to_chat_id}; connect the channel again so Chorus uses the new id.`);
    }
    return error('invalid_content', content ?? `Telegram refused the message: ${detail(description)}.`);
  }
  // 5xx and anything undocumented: the generic rules (transient, or outcome_unknown for a timed-out write).
  return undefined;
}
