/**
 * The sandbox's own content rules. They are chosen to sit in the middle of the real networks
 * (Mastodon's 500 characters, four images, small polls, short threads) so that the composer's
 * checks have something realistic to check; no network documents them.
 */
import { ConnectorError, type ContentLimits, type PublishRequest } from '../contract.js';

export const SANDBOX_LIMITS: ContentLimits = {
  text: { maxLength: 500, counting: 'graphemes' },
  media: {
    maxItems: 4,
    imageTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
    videoTypes: [],
    maxImageBytes: 5_000_000,
    maxVideoBytes: 0,
    mixed: false,
    altTextMaxLength: 1_000,
  },
  poll: { minOptions: 2, maxOptions: 4, maxOptionLength: 50, minDurationMinutes: 5, maxDurationMinutes: 7 * 24 * 60 },
  thread: { maxParts: 10 },
};

export const CONTENT_WARNING_MAX_LENGTH = 100;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Length as a person sees it: an emoji with skin tone or a flag is one character. */
export function measureText(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

export const LINK_PATTERN = /\bhttps?:\/\/\S+/i;

const refuse = (reason: string): ConnectorError => new ConnectorError('invalid_content', reason, { status: 422 });

export function checkText(text: string, where: string): void {
  const length = measureText(text);
  const { maxLength } = SANDBOX_LIMITS.text;
  if (length > maxLength) throw refuse(`${where} is ${length} characters long; the sandbox allows ${maxLength}.`);
}

/** The checks the sandbox applies before it accepts a post, each with a reason a person can act on. */
export function checkPublishRequest(request: PublishRequest): void {
  const { media, poll, thread } = SANDBOX_LIMITS;
  const maxParts = thread?.maxParts ?? 1;
  if (request.parts.length > maxParts) throw refuse(`The thread has ${request.parts.length} parts; the sandbox allows ${maxParts}.`);
  request.parts.forEach((part, index) => {
    const where = request.parts.length === 1 ? 'The text' : `Part ${index + 1}`;
    if (part.text.trim() === '' && part.media.length === 0) throw refuse(`${where} is empty: write some text or add an image.`);
    checkText(part.text, where);
    if (part.media.length > media.maxItems) throw refuse(`${where} has ${part.media.length} images; the sandbox allows ${media.maxItems}.`);
    for (const item of part.media) {
      if (item.kind === 'video') throw refuse('The sandbox does not take videos; remove the video from the post.');
      if (!media.imageTypes.includes(item.mimeType)) throw refuse(`The image ${item.fileName} is ${item.mimeType}; the sandbox takes PNG, JPEG, GIF and WebP.`);
      if (item.bytes.byteLength > media.maxImageBytes) throw refuse(`The image ${item.fileName} is larger than 5 MB, the sandbox's limit.`);
      if (item.altText !== undefined && measureText(item.altText) > (media.altTextMaxLength ?? 0)) {
        throw refuse(`The description of ${item.fileName} is longer than the sandbox's ${media.altTextMaxLength} characters.`);
      }
    }
  });
  if (request.poll && poll) {
    const { options, durationMinutes } = request.poll;
    if (options.length < poll.minOptions || options.length > poll.maxOptions) {
      throw refuse(`A poll needs ${poll.minOptions} to ${poll.maxOptions} options; this one has ${options.length}.`);
    }
    if (options.some((option) => option.trim() === '')) throw refuse('A poll option is empty.');
    const tooLong = options.find((option) => measureText(option) > poll.maxOptionLength);
    if (tooLong !== undefined) throw refuse(`The poll option "${tooLong}" is longer than ${poll.maxOptionLength} characters.`);
    if (new Set(options).size !== options.length) throw refuse('Two poll options are the same.');
    if (durationMinutes < poll.minDurationMinutes || durationMinutes > poll.maxDurationMinutes) {
      throw refuse('A poll must run between 5 minutes and 7 days.');
    }
    if (request.parts[0].media.length > 0) throw refuse('A post with a poll cannot also carry images in the sandbox.');
  }
  if (request.firstComment !== undefined) {
    if (request.firstComment.trim() === '') throw refuse('The first comment is empty.');
    checkText(request.firstComment, 'The first comment');
  }
  if (request.contentWarning !== undefined && measureText(request.contentWarning) > CONTENT_WARNING_MAX_LENGTH) {
    throw refuse(`The content warning is longer than ${CONTENT_WARNING_MAX_LENGTH} characters.`);
  }
}
