import { describe, expect, it } from 'vitest';
import { findPhrases, fold, phraseBook, withoutLinks } from './phrases.js';

const book = phraseBook({ en: ['buy', 'order now', 'order'], id: ['beli'], ru: ['скидк*'], pl: ['zniżk*', 'dajcie znać'] });
const texts = (text: string) => findPhrases(text, book).map((match) => match.text);

describe('phrase matcher', () => {
  it('matches whole words only, in any script', () => {
    expect(texts('Buyers buy, bukan membeli')).toEqual(['buy']);
    expect(texts('СКИДКИ и скидку, но не паскидка')).toEqual(['СКИДКИ', 'скидку']);
  });

  it('prefers the longest phrase and reports the words as written', () => {
    expect(findPhrases('ORDER   NOW!', book)).toEqual([{ phrase: 'order now', language: 'en', text: 'ORDER   NOW' }]);
    expect(texts('order it')).toEqual(['order']);
  });

  it('ignores diacritics on both sides', () => {
    expect(texts('Znizka dla was, dajcie znac')).toEqual(['Znizka', 'dajcie znac']);
    expect(fold('Łódź ЁЖ')).toBe('lodz еж');
  });

  it('does not look inside links', () => {
    expect(texts('see https://shop.example/buy-now?order=1 today')).toEqual([]);
    expect(withoutLinks('a www.x.com/b c')).toHaveLength('a www.x.com/b c'.length);
  });
});
