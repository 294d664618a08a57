/**
 * For a later push path: a webhook set with `secret_token` receives it back in the
 * `X-Telegram-Bot-Api-Secret-Token` header of every request (https://core.telegram.org/bots/api#setwebhook),
 * and the body is one Update. Pure, so the HTTP layer that receives webhooks can call it.
 */
import { timingSafeEqual } from 'node:crypto';
import { updateSchema, type TelegramUpdate } from './schemas.js';

export const SECRET_TOKEN_HEADER = 'x-telegram-bot-api-secret-token';

export type WebhookResult = { ok: true; update: TelegramUpdate } | { ok: false; reason: 'bad_secret' | 'bad_body' };

/** Checks the secret header in constant time, then parses the body as an Update. */
export function parseWebhookUpdate(headers: Readonly<Record<string, string | string[] | undefined>>, body: unknown, expectedSecret: string): WebhookResult {
  const header = Object.entries(headers).find(([name]) => name.toLowerCase() === SECRET_TOKEN_HEADER)?.[1];
  const given = Buffer.from(typeof header === 'string' ? header : '');
  const expected = Buffer.from(expectedSecret);
  if (expectedSecret.length === 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_secret' };
  const parsed = updateSchema.safeParse(typeof body === 'string' ? safeJson(body) : body);
  return parsed.success ? { ok: true, update: parsed.data } : { ok: false, reason: 'bad_body' };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
