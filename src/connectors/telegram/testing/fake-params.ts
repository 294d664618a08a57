/**
 * Method parameters as the Bot API accepts them: a query string, a JSON body, a form-urlencoded
 * body or multipart/form-data (https://core.telegram.org/bots/api#making-requests). In forms every
 * value is a string and objects arrive JSON-serialized; uploaded files arrive as parts.
 */
import type { IncomingMessage } from 'node:http';

/** A Bot API error answer the methods throw; the server turns it into `{ok:false,…}`. */
export class BotApiFailure extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
  }
}

export const badRequest = (detail: string) => new BotApiFailure(400, `Bad Request: ${detail}`);
export const forbidden = (detail: string) => new BotApiFailure(403, `Forbidden: ${detail}`);

export class Params {
  constructor(private readonly values: Map<string, unknown>) {}

  has(name: string): boolean {
    return this.values.has(name) && this.values.get(name) !== '';
  }

  string(name: string): string | undefined {
    const value = this.values.get(name);
    if (value === undefined || value instanceof Blob) return undefined;
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined || value === '') throw badRequest(`${name} is empty`);
    return value;
  }

  integer(name: string): number | undefined {
    const value = this.values.get(name);
    if (value === undefined || value === '') return undefined;
    const number = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(number)) throw badRequest(`invalid ${name} specified`);
    return number;
  }

  boolean(name: string): boolean | undefined {
    const value = this.values.get(name);
    if (value === undefined) return undefined;
    return value === true || value === 'true' || value === '1' || value === 1;
  }

  /** A JSON-serialized parameter: already an object in a JSON body, a string in a form. */
  json(name: string): unknown {
    const value = this.values.get(name);
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw badRequest(`can't parse ${name} JSON object`);
    }
  }

  /** chat_id: "Integer or String" — a numeric id or "@channelusername". */
  chatId(name = 'chat_id'): number | string {
    const value = this.values.get(name);
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
    if (typeof value === 'string' && value.startsWith('@')) return value;
    throw badRequest('chat_id is empty');
  }

  file(name: string): Blob | undefined {
    const value = this.values.get(name);
    return value instanceof Blob ? value : undefined;
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readParams(request: IncomingMessage, url: URL): Promise<Params> {
  const values = new Map<string, unknown>(url.searchParams.entries());
  const type = request.headers['content-type'] ?? '';
  const body = await readBody(request);
  if (body.length === 0) return new Params(values);
  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw badRequest("can't parse JSON request body");
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badRequest('JSON request body must be an object');
    for (const [key, value] of Object.entries(parsed)) values.set(key, value);
  } else if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    // The platform's own parser (undici) reads both form encodings, files included.
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
    for (const [key, value] of form.entries()) values.set(key, value);
  }
  return new Params(values);
}
