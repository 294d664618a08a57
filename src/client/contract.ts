/**
 * The building blocks of the HTTP API contract (`endpoints.ts`): how an endpoint is described,
 * and the schemas every area shares.
 */
import { z } from 'zod';

export const id = z.uuid();
export const isoDate = z.iso.datetime({ offset: true });
export const workspaceParams = z.strictObject({ workspaceId: id });
export const ok = z.object({ ok: z.literal(true) });
export const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** `none`: anyone; `session`: a signed-in person; `any`: a person or an API key. */
export type AuthMode = 'none' | 'session' | 'any';

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  auth: AuthMode;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** HTTP status of a success (default 200). */
  status?: 200 | 201;
}

export const define = <const E extends Endpoint>(endpoint: E) => endpoint;
