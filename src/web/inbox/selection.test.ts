import { describe, expect, it } from 'vitest';
import { clickCheckbox, EMPTY_SELECTION, keepListed } from './selection.js';

const order = ['a', 'b', 'c', 'd', 'e'];
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('clickCheckbox', () => {
  it('toggles one box without shift', () => {
    const one = clickCheckbox(EMPTY_SELECTION, order, 'b', false);
    expect(sorted(one.ids)).toEqual(['b']);
    expect(sorted(clickCheckbox(one, order, 'b', false).ids)).toEqual([]);
  });

  it('selects the range from the last click with shift, in either direction', () => {
    const anchored = clickCheckbox(EMPTY_SELECTION, order, 'd', false);
    expect(sorted(clickCheckbox(anchored, order, 'b', true).ids)).toEqual(['b', 'c', 'd']);
    const down = clickCheckbox(clickCheckbox(EMPTY_SELECTION, order, 'a', false), order, 'c', true);
    expect(sorted(down.ids)).toEqual(['a', 'b', 'c']);
  });

  it('clears a range when the shift-clicked box was on', () => {
    const all = clickCheckbox(clickCheckbox(EMPTY_SELECTION, order, 'a', false), order, 'e', true);
    const cleared = clickCheckbox(clickCheckbox(all, order, 'b', false), order, 'd', true);
    expect(sorted(cleared.ids)).toEqual(['a', 'e']);
  });
});

describe('keepListed', () => {
  it('drops rows that left the list', () => {
    const selection = clickCheckbox(clickCheckbox(EMPTY_SELECTION, order, 'a', false), order, 'c', true);
    expect(sorted(keepListed(selection, ['b', 'c', 'x']).ids)).toEqual(['b', 'c']);
  });
});
