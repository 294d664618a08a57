/**
 * Connected accounts (issue 3): connect with credentials (app password, bot token), test,
 * disconnect, and the health the accounts page shows. OAuth connects live in `oauth.ts` and end
 * in `saveConnection` here.
 */
import { randomUUID } from 'node:crypto';
import { ConnectorError, FAILURE_KINDS, type Capability, type ConnectResult, type ConnectorManifest, type FailureKind } from '../../connectors/contract.js';
import type { AccountStatus } from '../../core/connections/health.js';
import { AppError, notFound } from '../../core/errors.js';
import {
  deleteConnectedAccount,
  findConnectedAccount,
  findConnectedAccountByExternalId,
  insertConnectedAccount,
  listConnectedAccounts,
  updateConnectedAccount,
  type ConnectedAccountRow,
} from '../../db/repositories/connected-accounts.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { openRecord, sealRecord } from '../secrets/secret-box.js';
import { appErrorOf } from './failures.js';
import { callNetwork } from './gateway.js';
import { accountBlockedUntil } from './rate-ledger.js';

export interface AccountView {
  id: string;
  network: string;
  networkName: string;
  handle: string;
  displayName: string | null;
  url: string | null;
  status: AccountStatus;
  tokenExpiresAt: Date | null;
  renewsAutomatically: boolean;
  lastOkAt: Date | null;
  lastError: { kind: FailureKind; message: string; at: Date } | null;
  /** No request goes to the network for this account before this time. */
  rateLimitedUntil: Date | null;
  capabilities: readonly Capability[];
  createdAt: Date;
}

const isFailureKind = (value: string | null): value is FailureKind => (FAILURE_KINDS as readonly (string | null)[]).includes(value);

async function viewOf(ctx: AppContext, account: ConnectedAccountRow): Promise<AccountView> {
  const connector = await ctx.networks.connector(account.network);
  const { manifest } = connector;
  return {
    id: account.id,
    network: account.network,
    networkName: manifest.name,
    handle: account.handle,
    displayName: account.displayName,
    url: account.url,
    status: account.status,
    tokenExpiresAt: account.tokenExpiresAt,
    renewsAutomatically: connector.refresh !== undefined,
    lastOkAt: account.lastOkAt,
    lastError:
      isFailureKind(account.lastErrorKind) && account.lastError && account.lastErrorAt
        ? { kind: account.lastErrorKind, message: account.lastError, at: account.lastErrorAt }
        : null,
    rateLimitedUntil: await accountBlockedUntil(ctx.db, account.id, account.network, ctx.clock.now()),
    capabilities: manifest.capabilities,
    createdAt: account.createdAt,
  };
}

export async function listAccounts(ctx: AppContext, actor: Actor, workspaceId: string): Promise<AccountView[]> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const accounts = await listConnectedAccounts(ctx.db, workspaceId);
  return Promise.all(accounts.map((account) => viewOf(ctx, account)));
}

/** An account of the workspace, or 404. */
export async function accountOf(ctx: AppContext, workspaceId: string, id: string): Promise<ConnectedAccountRow> {
  const account = await findConnectedAccount(ctx.db, workspaceId, id);
  if (!account) throw notFound('Account');
  return account;
}

/** Only the fields the connect method declares, so nothing unexpected reaches a connector. */
function declaredFields(manifest: ConnectorManifest, fields: Readonly<Record<string, string>>): Record<string, string> {
  const accepted: Record<string, string> = {};
  const missing: string[] = [];
  for (const field of manifest.connect.fields) {
    const value = fields[field.name]?.trim() || field.defaultValue;
    if (value) accepted[field.name] = value;
    else if (field.required) missing.push(field.name);
  }
  if (missing.length) throw new AppError('validation_failed', `${manifest.name} needs: ${missing.join(', ')}`, { missing });
  return accepted;
}

