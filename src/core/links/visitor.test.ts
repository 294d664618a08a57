import { describe, expect, test } from 'vitest';
import { visitorHash, visitorKey } from './visitor.js';

const LINK = '3f1f8a1e-0000-4000-8000-000000000001';
const UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe('visitor hashes', () => {
  test('the same visitor of the same link on the same day hashes alike', () => {
    expect(visitorHash('salt-a', visitorKey(LINK, '203.0.113.7', UA))).toBe(visitorHash('salt-a', visitorKey(LINK, '203.0.113.7', UA)));
  });

  test("another day's salt, another address, browser or link gives another hash", () => {
    const base = visitorHash('salt-a', visitorKey(LINK, '203.0.113.7', UA));
    expect(visitorHash('salt-b', visitorKey(LINK, '203.0.113.7', UA))).not.toBe(base);
    expect(visitorHash('salt-a', visitorKey(LINK, '203.0.113.8', UA))).not.toBe(base);
    expect(visitorHash('salt-a', visitorKey(LINK, '203.0.113.7', `${UA} X`))).not.toBe(base);
    expect(visitorHash('salt-a', visitorKey('3f1f8a1e-0000-4000-8000-000000000002', '203.0.113.7', UA))).not.toBe(base);
  });

  test('the stored hash carries no trace of the address', () => {
    const hash = visitorHash('salt-a', visitorKey(LINK, '203.0.113.7', UA));
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(hash).not.toContain('203');
  });
});
