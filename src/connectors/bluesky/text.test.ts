import { describe, expect, it } from 'vitest';
import { facetsOf, measureText } from './text.js';

describe('measureText', () => {
  it('counts graphemes, as Bluesky does', () => {
    expect(measureText('hello')).toBe(5);
    expect(measureText('👨‍👩‍👧‍👦')).toBe(1); // a family: seven code points, eleven UTF-16 units
    expect(measureText('é')).toBe(1); // e + combining acute accent
    expect(measureText('🇵🇱🇮🇩')).toBe(2);
    expect(measureText('Zażółć gęślą jaźń')).toBe(17);
  });
});

describe('facetsOf', () => {
  const resolver = (known: Record<string, string>) => async (handle: string) => known[handle];
  const spans = (text: string, facets: Awaited<ReturnType<typeof facetsOf>>) => {
    const bytes = Buffer.from(text, 'utf8');
    return facets.map((facet) => bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8'));
  };

  it('places links and hashtags at UTF-8 byte offsets, after multi-byte characters', async () => {
    const text = 'Ünïcödé 🎉 https://chorus.example/x?y=1 #launch';
    const facets = await facetsOf(text, resolver({}));
    expect(spans(text, facets)).toEqual(['https://chorus.example/x?y=1', '#launch']);
    expect(facets[0]?.index.byteStart).toBe(Buffer.byteLength('Ünïcödé 🎉 '));
    expect(facets[1]?.features).toEqual([{ $type: 'app.bsky.richtext.facet#tag', tag: 'launch' }]);
  });

  it('points mentions at DIDs and leaves unresolvable handles as plain text', async () => {
    const text = 'Thanks @alice.bsky.social and @ghost.example!';
    const facets = await facetsOf(text, resolver({ 'alice.bsky.social': 'did:plc:alice' }));
    expect(spans(text, facets)).toEqual(['@alice.bsky.social']);
    expect(facets[0]?.features).toEqual([{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' }]);
  });

  it('gives plain text no facets', async () => {
    expect(await facetsOf('just words', resolver({}))).toEqual([]);
  });
});
