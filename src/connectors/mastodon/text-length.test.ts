import { describe, expect, it } from 'vitest';
import { countableText, measureStatus, withLocalMentions } from './text-length.js';

describe('Mastodon text length', () => {
  it('counts plain text in characters', () => {
    expect(measureStatus('hello')).toBe(5);
    expect(measureStatus('zażółć gęślą jaźń')).toBe(17);
  });

  it('counts an emoji with modifiers, and a flag, as one character each', () => {
    expect(measureStatus('👍🏽')).toBe(1);
    expect(measureStatus('👨‍👩‍👧‍👦 🇵🇱')).toBe(3);
  });

  it('counts every http(s) link as 23 characters, short or long', () => {
    expect(measureStatus('https://example.com')).toBe(23);
    expect(measureStatus(`Read https://example.com/${'a'.repeat(200)}?x=1 now`)).toBe(5 + 23 + 4);
    expect(measureStatus('http://x.io')).toBe(23);
  });

  it('counts a link without a protocol as typed', () => {
    expect(measureStatus('example.com')).toBe(11);
  });

  it('counts a remote mention by its local part only', () => {
    expect(measureStatus('@alice@example.social')).toBe('@alice'.length);
    expect(measureStatus('hi @bob.smith@mastodon.example.org!')).toBe('hi @bob.smith!'.length);
    expect(countableText('cc @alice and @carol@x.y')).toBe('cc @alice and @carol');
  });

  it('does not take an e-mail address or an @ inside a word for a mention', () => {
    expect(measureStatus('mail me at team@example.com')).toBe('mail me at team@example.com'.length);
  });

  it('keeps a mention that is part of a link inside the link', () => {
    expect(countableText('https://example.social/@alice@remote.example')).toBe('x'.repeat(23));
  });

  it('adds the content warning to the same limit, uncounted by the link rule', () => {
    expect(measureStatus('https://example.com', 'CW: food')).toBe(8 + 23);
    expect(measureStatus('text', 'https://example.com')).toBe(19 + 4);
  });

  it('renders remote mentions as Mastodon shows them', () => {
    // A profile address inside a link is no mention: "@" after "/" is excluded, as in MENTION_RE.
    expect(withLocalMentions('Hello @alice@example.social and https://x.io/@a@b.c')).toBe('Hello @alice and https://x.io/@a@b.c');
  });
});
