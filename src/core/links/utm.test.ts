import { describe, expect, test } from 'vitest';
import { campaignSlug, destinationWithUtm } from './utm.js';

const facts = { network: 'mastodon', campaign: 'Spring Sale 2027!', postId: '0b6c3a4e-1111-4222-8333-944445555666' };

describe('destinationWithUtm', () => {
  test('adds source, medium, campaign slug and content to an address without a query', () => {
    expect(destinationWithUtm('https://bakery.example/bread', facts)).toBe(
      'https://bakery.example/bread?utm_source=mastodon&utm_medium=social&utm_campaign=spring-sale-2027&utm_content=0b6c3a4e-1111-4222-8333-944445555666',
    );
  });

  test("keeps the author's query byte for byte and the fragment at the end", () => {
    const url = destinationWithUtm('https://bakery.example/p?id=7&q=a%20b+c#reviews', facts);
    expect(url.startsWith('https://bakery.example/p?id=7&q=a%20b+c&utm_source=mastodon&')).toBe(true);
    expect(url.endsWith('#reviews')).toBe(true);
    expect(new URL(url).searchParams.get('utm_content')).toBe(facts.postId);
  });

  test('never overwrites a UTM parameter the author set', () => {
    const url = new URL(destinationWithUtm('https://bakery.example/?utm_source=newsletter&utm_campaign=own', facts));
    expect(url.searchParams.getAll('utm_source')).toEqual(['newsletter']);
    expect(url.searchParams.getAll('utm_campaign')).toEqual(['own']);
    expect(url.searchParams.get('utm_medium')).toBe('social');
  });

  test('a post without a campaign gets the default campaign name', () => {
    expect(new URL(destinationWithUtm('https://bakery.example/?', { ...facts, campaign: null })).search).toBe(
      `?utm_source=mastodon&utm_medium=social&utm_campaign=chorus&utm_content=${facts.postId}`,
    );
  });
});

describe('campaignSlug', () => {
  test('lower case, letters of any script kept, everything else one hyphen', () => {
    expect(campaignSlug('  Black Friday -- 50% off ')).toBe('black-friday-50-off');
    expect(campaignSlug('Весенняя распродажа')).toBe('весенняя-распродажа');
    expect(campaignSlug('!!!')).toBe('chorus');
  });
});
