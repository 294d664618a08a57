import { describe, expect, it } from 'vitest';
import { measureText, STANDARD_MAX_LENGTH, textProblem } from './text.js';

describe('X text counting (twitter-text v3 weights)', () => {
  it('counts ASCII one per character', () => {
    expect(measureText('hello')).toBe(5);
  });

  it('counts every URL as 23, however long', () => {
    expect(measureText('https://example.com')).toBe(23);
    expect(measureText(`see https://example.com/${'a'.repeat(200)} now`)).toBe(4 + 23 + 4);
  });

  it('weighs CJK and emoji as 2, an emoji sequence once', () => {
    expect(measureText('日本語')).toBe(6);
    expect(measureText('👍🏽')).toBe(2);
    expect(measureText('👨‍👩‍👧‍👦')).toBe(2);
  });

  it('counts Latin accents, Cyrillic and Polish letters as 1, after NFC normalisation', () => {
    expect(measureText('café')).toBe(4);
    expect(measureText('cafe\u0301')).toBe(4);
    expect(measureText('Привет')).toBe(6);
    expect(measureText('zażółć')).toBe(6);
  });

  it('allows exactly 280 and explains 281', () => {
    expect(textProblem('x'.repeat(STANDARD_MAX_LENGTH), STANDARD_MAX_LENGTH)).toBeNull();
    expect(textProblem('x'.repeat(STANDARD_MAX_LENGTH + 1), STANDARD_MAX_LENGTH)).toMatch(/281 characters.*280/);
    expect(textProblem('語'.repeat(141), STANDARD_MAX_LENGTH)).toMatch(/282/);
  });

  it('refuses characters X does not accept', () => {
    expect(textProblem('a\uFFFEb', STANDARD_MAX_LENGTH)).toMatch(/characters X does not accept/);
  });
});
