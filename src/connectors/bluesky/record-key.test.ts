import { isValidTid } from '@atproto/syntax';
import { describe, expect, it } from 'vitest';
import { recordKeyFor, TID_PATTERN } from './record-key.js';

const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';
const timestampOf = (tid: string) => {
  let value = 0n;
  for (const char of tid) value = value * 32n + BigInt(BASE32_SORTABLE.indexOf(char));
  return Number((value >> 10n) / 1000n);
};

describe('recordKeyFor', () => {
  it('derives the same valid TID from the same key, and different ones for different keys and parts', () => {
    const key = 'c0ffee00-0000-4000-8000-000000000001';
    expect(recordKeyFor(key)).toBe(recordKeyFor(key, 0));
    const keys = new Set<string>();
    for (let index = 0; index < 2_000; index += 1) {
      const tid = recordKeyFor(`key-${index}`, index % 3);
      expect(tid).toMatch(TID_PATTERN);
      expect(isValidTid(tid)).toBe(true);
      keys.add(tid);
    }
    expect(keys.size).toBe(2_000);
    expect(recordKeyFor(key, 1)).not.toBe(recordKeyFor(key, 0));
  });

  it('never claims a time in the future', () => {
    for (let index = 0; index < 500; index += 1) {
      const time = timestampOf(recordKeyFor(`future-${index}`));
      expect(time).toBeGreaterThanOrEqual(Date.UTC(2023, 0, 1));
      expect(time).toBeLessThan(Date.UTC(2025, 6, 1));
    }
  });
});
