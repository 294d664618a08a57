import { describe, expect, test } from 'vitest';
import { isQuestion } from './question.js';

describe('question or statement', () => {
  test.each([
    ['Which flavour should we bake next?', true],
    ['How do you take your coffee', true],
    ['Fresh bread every morning. What do you pair it with', true],
    ['Apakah kamu sudah mencoba roti baru kami', true],
    ['Roti baru kami sudah tersedia hari ini!', false],
    ['Какой вкус испечь следующим', true],
    ['Новый хлеб уже в продаже.', false],
    ['Czy próbowaliście już nowego chleba', true],
    ['Nowy chleb już w sprzedaży.', false],
    ['Our new sourdough is in the shop from today.', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });
});
