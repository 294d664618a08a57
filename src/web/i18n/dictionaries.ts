import { en } from './en.js';
import { id } from './id.js';
import type { Locale } from './locale.js';
import { pl } from './pl.js';
import { ru } from './ru.js';

/** English defines the set of messages; every other language must translate each one. */
export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

export const DICTIONARIES: Record<Locale, Dictionary> = { en, id, ru, pl };

/** A key built at run time (e.g. from an API error id), if English has it. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
