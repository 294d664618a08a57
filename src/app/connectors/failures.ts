/** How a network's failure reaches the person who asked: an AppError with a stable id. */
import type { ConnectorError } from '../../connectors/contract.js';
import { AppError } from '../../core/errors.js';

export function appErrorOf(error: ConnectorError, networkName: string): AppError {
  const details = { kind: error.kind, network: networkName };
  switch (error.kind) {
    case 'rate_limited': {
      const seconds = error.resetAt ? Math.max(1, Math.ceil((error.resetAt.getTime() - Date.now()) / 1000)) : 60;
      return new AppError('network_rate_limited', error.message, { ...details, resetAt: error.resetAt?.toISOString() ?? null }, seconds);
    }
    case 'transient':
    case 'outcome_unknown':
      return new AppError('network_unavailable', error.message, details);
    case 'auth_expired':
    case 'auth_revoked':
    case 'invalid_content':
      return new AppError('connection_failed', error.message, details);
  }
}
