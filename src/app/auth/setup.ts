/**
 * First start: there is no default password. While no user exists, each start issues a one-time
 * link (printed to the console) that creates the owner and the first workspace.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import { consumeSetupToken, replaceSetupToken } from '../../db/repositories/sessions.js';
import { countUsers, insertUser, type UserRow } from '../../db/repositories/users.js';
import { insertWorkspace, upsertMembership } from '../../db/repositories/workspaces.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { hashPassword } from './passwords.js';
import { openSession, type OpenedSession } from './sessions.js';
import { hashToken, randomToken } from './tokens.js';

const SETUP_LINK_HOURS = 24;

/** Returns a fresh setup token while no user exists (older unused ones stop working), else undefined. */
export async function issueSetupToken(ctx: AppContext): Promise<string | undefined> {
  if ((await countUsers(ctx.db)) > 0) return undefined;
  const token = randomToken();
  await replaceSetupToken(ctx.db, hashToken(token));
  return token;
}

export async function isSetupNeeded(ctx: AppContext): Promise<boolean> {
  return (await countUsers(ctx.db)) === 0;
}

export interface SetupInput {
  token: string;
  email: string;
  name: string;
  password: string;
  workspaceName: string;
  locale: string;
}

export async function completeSetup(
  ctx: AppContext,
  input: SetupInput,
  meta: RequestMeta,
): Promise<{ user: UserRow; session: OpenedSession }> {
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.transaction(async (tx) => {
    if ((await countUsers(tx)) > 0) throw new AppError('setup_already_done', 'Chorus is already set up; sign in instead');
    const now = ctx.clock.now();
    const notBefore = new Date(now.getTime() - SETUP_LINK_HOURS * 3_600_000);
    if (!(await consumeSetupToken(tx, hashToken(input.token), now, notBefore))) {
      throw new AppError('setup_token_invalid', 'This setup link is not valid; restart Chorus to print a new one');
    }
    const owner = await insertUser(tx, {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      passwordHash,
      locale: input.locale,
      createdAt: now,
    });
    const workspace = await insertWorkspace(tx, { id: randomUUID(), name: input.workspaceName, createdAt: now });
    await upsertMembership(tx, workspace.id, owner.id, 'owner');
    const actor = { kind: 'user' as const, user: owner };
    await audit(tx, now, { action: 'setup.completed', workspaceId: workspace.id, actor, meta });
    return owner;
  });
  return { user, session: await openSession(ctx, user.id) };
}
