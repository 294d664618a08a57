import { describe, expect, it } from 'vitest';
import { commandFor, SHORTCUTS } from './shortcuts.js';

const press = (key: string, changes: { typing?: boolean; ctrlKey?: boolean } = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...changes });

describe('commandFor', () => {
  it('maps the documented keys', () => {
    expect(commandFor(press('j'))).toBe('next');
    expect(commandFor(press('k'))).toBe('previous');
    expect(commandFor(press('e'))).toBe('close');
    expect(commandFor(press('/'))).toBe('focusFilters');
    expect(commandFor(press('x'))).toBeUndefined();
  });

  it('ignores keys typed into fields except Esc, and keys with modifiers', () => {
    expect(commandFor(press('j', { typing: true }))).toBeUndefined();
    expect(commandFor(press('Escape', { typing: true }))).toBe('leaveComposer');
    expect(commandFor(press('r', { ctrlKey: true }))).toBeUndefined();
  });

  it('lists every key once', () => {
    expect(new Set(SHORTCUTS.map(({ key }) => key)).size).toBe(SHORTCUTS.length);
  });
});
