/**
 * Errors the user is meant to see. Each has a stable `id` that clients and tests match on, an HTTP
 * status for the API, and a message a person understands. Anything else thrown is a bug.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  setup_already_done: 409,
  email_taken: 409,
  last_owner: 409,
  invalid_transition: 409,
  version_conflict: 409,
  /** The same Idempotency-Key came with another request body (orders API). */
  idempotency_conflict: 409,
  setup_token_invalid: 403,
  body_too_large: 413,
  unsupported_media_type: 415,
  backup_invalid: 422,
  connection_failed: 422,
  oauth_failed: 400,
  network_rate_limited: 429,
  network_unavailable: 502,
  too_many_attempts: 429,
  internal_error: 500,
} as const;

export type ErrorId = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly id: ErrorId,
    message: string,
    readonly details?: unknown,
    /** Seconds until the caller may try again (rate limits). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[id];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
