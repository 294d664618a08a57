/** A network's capabilities in one short line: what it posts, what it brings to the inbox, and the rest. */
import type { MessageKey } from '../i18n/dictionaries.js';
import type { Locale } from '../i18n/locale.js';
import type { MessageVars } from '../i18n/translate.js';
import type { Capability } from './types.js';

type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** Capabilities worth naming one by one, in the order they are listed, by group. */
const POSTS: ReadonlyArray<readonly [Capability, MessageKey]> = [
  ['publish.text', 'connections.capability.text'],
  ['publish.images', 'connections.capability.images'],
  ['publish.video', 'connections.capability.video'],
  ['publish.link', 'connections.capability.link'],
  ['publish.poll', 'connections.capability.poll'],
  ['publish.thread', 'connections.capability.thread'],
];
const INBOX: ReadonlyArray<readonly [Capability, MessageKey]> = [
  ['inbound.comments', 'connections.capability.comments'],
  ['inbound.mentions', 'connections.capability.mentions'],
  ['inbound.direct_messages', 'connections.capability.directMessages'],
  ['reply', 'connections.capability.reply'],
];

function listOf(locale: Locale, words: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(words);
}

export function capabilityLine(t: Translate, locale: Locale, capabilities: readonly Capability[]): string {
  const has = (capability: Capability) => capabilities.includes(capability);
  const named = (group: ReadonlyArray<readonly [Capability, MessageKey]>) => group.filter(([capability]) => has(capability)).map(([, key]) => t(key));
  const parts: string[] = [];
  const posts = named(POSTS);
  if (posts.length) parts.push(t('connections.capabilityGroup.posts', { list: listOf(locale, posts) }));
  const inbox = named(INBOX);
  if (inbox.length) parts.push(t('connections.capabilityGroup.inbox', { list: listOf(locale, inbox) }));
  if (has('metrics.account') || has('metrics.post')) parts.push(t('connections.capabilityGroup.metrics'));
  if (has('search')) parts.push(t('connections.capabilityGroup.search'));
  return parts.join(' · ');
}
