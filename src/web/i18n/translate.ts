/** Message lookup with `{name}` placeholders; pure, so that it can be tested without a browser. */
import type { Dictionary, MessageKey } from './dictionaries.js';

export type MessageVars = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

export function translate(dictionary: Dictionary, key: MessageKey, vars?: MessageVars): string {
  const text = dictionary[key];
  if (!vars) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names in a message, sorted, e.g. `['name']` for "Remove {name}?". */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}
