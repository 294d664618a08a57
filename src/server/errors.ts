/**
 * Turns anything thrown while answering into `{ error: { id, message, details } }` with a stable
 * id. Input problems are 4xx; a 500 means a bug, and its details stay in the log.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, type ErrorId } from '../core/errors.js';

export interface ErrorBody {
  error: { id: string; message: string; details?: unknown };
}

// Fastify's own error codes for bad requests, mapped to our ids.
const FASTIFY_CODES: Record<string, { id: ErrorId; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { id: 'malformed_json', message: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { id: 'malformed_json', message: 'The body is empty but declared as JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { id: 'body_too_large', message: 'The body is larger than the limit' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { id: 'unsupported_media_type', message: 'Send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { id: 'validation_failed', message: 'Content-Length does not match the body' },
};

export function errorBody(id: ErrorId, message: string, details?: unknown): ErrorBody {
  return { error: { id, message, ...(details === undefined ? {} : { details }) } };
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AppError) {
    if (error.retryAfterSeconds !== undefined) void reply.header('retry-after', String(error.retryAfterSeconds));
    return reply.status(error.status).send(errorBody(error.id, error.message, error.details));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)],
      message: issue.message,
    }));
    const first = details[0];
    const message = first ? `${first.path.join('.')}: ${first.message}` : 'The request is not valid';
    return reply.status(400).send(errorBody('validation_failed', message, details));
  }
  const code = 'code' in error ? error.code : undefined;
  const known = code ? FASTIFY_CODES[code] : undefined;
  if (known) return reply.status(ERROR_STATUS[known.id]).send(errorBody(known.id, known.message));
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    return reply.status(status).send(errorBody('validation_failed', error.message));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(errorBody('internal_error', 'Something went wrong on our side; it has been logged'));
}
