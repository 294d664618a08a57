/**
 * Calls Bot API methods: `POST <base>/bot<token>/<method>` with a JSON body, or multipart when a
 * file is uploaded (https://core.telegram.org/bots/api#making-requests). The token is part of the
 * URL, so no URL ever goes into an error message or a log.
 */
import type { z } from 'zod';
import { ConnectorError, type ConnectorEnvironment } from '../contract.js';
import { requestJson } from '../http.js';
import { mapTelegramError } from './errors.js';
import type { MultipartBody } from './multipart.js';
import { okEnvelopeSchema } from './schemas.js';

export const PRODUCTION_API = 'https://api.telegram.org';

export interface BotApi {
  /** Calls a method and returns its `result`; `write` says whether a lost answer may hide a change. */
  call<S extends z.ZodType>(method: string, params: Record<string, unknown> | MultipartBody, result: S, options: { write: boolean }): Promise<z.output<S>>;
}

export function botApi(environment: ConnectorEnvironment, token: string): BotApi {
  const base = environment.endpoint('api', PRODUCTION_API).replace(/\/+$/, '');
  return {
    async call(method, params, result, { write }) {
      const body = await requestJson({
        fetch: environment.fetch,
        method: 'POST',
        url: `${base}/bot${token}/${method}`,
        ...(isMultipart(params) ? { body: params.body, contentType: params.contentType } : { body: params }),
        timeoutMs: environment.requestTimeoutMs,
        write,
        schema: okEnvelopeSchema,
        mapError: (response) => mapTelegramError(response, environment.clock.now()),
      });
      const parsed = result.safeParse(body.result);
      if (!parsed.success) {
        // Like http.ts: a write Telegram accepted probably happened even if we cannot read what it made.
        throw new ConnectorError(write ? 'outcome_unknown' : 'transient', `Telegram answered ${method} with a result of an unexpected shape.`, { cause: parsed.error });
      }
      return parsed.data;
    },
  };
}

function isMultipart(params: Record<string, unknown> | MultipartBody): params is MultipartBody {
  return params.body instanceof Uint8Array && typeof params.contentType === 'string';
}

/** The bot's own user id is the part of its token before the colon (https://core.telegram.org/bots/api#authorizing-your-bot). */
export function botIdOf(token: string): number | null {
  const match = /^(\d+):[\w-]+$/.exec(token.trim());
  return match?.[1] ? Number(match[1]) : null;
}
