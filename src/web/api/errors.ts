import { ApiError } from '../../client/client.js';

/** Error ids meaning "this browser is not signed in (any more)". */
const SIGNED_OUT_IDS = new Set(['unauthenticated', 'session_expired']);

export function isSignedOutError(error: unknown): boolean {
  return error instanceof ApiError && SIGNED_OUT_IDS.has(error.id);
}

/** What a form shows about a failure: the API's stable id and message, or a network failure. */
export interface FailureNotice {
  id: string;
  serverMessage: string;
}

export function toFailureNotice(error: unknown): FailureNotice {
  if (error instanceof ApiError) return { id: error.id, serverMessage: error.message };
  // fetch rejects with a TypeError when the server cannot be reached at all.
  return { id: 'network_error', serverMessage: error instanceof Error ? error.message : String(error) };
}
