import { describe, expect, it } from 'vitest';
import { graphemeLength, lengthCount, previewLines, tokenizeLine } from './previewText.js';

describe('previewLines', () => {
  it('keeps every line, blank ones too', () => {
    expect(previewLines('One\r\n\nTwo').map((line) => line.map(({ text }) => text).join(''))).toEqual(['One', '', 'Two']);
  });

  it('picks out links, hashtags and mentions', () => {
    expect(tokenizeLine('See https://example.com/a?b=1 #launch with @ana.b!')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1' },
      { kind: 'text', text: ' ' },
      { kind: 'tag', text: '#launch' },
      { kind: 'text', text: ' with ' },
      { kind: 'mention', text: '@ana.b' },
      { kind: 'text', text: '!' },
    ]);
    expect(tokenizeLine('Zniżka #ŚwiętaWiosny')[1]).toEqual({ kind: 'tag', text: '#ŚwiętaWiosny' });
  });
});

describe('lengthCount', () => {
  const tooLong = { accountId: 'a1', code: 'too_long' as const, part: 0, message: '', params: { length: 310, maxLength: 300, counting: 'graphemes' } };

  it("uses the server's count where a problem carries it", () => {
    expect(lengthCount([tooLong], 'a1', 0, 'short', 500)).toEqual({ length: 310, maxLength: 300, over: true, exact: true });
  });

  it('estimates otherwise, counting an emoji as one character', () => {
    expect(graphemeLength('👍🏽 ok')).toBe(4);
    expect(lengthCount([tooLong], 'a2', 0, 'hello', 4)).toEqual({ length: 5, maxLength: 4, over: true, exact: false });
    expect(lengthCount([tooLong], 'a1', 1, 'hello', 500).exact).toBe(false);
  });
});
