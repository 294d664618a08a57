import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../i18n/dictionaries.js';
import { translate } from '../i18n/translate.js';
import { capabilityLine } from './capabilities.js';

describe('capabilityLine', () => {
  it('groups what a network posts and brings to the inbox, then the rest', () => {
    const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate(DICTIONARIES.en, key, vars);
    expect(capabilityLine(t, 'en', ['publish.text', 'publish.images', 'delete', 'inbound.mentions', 'reply', 'metrics.post', 'search'])).toBe(
      'Posts: text and images · Inbox: mentions and replies · Metrics · Search',
    );
  });

  it('words the line in the interface language', () => {
    const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate(DICTIONARIES.pl, key, vars);
    expect(capabilityLine(t, 'pl', ['publish.text', 'publish.poll', 'publish.thread'])).toBe('Posty: tekst, ankiety i wątki');
  });

  it('says nothing for a network that can do none of it', () => {
    expect(capabilityLine((key) => key, 'en', ['delete'])).toBe('');
  });
});
