/**
 * Client-side navigation over the History API: a hook that re-renders on every change of address,
 * `navigate` for code and `Link` for anchors.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

const CHANGE_EVENT = 'chorus:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const currentAddress = (): string => window.location.pathname + window.location.search;

/** The current path and query string, e.g. `/login?next=%2Fw%2F1`. */
export function useAddress(): { pathname: string; search: string } {
  const address = useSyncExternalStore(subscribe, currentAddress);
  const queryStart = address.indexOf('?');
  return queryStart === -1
    ? { pathname: address, search: '' }
    : { pathname: address.slice(0, queryStart), search: address.slice(queryStart) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentAddress()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  children: ReactNode;
}

/** An anchor that navigates without reloading, while keeping open-in-new-tab working. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
