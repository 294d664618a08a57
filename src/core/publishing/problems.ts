/**
 * What stops a post from going out on one network, found before scheduling (P1, P8): the checks
 * run against the network's manifest (length by its own counting, media count, types, sizes, alt
 * text, polls, threads, extras) so that a problem shows in the composer, not at publish time.
 */
import type { Capability, MediaLimits, PollLimits } from '../connections/vocabulary.js';
import type { PostContent } from './content.js';

export type ProblemCode =
  | 'too_long'
  | 'too_many_media'
  | 'media_type'
  | 'media_too_large'
  | 'mixed_media'
  | 'alt_text_too_long'
  | 'no_poll'
  | 'poll_rules'
  | 'no_thread'
  | 'thread_too_long'
  | 'no_first_comment'
  | 'no_content_warning'
  | 'no_media_support'
  | 'empty'
  | 'media_missing'
  | 'account_unusable';

export interface ContentProblem {
  code: ProblemCode;
  /** Index of the thread part, or null for the post as a whole. */
  part: number | null;
  message: string;
  params: Record<string, string | number>;
}

/** The rules of one network, as its connector's manifest states them (account overrides applied). */
export interface NetworkRules {
  name: string;
  capabilities: readonly Capability[];
  maxLength: number;
  counting: string;
  media: MediaLimits;
  poll: PollLimits | null;
  thread: { maxParts: number } | null;
  measureText: (text: string) => number;
  /** Images are converted to a type and size the network takes when published (PNG to JPEG, shrunk). */
  convertsImages: boolean;
}

export interface MediaFacts {
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  altText: string;
}

const problem = (code: ProblemCode, part: number | null, message: string, params: Record<string, string | number> = {}): ContentProblem => ({ code, part, message, params });

/** Every problem of `content` on a network with `rules`; `media` holds the assets the content names. */
export function findProblems(content: PostContent, rules: NetworkRules, media: ReadonlyMap<string, MediaFacts>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const can = (capability: Capability) => rules.capabilities.includes(capability);
  if (content.parts.every((part) => part.text.trim() === '' && part.mediaIds.length === 0) && !content.poll) {
    problems.push(problem('empty', null, 'The post has no text and no media'));
  }
  if (content.parts.length > 1) {
    if (!can('publish.thread') || !rules.thread) problems.push(problem('no_thread', null, `${rules.name} has no threads`, { parts: content.parts.length }));
    else if (content.parts.length > rules.thread.maxParts) {
      problems.push(problem('thread_too_long', null, `${rules.name} takes at most ${rules.thread.maxParts} parts in a thread`, { parts: content.parts.length, maxParts: rules.thread.maxParts }));
    }
  }
  content.parts.forEach((part, index) => {
    const length = rules.measureText(part.text);
    if (length > rules.maxLength) {
      problems.push(problem('too_long', index, `${length} of ${rules.maxLength} (${rules.counting}) on ${rules.name}`, { length, maxLength: rules.maxLength, counting: rules.counting }));
    }
    problems.push(...mediaProblems(part.mediaIds, index, rules, media));
  });
  if (content.poll) problems.push(...pollProblems(content.poll, rules));
  if (content.firstComment && !can('publish.first_comment')) problems.push(problem('no_first_comment', null, `${rules.name} takes no first comment`));
  if (content.contentWarning && !can('publish.content_warning')) problems.push(problem('no_content_warning', null, `${rules.name} has no content warnings`));
  return problems;
}

function mediaProblems(ids: readonly string[], part: number, rules: NetworkRules, media: ReadonlyMap<string, MediaFacts>): ContentProblem[] {
  if (ids.length === 0) return [];
  const problems: ContentProblem[] = [];
  const found = ids.flatMap((id) => {
    const facts = media.get(id);
    if (!facts) problems.push(problem('media_missing', part, 'A media file is no longer in the library', { mediaId: id }));
    return facts ? [facts] : [];
  });
  if (ids.length > rules.media.maxItems) {
    problems.push(problem('too_many_media', part, `${rules.name} takes at most ${rules.media.maxItems} media per post`, { count: ids.length, maxItems: rules.media.maxItems }));
  }
  const kinds = new Set(found.map((facts) => facts.kind));
  if (kinds.size > 1 && !rules.media.mixed) problems.push(problem('mixed_media', part, `${rules.name} does not mix images and video in one post`));
  for (const facts of found) {
    const capability = facts.kind === 'image' ? 'publish.images' : 'publish.video';
    if (!rules.capabilities.includes(capability)) {
      problems.push(problem('no_media_support', part, `${rules.name} does not take ${facts.kind === 'image' ? 'images' : 'videos'} from Chorus`, { kind: facts.kind }));
      continue;
    }
    if (facts.kind === 'image' && rules.convertsImages) continue;
    const types = facts.kind === 'image' ? rules.media.imageTypes : rules.media.videoTypes;
    if (!types.includes(facts.mimeType)) problems.push(problem('media_type', part, `${rules.name} does not take ${facts.mimeType}`, { mimeType: facts.mimeType, accepted: types.join(', ') }));
    const maxBytes = facts.kind === 'image' ? rules.media.maxImageBytes : rules.media.maxVideoBytes;
    if (facts.bytes > maxBytes) problems.push(problem('media_too_large', part, `${rules.name} takes files up to ${maxBytes} bytes`, { bytes: facts.bytes, maxBytes }));
    const altMax = rules.media.altTextMaxLength;
    if (altMax !== null && facts.altText.length > altMax) {
      problems.push(problem('alt_text_too_long', part, `${rules.name} takes alt text up to ${altMax} characters`, { length: facts.altText.length, maxLength: altMax }));
    }
  }
  return problems;
}

function pollProblems(poll: NonNullable<PostContent['poll']>, rules: NetworkRules): ContentProblem[] {
  if (!rules.capabilities.includes('publish.poll') || !rules.poll) return [problem('no_poll', null, `${rules.name} has no polls`)];
  const limits = rules.poll;
  const problems: ContentProblem[] = [];
  if (poll.options.length < limits.minOptions || poll.options.length > limits.maxOptions) {
    problems.push(problem('poll_rules', null, `${rules.name} polls take ${limits.minOptions} to ${limits.maxOptions} options`, { options: poll.options.length, minOptions: limits.minOptions, maxOptions: limits.maxOptions }));
  }
  const longest = Math.max(...poll.options.map((option) => rules.measureText(option)));
  if (longest > limits.maxOptionLength) {
    problems.push(problem('poll_rules', null, `${rules.name} poll options are at most ${limits.maxOptionLength} long`, { length: longest, maxOptionLength: limits.maxOptionLength }));
  }
  if (poll.durationMinutes < limits.minDurationMinutes || poll.durationMinutes > limits.maxDurationMinutes) {
    problems.push(problem('poll_rules', null, `${rules.name} polls run ${limits.minDurationMinutes} to ${limits.maxDurationMinutes} minutes`, { durationMinutes: poll.durationMinutes, minDurationMinutes: limits.minDurationMinutes, maxDurationMinutes: limits.maxDurationMinutes }));
  }
  return problems;
}
