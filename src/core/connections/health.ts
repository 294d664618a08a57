/**
 * The health of a connected account, as the accounts page shows it and the publishing pipeline
 * reads it. A failure changes the health only when it says something about the account: a post
 * the network rejects or a rate limit leaves the account as it was.
 */
import type { FailureKind } from './vocabulary.js';

export const ACCOUNT_STATUSES = ['healthy', 'degraded', 'expired', 'revoked'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** The status after a call failed with `kind`; `current` when the failure is not the account's. */
export function statusAfterFailure(kind: FailureKind, current: AccountStatus): AccountStatus {
  switch (kind) {
    case 'auth_revoked':
      return 'revoked';
    case 'auth_expired':
      return 'expired';
    case 'transient':
    case 'outcome_unknown':
      // A revoked account stays revoked until someone reconnects it, whatever else happens.
      return current === 'revoked' || current === 'expired' ? current : 'degraded';
    case 'rate_limited':
    case 'invalid_content':
      return current;
  }
}

/** Refresh this long before expiry, so a call never starts with credentials about to lapse. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export function needsRefresh(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && expiresAt.getTime() - now.getTime() <= REFRESH_MARGIN_MS;
}
