import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. Anything that could carry a credential is censored by path, whatever
 * code logs it, and secrets in request URLs are replaced.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.secret',
  '*.csrfToken',
  'password',
  'token',
  'secret',
];

// One-time setup links and OAuth callbacks carry secrets in the query string.
const SENSITIVE_QUERY = /([?&](?:token|secret|key|password|code|state)=)[^&]*/gi;

/** What a request log line says about the request: no headers, and the URL without secrets. */
function serializeRequest(request: { method?: string; url?: string; ip?: string }) {
  return { method: request.method, url: request.url?.replace(SENSITIVE_QUERY, '$1[redacted]'), remoteAddress: request.ip };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { service: 'chorus' },
    serializers: { req: serializeRequest },
  };
  return destination ? pino(options, destination) : pino(options);
}
