import { describe, expect, it } from 'vitest';
import { noImage, overLimit, untrackedLink } from './post-rules.js';
import { contextOf, draftOf, postAt } from './testing.js';

const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;

describe('over_limit', () => {
  it('is an error when the network’s measure exceeds its limit', () => {
    const context = contextOf({ textLimit: { maxLength: 10, measureText: graphemes } });
    expect(overLimit(draftOf({ text: 'Hello there, world' }), context)).toEqual([
      { rule: 'over_limit', severity: 'error', code: 'over_limit', params: { length: 18, limit: 10, over: 8 } },
    ]);
  });

  it('measures the network’s way: five family emoji are five, not 55 UTF-16 units', () => {
    const family = '👨‍👩‍👧‍👦'.repeat(5);
    expect(overLimit(draftOf({ text: family }), contextOf({ textLimit: { maxLength: 5, measureText: graphemes } }))).toEqual([]);
    expect(overLimit(draftOf({ text: family }), contextOf({ textLimit: { maxLength: 5, measureText: (text) => text.length } }))).toHaveLength(1);
  });

  it('says nothing at the limit or when the limit is unknown', () => {
    expect(overLimit(draftOf({ text: '1234567890' }), contextOf({ textLimit: { maxLength: 10, measureText: graphemes } }))).toEqual([]);
    expect(overLimit(draftOf({ text: 'x'.repeat(10_000) }), contextOf())).toEqual([]);
  });
});

describe('no_image', () => {
  it('says nothing when the draft has a picture, a video or a GIF', () => {
    for (const kind of ['image', 'video', 'gif'] as const) expect(noImage(draftOf({ media: [{ kind }] }), contextOf())).toEqual([]);
  });

  it('warns when the posts around it would fall below the plan’s share with an image', () => {
    // 3 of 5 posts with an image is 60 %, below the default 80 %; a PDF is not an image.
    const posts = [postAt(-1, 'a'), postAt(-2, 'b'), postAt(3, 'c'), postAt(-4, 'd', false), postAt(-30, 'far away', false)];
    expect(noImage(draftOf({ media: [{ kind: 'document' }] }), contextOf({ posts }))).toEqual([
      { rule: 'no_image', severity: 'warning', code: 'no_image', params: { withImagePercent: 60, minPercent: 80 } },
    ]);
  });

  it('only notes it when the mix still holds', () => {
    const posts = [postAt(-1, 'a'), postAt(-2, 'b'), postAt(-3, 'c'), postAt(-4, 'd'), postAt(-5, 'e')];
    const context = contextOf({ posts, mix: { promotionalMaxPercent: 20, dialogueMinPercent: 20, withImageMinPercent: 80 } });
    expect(noImage(draftOf({ media: [] }), context)).toEqual([
      { rule: 'no_image', severity: 'info', code: 'no_image_within_mix', params: { withImagePercent: 83, minPercent: 80 } },
    ]);
  });
});

describe('untracked_link', () => {
  const links = [
    { url: 'https://shop.example/mug', tracked: false },
    { url: 'https://chr.example/abc', tracked: true },
    { url: 'https://shop.example/mug', tracked: false },
  ];

  it('flags each distinct untracked link once tracking exists', () => {
    expect(untrackedLink(draftOf({ links }), contextOf({ trackedLinksEnabled: true }))).toEqual([
      { rule: 'untracked_link', severity: 'warning', code: 'untracked_link', params: { url: 'https://shop.example/mug' } },
    ]);
  });

  it('says nothing before link tracking exists, or when every link is tracked', () => {
    expect(untrackedLink(draftOf({ links }), contextOf({ trackedLinksEnabled: false }))).toEqual([]);
    expect(untrackedLink(draftOf({ links: [{ url: 'https://chr.example/abc', tracked: true }] }), contextOf({ trackedLinksEnabled: true }))).toEqual([]);
  });
});
