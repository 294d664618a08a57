import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../src/server/app.js';
import { createTestApp, setUpOwner, type Browser, type TestApp } from '../support/app.js';

let t: TestApp;
let owner: Browser;
let workspaceId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: owner, workspaceId } = await setUpOwner(t));
});
afterAll(async () => t.close());

const write = (url: string, payload: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': contentType },
    payload,
  });

describe('bad input gets a 4xx with a stable id, never a 500', () => {
  test('malformed JSON', async () => {
    const response = await write('/api/workspaces', '{"name": "Unclosed');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { id: 'malformed_json' } });
  });

  test('wrong types name the field', async () => {
    const response = await write('/api/workspaces', JSON.stringify({ name: 42 }));
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { id: string; details: Array<{ path: string[] }> } }>();
    expect(body.error.id).toBe('validation_failed');
    expect(body.error.details[0]?.path).toEqual(['body', 'name']);
  });

  test('unknown fields are refused, not silently dropped', async () => {
    const response = await write('/api/workspaces', JSON.stringify({ name: 'Ok', colour: 'red' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { id: 'validation_failed' } });
    expect(response.body).toContain('colour');
  });

  test('an unknown time zone is refused', async () => {
    const response = await write('/api/workspaces', JSON.stringify({ name: 'Ok', timezone: 'Mars/Olympus' }));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toContain('timezone');
  });

  test('a body over the limit is 413', async () => {
    const response = await write('/api/workspaces', JSON.stringify({ name: 'x'.repeat(BODY_LIMIT_BYTES + 10) }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { id: 'body_too_large' } });
  });

  test('a body that is not JSON is 415', async () => {
    const response = await write('/api/workspaces', 'name=Acme', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: { id: 'unsupported_media_type' } });
  });

  test('an id that is not a UUID is a validation error, not a database error', async () => {
    const response = await owner.request('GET', '/api/workspaces/not-a-uuid/members');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { id: 'validation_failed' } });
  });

  test('a query parameter out of range', async () => {
    const response = await owner.request('GET', `/api/workspaces/${workspaceId}/audit?limit=100000`);
    expect(response.statusCode).toBe(400);
  });

  test('an unknown API path is a JSON 404', async () => {
    const response = await owner.request('GET', '/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { id: 'not_found' } });
  });

  test('a malformed Authorization header is 401', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/workspaces', headers: { authorization: 'Basic abc' } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { id: 'unauthenticated' } });
  });

  test('a short password is refused with the reason', async () => {
    const response = await owner.request('POST', `/api/workspaces/${workspaceId}/members`, {
      email: 'new@example.com',
      role: 'editor',
      name: 'New',
      password: 'short',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toContain('password');
  });
});
