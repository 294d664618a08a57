import { describe, expect, it } from 'vitest';
import type { PostContent } from './content.js';
import { findProblems, type MediaFacts, type NetworkRules } from './problems.js';

const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;
const rules: NetworkRules = {
  name: 'Bluesky',
  capabilities: ['publish.text', 'publish.images', 'publish.thread'],
  maxLength: 300,
  counting: 'graphemes',
  media: { maxItems: 4, imageTypes: ['image/jpeg', 'image/png'], videoTypes: [], maxImageBytes: 1_000_000, maxVideoBytes: 0, mixed: false, altTextMaxLength: 2_000 },
  poll: null,
  thread: { maxParts: 3 },
  measureText: graphemes,
  convertsImages: false,
};
const content = (overrides: Partial<PostContent> = {}): PostContent => ({ parts: [{ text: 'Hello', mediaIds: [] }], poll: null, firstComment: null, contentWarning: null, ...overrides });
const image = (overrides: Partial<MediaFacts> = {}): MediaFacts => ({ kind: 'image', mimeType: 'image/jpeg', bytes: 500_000, altText: 'A cake', ...overrides });
const codes = (found: ReturnType<typeof findProblems>) => found.map((problem) => problem.code);

describe('findProblems', () => {
  it('finds nothing in a post that fits', () => {
    expect(findProblems(content({ parts: [{ text: 'Hi', mediaIds: ['m1'] }] }), rules, new Map([['m1', image()]]))).toEqual([]);
  });

  it("counts length the network's way: 300 emoji are 300 graphemes, not 600 code units", () => {
    expect(findProblems(content({ parts: [{ text: '🎉'.repeat(300), mediaIds: [] }] }), rules, new Map())).toEqual([]);
    const [tooLong] = findProblems(content({ parts: [{ text: '🎉'.repeat(301), mediaIds: [] }] }), rules, new Map());
    expect(tooLong).toMatchObject({ code: 'too_long', part: 0, params: { length: 301, maxLength: 300, counting: 'graphemes' } });
  });

  it('checks media count, type, size, alt text and a file that left the library', () => {
    const media = new Map([
      ['gif', image({ mimeType: 'image/gif' })],
      ['big', image({ bytes: 2_000_000 })],
      ['alt', image({ altText: 'x'.repeat(2_001) })],
    ]);
    const found = findProblems(content({ parts: [{ text: 'x', mediaIds: ['gif', 'big', 'alt', 'gone', 'gif'] }] }), rules, media);
    expect(codes(found).sort()).toEqual(['alt_text_too_long', 'media_missing', 'media_too_large', 'media_type', 'media_type', 'too_many_media']);
  });

  it('leaves image type and size to the conversion at publish time where images are converted', () => {
    const media = new Map([['gif', image({ mimeType: 'image/gif', bytes: 5_000_000 })]]);
    const post = content({ parts: [{ text: 'x', mediaIds: ['gif'] }] });
    expect(codes(findProblems(post, rules, media))).toEqual(['media_type', 'media_too_large']);
    expect(findProblems(post, { ...rules, convertsImages: true }, media)).toEqual([]);
  });

  it('refuses what the network does not have: polls, first comments, content warnings, video', () => {
    const found = findProblems(
      content({ poll: { options: ['a', 'b'], durationMinutes: 60, multipleChoice: false }, firstComment: 'more', contentWarning: 'spoiler', parts: [{ text: 'x', mediaIds: ['v'] }] }),
      rules,
      new Map([['v', image({ kind: 'video', mimeType: 'video/mp4' })]]),
    );
    expect(codes(found)).toEqual(['no_media_support', 'no_poll', 'no_first_comment', 'no_content_warning']);
  });

  it('checks poll rules where polls exist', () => {
    const withPolls: NetworkRules = { ...rules, capabilities: [...rules.capabilities, 'publish.poll'], poll: { minOptions: 2, maxOptions: 4, maxOptionLength: 25, minDurationMinutes: 5, maxDurationMinutes: 10_080 } };
    const found = findProblems(content({ poll: { options: ['a', 'b', 'c', 'd', 'e'], durationMinutes: 1, multipleChoice: false } }), withPolls, new Map());
    expect(found.map((problem) => [problem.code, Object.keys(problem.params)[0]])).toEqual([
      ['poll_rules', 'options'],
      ['poll_rules', 'durationMinutes'],
    ]);
  });

  it('takes threads only where the network has them, up to its length', () => {
    const parts: PostContent['parts'] = [{ text: '1', mediaIds: [] }, { text: '2', mediaIds: [] }, { text: '3', mediaIds: [] }, { text: '4', mediaIds: [] }];
    expect(codes(findProblems(content({ parts }), rules, new Map()))).toEqual(['thread_too_long']);
    expect(codes(findProblems(content({ parts }), { ...rules, thread: null }, new Map()))).toEqual(['no_thread']);
  });

  it('an empty post is a problem', () => {
    expect(codes(findProblems(content({ parts: [{ text: '  ', mediaIds: [] }] }), rules, new Map()))).toEqual(['empty']);
  });
});
