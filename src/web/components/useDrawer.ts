import { useEffect, useRef } from 'react';

/**
 * What a side drawer does on opening: focus moves to its close button (returned as a ref to attach),
 * and Escape closes it.
 */
export function useDrawer(onClose: () => void) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return closeRef;
}
