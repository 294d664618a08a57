/**
 * X's documented error answers as failure kinds.
 * https://docs.x.com/x-api/fundamentals/response-codes-and-errors
 * https://docs.x.com/x-api/fundamentals/rate-limits (429, x-rate-limit-reset, no Retry-After)
 */
import { ConnectorError } from '../contract.js';
import { excerpt, type RawResponse } from '../http.js';
import { problemSchema, type Problem } from './schemas.js';

/** The epoch-seconds reset X announces in `x-rate-limit-reset`, as a date. */
export function rateLimitReset(headers: Headers): Date | undefined {
  const value = Number(headers.get('x-rate-limit-reset'));
  return Number.isFinite(value) && value > 0 ? new Date(value * 1000) : undefined;
}

function problemOf(response: RawResponse): Problem | undefined {
  const parsed = problemSchema.safeParse(response.json);
  return parsed.success ? parsed.data : undefined;
}

/** The most specific explanation X gave, for a person to read. */
function explanation(problem: Problem | undefined, response: RawResponse): string {
  const nested = problem?.errors?.map((error) => error.message ?? error.detail).filter((text): text is string => Boolean(text)) ?? [];
  const text = nested.length > 0 ? nested.join(' ') : (problem?.detail ?? problem?.title ?? excerpt(response.text));
  return excerpt(text);
}

const problemType = (problem: Problem | undefined): string => problem?.type?.replace(/^https:\/\/api\.(twitter|x)\.com\/2\/problems\//, '') ?? '';

/** Maps a non-2xx answer of the X API to a failure kind; undefined leaves it to the generic rules. */
export function mapXError(response: RawResponse, write: boolean): ConnectorError | undefined {
  const { status } = response;
  const problem = problemOf(response);
  const type = problemType(problem);
  const detail = explanation(problem, response);
  const options = { status };

  if (status === 429) {
    // Both the 15-minute window and the usage cap answer 429 with the reset in x-rate-limit-reset.
    const resetAt = rateLimitReset(response.headers);
    const what = type === 'usage-capped' ? 'The X app has used up its monthly Post cap' : 'X asks to slow down';
    return new ConnectorError('rate_limited', `${what}${resetAt ? ` until ${resetAt.toISOString()}` : ''}.`, { ...options, resetAt });
  }
  if (status === 401) {
    return new ConnectorError('auth_expired', 'X no longer accepts the access token; it needs refreshing.', options);
  }
  if (status === 403) {
    if (/duplicate content/i.test(detail)) return new ConnectorError('invalid_content', 'X refuses a post identical to one the account published recently.', options);
    if (type === 'client-forbidden') {
      // The install's app itself lacks access (not attached to a Project, wrong access level): reconnecting cannot help.
      return new ConnectorError('invalid_content', `The X app configured for this install is not allowed to do this: ${detail}`, options);
    }
    if (type === 'not-authorized-for-resource' || type === 'disallowed-resource') {
      return new ConnectorError('invalid_content', `X does not allow this on that post: ${detail}`, options);
    }
    if (/not permitted to reply|reply to this conversation/i.test(detail)) return new ConnectorError('invalid_content', `X does not allow this reply: ${detail}`, options);
    // A bare "Forbidden": the token lacks a scope or the account is suspended or locked.
    return new ConnectorError('auth_revoked', `X refused access for this account (${detail}); reconnect it.`, options);
  }
  if (status === 400 || status === 422) {
    return new ConnectorError('invalid_content', `X rejected the request: ${detail}`, options);
  }
  if (status === 404) return new ConnectorError('invalid_content', `X does not know that post or account: ${detail}`, options);
  if (status >= 500 && problem && !write) return new ConnectorError('transient', `X had a problem (HTTP ${status}): ${detail}`, options);
  return undefined;
}
