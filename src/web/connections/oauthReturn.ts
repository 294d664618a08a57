/**
 * After a network's sign-in page, the server's OAuth callback sends the browser back to the
 * accounts page with `?connected=<accountId>` or `?connectError=<message>`. The page shows that
 * once and takes it out of the address, so a reload or a shared link does not repeat it.
 */
import { useCallback, useEffect, useState } from 'react';
import { navigate, useAddress } from '../routing/navigation.js';

export type OAuthReturn = { kind: 'connected'; accountId: string } | { kind: 'failed'; message: string };

const CONNECTED = 'connected';
const CONNECT_ERROR = 'connectError';

/** The outcome a query string carries, and the query string without it. */
export function readOAuthReturn(search: string): { outcome: OAuthReturn | undefined; rest: string } {
  const query = new URLSearchParams(search);
  const accountId = query.get(CONNECTED);
  const message = query.get(CONNECT_ERROR);
  query.delete(CONNECTED);
  query.delete(CONNECT_ERROR);
  const rest = query.size > 0 ? `?${query.toString()}` : '';
  if (message !== null) return { outcome: { kind: 'failed', message }, rest };
  if (accountId) return { outcome: { kind: 'connected', accountId }, rest };
  return { outcome: undefined, rest };
}

export function useOAuthReturn(): [OAuthReturn | undefined, () => void] {
  const { pathname, search } = useAddress();
  const [outcome, setOutcome] = useState<OAuthReturn | undefined>(undefined);
  useEffect(() => {
    const read = readOAuthReturn(search);
    if (!read.outcome) return;
    setOutcome(read.outcome);
    navigate(pathname + read.rest, { replace: true });
  }, [pathname, search]);
  return [outcome, useCallback(() => setOutcome(undefined), [])];
}
