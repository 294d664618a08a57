import { describe, expect, it } from 'vitest';
import { isPast, relativeTime } from './relativeTime.js';

const now = new Date('2026-03-10T12:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const HOUR = 3_600_000;

describe('relativeTime', () => {
  it('says days for a token expiring in three days', () => {
    expect(relativeTime('en', at(3 * 24 * HOUR), now)).toBe('in 3 days');
    expect(relativeTime('ru', at(3 * 24 * HOUR), now)).toBe('через 3 дня');
    expect(relativeTime('pl', at(3 * 24 * HOUR), now)).toBe('za 3 dni');
  });

  it('uses hours within two days and minutes within the hour, in the past too', () => {
    expect(relativeTime('en', at(-5 * HOUR), now)).toBe('5 hours ago');
    expect(relativeTime('en', at(25 * 60_000), now)).toBe('in 25 minutes');
    // Never "in 0 minutes": within a minute, either way, is now.
    expect(relativeTime('en', at(5_000), now)).toBe('this minute');
    expect(relativeTime('en', at(-5_000), now)).toBe('this minute');
  });

  it('tells the past from the future', () => {
    expect(isPast(at(-1), now)).toBe(true);
    expect(isPast(at(1_000), now)).toBe(false);
  });
});
