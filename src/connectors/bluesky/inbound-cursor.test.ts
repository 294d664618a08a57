import { describe, expect, it } from 'vitest';
import { advanceCursor, isBelowWindow, isNew, OVERLAP_MS, parseCursor } from './inbound-cursor.js';

const t0 = Date.parse('2026-01-01T12:00:00Z');

describe('the notification cursor', () => {
  it('delivers everything on a first read', () => {
    expect(isNew(null, 'at://a', t0)).toBe(true);
    expect(isBelowWindow(null, 0)).toBe(false);
  });

  it('never delivers a notification twice, and still delivers one that shows up a little below the newest read', () => {
    const cursor = parseCursor(advanceCursor(null, [{ uri: 'at://a', at: t0 }, { uri: 'at://b', at: t0 + 1_000 }]));
    expect(isNew(cursor, 'at://a', t0)).toBe(false);
    expect(isNew(cursor, 'at://b', t0 + 1_000)).toBe(false);
    // Created before the newest one read, indexed after it.
    expect(isNew(cursor, 'at://late', t0 + 500)).toBe(true);
    expect(isNew(cursor, 'at://new', t0 + 2_000)).toBe(true);
  });

  it('stops looking and forgets what lies below the overlap window', () => {
    const first = advanceCursor(null, [{ uri: 'at://old', at: t0 }]);
    const second = parseCursor(advanceCursor(parseCursor(first), [{ uri: 'at://new', at: t0 + OVERLAP_MS + 1 }]));
    expect(second?.seen.map(([uri]) => uri)).toEqual(['at://new']);
    expect(isBelowWindow(second, t0)).toBe(true);
    expect(isNew(second, 'at://old', t0)).toBe(false);
  });

  it('keeps its place when nothing new came', () => {
    const first = advanceCursor(null, [{ uri: 'at://a', at: t0 }]);
    expect(advanceCursor(parseCursor(first), [])).toBe(first);
  });

  it('treats a cursor it cannot read as a first read', () => {
    expect(parseCursor('not json')).toBeNull();
    expect(parseCursor('{"v":2}')).toBeNull();
  });
});
