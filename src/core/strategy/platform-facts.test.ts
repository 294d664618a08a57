import { describe, expect, test } from 'vitest';
import { CHANNEL_IDS, PLATFORM_FACTS, type FactValue, type KnownFact, type Principles } from './platform-facts.js';

function knownFacts(): KnownFact<unknown>[] {
  const facts: KnownFact<unknown>[] = [];
  for (const channel of PLATFORM_FACTS.channels) {
    const values: FactValue<unknown>[] = [
      channel.ageSkew,
      channel.b2bPlatform,
      channel.activeUsersMostlySell,
      channel.localTargeting,
      channel.minAdAudience,
      channel.commerce,
      channel.formats,
      channel.publishingApi,
      channel.capturesExistingDemand,
    ];
    for (const value of values) if (value.known) facts.push(value);
  }
  for (const country of Object.values(PLATFORM_FACTS.countries)) {
    facts.push(country.mainNetworks);
    for (const channel of CHANNEL_IDS) {
      const reach = country.reach[channel];
      const blocked = country.blocked[channel];
      if (reach) facts.push(reach);
      if (blocked) facts.push(blocked);
    }
  }
  const principles: Readonly<Record<keyof Principles, KnownFact<true>>> = PLATFORM_FACTS.principles;
  facts.push(...Object.values(principles));
  return facts;
}

describe('platform facts table', () => {
  test('is versioned and covers every channel once', () => {
    expect(PLATFORM_FACTS.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(PLATFORM_FACTS.channels.map((channel) => channel.channel)).toEqual([...CHANNEL_IDS]);
  });

  test('every known fact has a unique id, a statement and a source', () => {
    const facts = knownFacts();
    expect(new Set(facts.map((fact) => fact.id)).size).toBe(facts.length);
    for (const fact of facts) {
      expect(fact.statement.length, fact.id).toBeGreaterThan(10);
      expect(fact.source.title, fact.id).not.toBe('');
      expect(fact.source.url, fact.id).toMatch(/^(https?:\/\/|shared\/seeds\/)/);
    }
  });

  test('covers Russia, Indonesia and Poland, with Instagram blocked in Russia', () => {
    expect(Object.keys(PLATFORM_FACTS.countries)).toEqual(expect.arrayContaining(['RU', 'ID', 'PL']));
    expect(PLATFORM_FACTS.countries.RU?.blocked.instagram?.value).toBe(true);
  });

  test('LinkedIn needs an ad audience of about 1,000; facts FACTS.md lacks stay unknown', () => {
    const linkedin = PLATFORM_FACTS.channels.find((channel) => channel.channel === 'linkedin');
    expect(linkedin?.minAdAudience).toMatchObject({ known: true, value: 1000 });
    for (const channel of PLATFORM_FACTS.channels) expect(channel.commerce.known, channel.channel).toBe(false);
  });
});
