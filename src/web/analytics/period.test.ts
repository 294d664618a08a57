import { describe, expect, test } from 'vitest';
import { presetPeriod, resolveChoice } from './period.js';

describe('analytics period', () => {
  test('the last N days end today in the workspace zone, both ends included', () => {
    // 23:30 UTC on 23 November is already 24 November in Jakarta.
    const now = new Date('2026-11-23T23:30:00Z');
    expect(presetPeriod(7, 'Asia/Jakarta', now)).toEqual({ from: '2026-11-18', to: '2026-11-24' });
    expect(presetPeriod(7, 'UTC', now)).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(presetPeriod(30, 'UTC', now).from).toBe('2026-10-25');
  });

  test('a custom period given backwards is turned around', () => {
    expect(resolveChoice({ kind: 'custom', from: '2026-11-20', to: '2026-11-01' }, 'UTC', new Date())).toEqual({ from: '2026-11-01', to: '2026-11-20' });
  });
});
