/**
 * The one API client of the web UI. The session cookie is HttpOnly and sent by the browser; writes
 * also carry the CSRF token the server handed out with the session, kept here in memory only.
 */
import { createClient } from '../../client/client.js';

let csrfToken: string | undefined;

/** Remembers (or, with `undefined`, forgets) the CSRF token of the current session. */
export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export const api = createClient({ baseUrl: '', csrfToken: () => csrfToken });
