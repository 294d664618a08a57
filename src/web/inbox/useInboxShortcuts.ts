import { useEffect, useRef } from 'react';
import { commandFor, isTypingTarget, type ShortcutCommand } from './shortcuts.js';

/** Listens for the inbox's shortcuts on the whole page while it is open. */
export function useInboxShortcuts(onCommand: (command: ShortcutCommand) => void): void {
  const current = useRef(onCommand);
  current.current = onCommand;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandFor({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: isTypingTarget(event.target) });
      if (!command) return;
      event.preventDefault();
      current.current(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
