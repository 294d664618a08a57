import type { FastifyInstance } from 'fastify';
import { createApiKey, deleteApiKey, listApiKeys } from '../../app/api-keys.js';
import { readAuditLog } from '../../app/audit-log.js';
import type { AppContext } from '../../app/context.js';
import { addMember, changeMemberRole, listMembers, removeMember } from '../../app/members.js';
import {
  createWorkspace,
  deleteWorkspace,
  getWorkspace,
  listVisibleWorkspaces,
  updateWorkspace,
} from '../../app/workspaces.js';
import { presentApiKey, presentAuditEntry, presentMember, presentWorkspace } from '../present.js';
import { route } from '../route.js';

const done = { ok: true as const };

export function registerWorkspaceRoutes(app: FastifyInstance, ctx: AppContext): void {
  route(app, ctx, 'listWorkspaces', async ({ actor }) => ({
    items: (await listVisibleWorkspaces(ctx, actor)).map((m) => ({ workspace: presentWorkspace(m.workspace), role: m.role })),
  }));
  route(app, ctx, 'createWorkspace', async ({ actor, body, meta }) => presentWorkspace(await createWorkspace(ctx, actor, body, meta)));
  route(app, ctx, 'getWorkspace', async ({ actor, params }) => presentWorkspace(await getWorkspace(ctx, actor, params.workspaceId)));
  route(app, ctx, 'updateWorkspace', async ({ actor, params, body, meta }) =>
    presentWorkspace(await updateWorkspace(ctx, actor, params.workspaceId, body, meta)),
  );
  route(app, ctx, 'deleteWorkspace', async ({ actor, params, body, meta }) => {
    await deleteWorkspace(ctx, actor, params.workspaceId, body.confirmName, meta);
    return done;
  });

  route(app, ctx, 'listMembers', async ({ actor, params }) => ({
    items: (await listMembers(ctx, actor, params.workspaceId)).map(presentMember),
  }));
  route(app, ctx, 'addMember', async ({ actor, params, body, meta }) =>
    presentMember(await addMember(ctx, actor, params.workspaceId, body, meta)),
  );
  route(app, ctx, 'changeMemberRole', async ({ actor, params, body, meta }) =>
    presentMember(await changeMemberRole(ctx, actor, params.workspaceId, params.userId, body.role, meta)),
  );
  route(app, ctx, 'removeMember', async ({ actor, params, meta }) => {
    await removeMember(ctx, actor, params.workspaceId, params.userId, meta);
    return done;
  });

  route(app, ctx, 'listApiKeys', async ({ actor, params }) => ({
    items: (await listApiKeys(ctx, actor, params.workspaceId)).map(presentApiKey),
  }));
  route(app, ctx, 'createApiKey', async ({ actor, params, body, meta }) => {
    const { apiKey, secret } = await createApiKey(ctx, actor, params.workspaceId, body, meta);
    return { apiKey: presentApiKey(apiKey), secret };
  });
  route(app, ctx, 'deleteApiKey', async ({ actor, params, meta }) => {
    await deleteApiKey(ctx, actor, params.workspaceId, params.keyId, meta);
    return done;
  });

  route(app, ctx, 'listAudit', async ({ actor, params, query }) => ({
    items: (await readAuditLog(ctx, actor, params.workspaceId, query)).map(presentAuditEntry),
  }));
}
