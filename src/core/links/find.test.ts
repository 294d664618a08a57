import { describe, expect, test } from 'vitest';
import { findLinks, replaceLinks } from './find.js';

const urls = (text: string) => findLinks(text).map((link) => link.url);

describe('findLinks', () => {
  test('finds http and https links and leaves sentence punctuation outside', () => {
    expect(urls('New loaves: https://bakery.example/bread. Also http://cafe.example, and https://shop.example/a?b=1&c=2!')).toEqual([
      'https://bakery.example/bread',
      'http://cafe.example',
      'https://shop.example/a?b=1&c=2',
    ]);
  });

  test('keeps brackets the link opened and drops the ones around it', () => {
    expect(urls('(see https://en.wikipedia.org/wiki/Bread_(food))')).toEqual(['https://en.wikipedia.org/wiki/Bread_(food)']);
    expect(urls('[https://bakery.example/menu]')).toEqual(['https://bakery.example/menu']);
  });

  test('stops at angle brackets, quotes and white space', () => {
    expect(urls('<https://bakery.example/a> "https://bakery.example/b" «https://bakery.example/c»\nhttps://bakery.example/d')).toEqual([
      'https://bakery.example/a',
      'https://bakery.example/b',
      'https://bakery.example/c',
      'https://bakery.example/d',
    ]);
  });

  test('ignores other schemes, addresses inside words, and hosts no network would link', () => {
    expect(urls('ftp://files.example mailto:a@b.example xhttps://bakery.example https:// https://localhost/x')).toEqual([]);
  });

  test('keeps the fragment and the positions of each link', () => {
    const text = 'Go https://bakery.example/#today now';
    expect(findLinks(text)).toEqual([{ url: 'https://bakery.example/#today', start: 3, end: 3 + 'https://bakery.example/#today'.length }]);
  });
});

describe('replaceLinks', () => {
  test('replaces the links it is given and keeps the rest of the text as written', () => {
    const text = 'A https://a.example. B https://b.example/x!';
    expect(replaceLinks(text, (url) => (url === 'https://a.example' ? 'https://go.example/l/AAAAAAAAAA' : undefined))).toBe(
      'A https://go.example/l/AAAAAAAAAA. B https://b.example/x!',
    );
  });
});