export async function connectWithCredentials(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  network: string,
  fields: Readonly<Record<string, string>>,
  meta?: RequestMeta,
): Promise<AccountView> {
  await authorize(ctx.db, actor, workspaceId, 'accounts.manage');
  const connector = await ctx.networks.connector(network);
  if (connector.manifest.connect.kind !== 'credentials' || !connector.connect) {
    throw new AppError('validation_failed', `${connector.manifest.name} connects through its own sign-in page (OAuth)`);
  }
  let result: ConnectResult;
  try {
    result = await connector.connect(declaredFields(connector.manifest, fields));
  } catch (error) {
    if (error instanceof ConnectorError) throw appErrorOf(error, connector.manifest.name);
    throw error;
  }
  return viewOf(ctx, await saveConnection(ctx, actor, workspaceId, network, result, meta));
}

/**
 * Stores a new connection, or renews an existing one for the same network account. A renewal
 * keeps stored credentials the new ones lack (a refresh token the network does not send again).
 */
export async function saveConnection(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  network: string,
  result: ConnectResult,
  meta?: RequestMeta,
): Promise<ConnectedAccountRow> {
  const { identity } = result;
  const existing = await findConnectedAccountByExternalId(ctx.db, workspaceId, network, identity.externalId);
  const now = ctx.clock.now();
  const common = {
    handle: identity.handle,
    displayName: identity.displayName,
    url: identity.url,
    limits: identity.limits ?? null,
    tokenExpiresAt: result.expiresAt,
    status: 'healthy' as const,
    lastOkAt: now,
    lastErrorKind: null,
    lastError: null,
    lastErrorAt: null,
  };
  let id: string;
  if (existing) {
    id = existing.id;
    const credentials = { ...openRecord(ctx.secrets, existing.credentialsSealed), ...result.credentials };
    await updateConnectedAccount(ctx.db, id, {
      ...common,
      settings: { ...existing.settings, ...result.settings },
      credentialsSealed: sealRecord(ctx.secrets, credentials),
      refreshingUntil: null,
    });
  } else {
    id = randomUUID();
    await insertConnectedAccount(ctx.db, {
      ...common,
      id,
      workspaceId,
      network,
      externalId: identity.externalId,
      settings: result.settings,
      credentialsSealed: sealRecord(ctx.secrets, result.credentials),
      connectedBy: actor.kind === 'user' ? actor.user.id : null,
      createdAt: now,
    });
  }
  await audit(ctx.db, now, {
    action: existing ? 'account.reconnected' : 'account.connected',
    workspaceId,
    actor,
    target: { type: 'account', id },
    details: { network, handle: identity.handle },
    meta,
  });
  return (await findConnectedAccount(ctx.db, workspaceId, id)) as ConnectedAccountRow;
}

/** Proves the credentials work with a cheap call; the account's health shows the outcome. */
export async function testAccountConnection(ctx: AppContext, actor: Actor, workspaceId: string, id: string): Promise<AccountView> {
  await authorize(ctx.db, actor, workspaceId, 'accounts.manage');
  const account = await accountOf(ctx, workspaceId, id);
  try {
    const identity = await callNetwork(ctx, account, { operation: 'test', run: (connector, call) => connector.testConnection(call) });
    await updateConnectedAccount(ctx.db, id, {
      handle: identity.handle,
      displayName: identity.displayName,
      url: identity.url,
      ...(identity.limits ? { limits: identity.limits } : {}),
    });
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    // The failure is recorded on the account; the page shows it in the account's health.
  }
  return viewOf(ctx, await accountOf(ctx, workspaceId, id));
}

export async function disconnectAccount(ctx: AppContext, actor: Actor, workspaceId: string, id: string, meta?: RequestMeta): Promise<void> {
  await authorize(ctx.db, actor, workspaceId, 'accounts.manage');
  const account = await accountOf(ctx, workspaceId, id);
  await deleteConnectedAccount(ctx.db, workspaceId, id);
  await audit(ctx.db, ctx.clock.now(), {
    action: 'account.disconnected',
    workspaceId,
    actor,
    target: { type: 'account', id },
    details: { network: account.network, handle: account.handle },
    meta,
  });
}

