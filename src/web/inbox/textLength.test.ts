import { describe, expect, it } from 'vitest';
import { textLength } from './textLength.js';

describe('textLength', () => {
  const family = '👨‍👩‍👧';

  it('counts as each network counts', () => {
    expect(textLength(`hi ${family}`, 'graphemes')).toBe(4);
    expect(textLength(`hi ${family}`, 'characters')).toBe(8);
    expect(textLength(`hi ${family}`, 'utf16')).toBe(11);
  });

  it('weighs links as 23 and CJK as 2 on X', () => {
    expect(textLength('see https://example.com/a/very/long/path/indeed', 'weighted')).toBe(4 + 23);
    expect(textLength('日本', 'weighted')).toBe(4);
    expect(textLength('Maaf', 'weighted')).toBe(4);
  });
});
