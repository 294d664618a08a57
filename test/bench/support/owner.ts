/**
 * Prepares a just-started Chorus for load: completes first-run setup through the printed link,
 * fills a workspace with members so list responses are realistic, and issues an API key. Goes
 * through the typed client, so the benchmark exercises the same contract as the web UI and CLI.
 */
import { completeSetup, issueSetupToken } from '../../../src/app/auth/setup.js';
import type { AppContext } from '../../../src/app/context.js';
import { createClient, type Client } from '../../../src/client/client.js';
import type { DatabaseHandle } from '../../../src/db/connection.js';

export interface PreparedWorkspace {
  workspaceId: string;
  /** An analyst API key's secret, for `Authorization: Bearer`. */
  apiKeySecret: string;
  memberCount: number;
}

export async function prepareWorkspace(baseUrl: string, setupToken: string, extraMembers: number): Promise<PreparedWorkspace> {
  const browserFetch = cookieKeepingFetch();
  const session = await createClient({ baseUrl, fetch: browserFetch }).call('completeSetup', {
    body: { token: setupToken, email: 'owner@bench.example', name: 'Bench Owner', password: 'bench password 1', workspaceName: 'Bench' },
  });
  const owner = createClient({ baseUrl, fetch: browserFetch, csrfToken: () => session.csrfToken });
  const workspaceId = session.memberships[0]?.workspace.id;
  if (!workspaceId) throw new Error('setup created no workspace');

  // One at a time: each new member costs a scrypt hash, and parallel hashing only queues up on 2 cores.
  for (let i = 1; i <= extraMembers; i++) {
    await owner.call('addMember', {
      params: { workspaceId },
      body: { email: `member${i}@bench.example`, name: `Member ${i}`, role: 'editor', password: 'bench password 1' },
    });
  }
  const { secret } = await owner.call('createApiKey', { params: { workspaceId }, body: { name: 'bench', role: 'analyst' } });
  const memberCount = await countMembers(createClient({ baseUrl, apiKey: secret }), workspaceId);
  return { workspaceId, apiKeySecret: secret, memberCount };
}

/** Also proves the key works before thousands of requests depend on it. */
async function countMembers(client: Client, workspaceId: string): Promise<number> {
  const { items } = await client.call('listMembers', { params: { workspaceId } });
  return items.length;
}

/** Node's fetch keeps no cookies; a signed-in owner needs the session cookie sent back. */
function cookieKeepingFetch(): typeof fetch {
  let cookie = '';
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    const session = response.headers.getSetCookie().find((value) => value.startsWith('chorus_session='));
    if (session) cookie = session.split(';')[0] ?? '';
    return response;
  };
}

/** The same first-run setup in-process, for benchmarks that fill a fresh database directly. */
export async function setUpOwnerInProcess(ctx: AppContext, handle: DatabaseHandle) {
  const token = await issueSetupToken(ctx);
  if (!token) throw new Error('the bench database is not fresh');
  const { user } = await completeSetup(ctx, { token, email: 'owner@bench.example', name: 'Bench', password: 'bench password 1', workspaceName: 'Bench', locale: 'en' }, { ip: '127.0.0.1' });
  const [workspace] = await handle.query<{ id: string }>('SELECT id FROM workspaces');
  if (!workspace) throw new Error('setup created no workspace');
  return { user, actor: { kind: 'user' as const, user }, workspaceId: workspace.id };
}
