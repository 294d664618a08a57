/** The inbox's keyboard shortcuts: one table, read by the key handler and the "?" help overlay. */
import type { MessageKey } from '../i18n/dictionaries.js';

export const SHORTCUT_COMMANDS = ['next', 'previous', 'reply', 'note', 'close', 'assignToMe', 'leaveComposer', 'focusFilters', 'help'] as const;
export type ShortcutCommand = (typeof SHORTCUT_COMMANDS)[number];

export const SHORTCUTS: readonly { key: string; command: ShortcutCommand; label: MessageKey }[] = [
  { key: 'j', command: 'next', label: 'inbox.shortcut.next' },
  { key: 'k', command: 'previous', label: 'inbox.shortcut.previous' },
  { key: 'r', command: 'reply', label: 'inbox.shortcut.reply' },
  { key: 'n', command: 'note', label: 'inbox.shortcut.note' },
  { key: 'e', command: 'close', label: 'inbox.shortcut.close' },
  { key: 'a', command: 'assignToMe', label: 'inbox.shortcut.assignToMe' },
  { key: 'Escape', command: 'leaveComposer', label: 'inbox.shortcut.leaveComposer' },
  { key: '/', command: 'focusFilters', label: 'inbox.shortcut.focusFilters' },
  { key: '?', command: 'help', label: 'inbox.shortcut.help' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Whether the key went to a text field, a select or an editable element. */
  typing: boolean;
}

/** The command a key press means, if any. While typing only Esc counts; with Ctrl, Cmd or Alt none. */
export function commandFor(press: KeyPress): ShortcutCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (press.typing && press.key !== 'Escape') return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.key === press.key)?.command;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
