import { describe, expect, test } from 'vitest';
import { attributeOrder, utmCredit, type Credit, type Touch } from './attribution.js';

const ordered = new Date('2026-11-20T12:00:00Z');
const daysBefore = (days: number, extraMs = 0) => new Date(ordered.getTime() - days * 86_400_000 - extraMs);
const credit = (network: string, campaign: string | null = null): Credit => ({ linkId: null, targetId: null, postId: null, accountId: null, network, campaign, voucher: null });
const codes: Record<string, Credit> = { abc: { ...credit('mastodon', 'winter'), linkId: 'link-abc' }, xyz: credit('bluesky') };
const resolve = (touch: Touch) => (touch.kind === 'link' ? (codes[touch.value] ?? null) : touch.kind === 'utm' && touch.utm ? utmCredit(touch.utm, ['mastodon', 'bluesky']) : null);

describe('last-click attribution', () => {
  test('the last touch before the order wins', () => {
    const result = attributeOrder({
      orderedAt: ordered,
      windowDays: 30,
      resolve,
      touches: [
        { kind: 'link', value: 'xyz', at: daysBefore(3) },
        { kind: 'link', value: 'abc', at: daysBefore(1) },
      ],
    });
    expect(result).toMatchObject({ status: 'attributed', credit: { linkId: 'link-abc', network: 'mastodon', campaign: 'winter' } });
  });

  test('a touch after the order does not count', () => {
    const result = attributeOrder({ orderedAt: ordered, windowDays: 30, resolve, touches: [{ kind: 'link', value: 'xyz', at: daysBefore(2) }, { kind: 'link', value: 'abc', at: daysBefore(-1) }] });
    expect(result).toMatchObject({ status: 'attributed', credit: { network: 'bluesky' } });
    expect(attributeOrder({ orderedAt: ordered, windowDays: 30, resolve, touches: [{ kind: 'link', value: 'abc', at: daysBefore(-1) }] })).toMatchObject({ status: 'not_attributed', reason: 'touch_after_order' });
  });

  test('the window is inclusive at its edge and the order is not attributed beyond it', () => {
    const edge = attributeOrder({ orderedAt: ordered, windowDays: 7, resolve, touches: [{ kind: 'link', value: 'abc', at: daysBefore(7) }] });
    expect(edge.status).toBe('attributed');
    const beyond = attributeOrder({ orderedAt: ordered, windowDays: 7, resolve, touches: [{ kind: 'link', value: 'abc', at: daysBefore(7, 1000) }] });
    expect(beyond).toMatchObject({ status: 'not_attributed', reason: 'outside_window' });
    // A longer window takes the same touch in.
    expect(attributeOrder({ orderedAt: ordered, windowDays: 30, resolve, touches: [{ kind: 'link', value: 'abc', at: daysBefore(7, 1000) }] }).status).toBe('attributed');
  });

  test('a later touch from another channel takes the credit away from social', () => {
    const result = attributeOrder({
      orderedAt: ordered,
      windowDays: 30,
      resolve,
      touches: [
        { kind: 'link', value: 'abc', at: daysBefore(2) },
        { kind: 'utm', value: 'google', utm: { source: 'google', medium: 'cpc' }, at: daysBefore(1) },
      ],
    });
    expect(result).toMatchObject({ status: 'not_attributed', reason: 'not_social', touch: { value: 'google' } });
  });

  test('no touch at all', () => {
    expect(attributeOrder({ orderedAt: ordered, windowDays: 30, resolve, touches: [] })).toEqual({ status: 'not_attributed', reason: 'no_touch', touch: null });
  });

  test('UTM source naming a network credits the network and campaign only', () => {
    expect(utmCredit({ source: 'Mastodon', medium: 'social', campaign: ' spring ' }, ['mastodon'])).toEqual(credit('mastodon', 'spring'));
    expect(utmCredit({ source: 'newsletter' }, ['mastodon'])).toBeNull();
    expect(utmCredit({ medium: 'social' }, ['mastodon'])).toBeNull();
    expect(utmCredit({ source: 'bluesky', content: 'p1' }, ['bluesky'], { postId: 'p1', targetId: 't1', accountId: 'a1' })).toEqual({ ...credit('bluesky'), postId: 'p1', targetId: 't1', accountId: 'a1' });
  });
});
