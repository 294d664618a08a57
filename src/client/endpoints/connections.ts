/**
 * Endpoints of connected network accounts (issue 3): the networks this install can talk to, and
 * connecting, testing and disconnecting accounts. Secrets go in, never out: no answer carries a
 * token, a password or an app password.
 */
import { z } from 'zod';
import { ACCOUNT_STATUSES } from '../../core/connections/health.js';
import { CAPABILITIES, FAILURE_KINDS } from '../../core/connections/vocabulary.js';
import { define, id, isoDate, list, ok, workspaceParams } from '../contract.js';

const localized = z.object({ en: z.string(), id: z.string(), ru: z.string(), pl: z.string() });

export const networkSchema = z.object({
  id: z.string(),
  name: z.string(),
  connect: z.object({
    kind: z.enum(['credentials', 'oauth2']),
    fields: z.array(
      z.object({
        name: z.string(),
        label: localized,
        help: localized.optional(),
        secret: z.boolean(),
        required: z.boolean(),
        defaultValue: z.string().optional(),
        placeholder: z.string().optional(),
      }),
    ),
  }),
  capabilities: z.array(z.enum(CAPABILITIES)),
  limits: z.object({
    textMaxLength: z.number(),
    textCounting: z.string(),
    mediaMaxItems: z.number(),
    pollMaxOptions: z.number().nullable(),
    threadMaxParts: z.number().nullable(),
  }),
  docs: z.array(z.object({ title: z.string(), url: z.string() })),
});

export const connectedAccountSchema = z.object({
  id,
  network: z.string(),
  networkName: z.string(),
  handle: z.string(),
  displayName: z.string().nullable(),
  url: z.string().nullable(),
  status: z.enum(ACCOUNT_STATUSES),
  tokenExpiresAt: isoDate.nullable(),
  /** Chorus renews the access itself before it expires (a refresh token or session). */
  renewsAutomatically: z.boolean(),
  lastOkAt: isoDate.nullable(),
  lastError: z.object({ kind: z.enum(FAILURE_KINDS), message: z.string(), at: isoDate }).nullable(),
  rateLimitedUntil: isoDate.nullable(),
  capabilities: z.array(z.enum(CAPABILITIES)),
  createdAt: isoDate,
});

const networkId = z.string().regex(/^[a-z0-9_-]{1,40}$/, 'not a network id');
/** What a person typed into a network's connect form; each network checks its own fields. */
const connectFields = z.record(z.string().max(64), z.string().max(4096)).refine((fields) => Object.keys(fields).length <= 20, 'too many fields');
const accountParams = z.strictObject({ workspaceId: id, accountId: id });

export const connectionEndpoints = {
  listNetworks: define({
    method: 'GET',
    path: '/api/networks',
    summary: 'The networks this install can connect to, with what each needs and can do',
    auth: 'any',
    response: list(networkSchema),
  }),
  listConnections: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/connections',
    summary: 'Connected accounts with their health (status, token expiry, last error, rate-limit state)',
    auth: 'any',
    params: workspaceParams,
    response: list(connectedAccountSchema),
  }),
  connectAccount: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/connections',
    summary: 'Connect an account with credentials (app password, bot token); connecting it again renews it',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ network: networkId, fields: connectFields }),
    response: connectedAccountSchema,
    status: 201,
  }),
  beginOAuth: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/connections/oauth',
    summary: "Start connecting through the network's sign-in page; open the returned URL in the browser",
    auth: 'session',
    params: workspaceParams,
    body: z.strictObject({ network: networkId, fields: connectFields.default({}), reconnectAccountId: id.optional() }),
    response: z.object({ authorizeUrl: z.string() }),
  }),
  testConnection: define({
    method: 'POST',
    path: '/api/workspaces/:workspaceId/connections/:accountId/test',
    summary: 'Make a cheap call to the network with the stored credentials; the health shows the outcome',
    auth: 'any',
    params: accountParams,
    response: connectedAccountSchema,
  }),
  disconnectAccount: define({
    method: 'DELETE',
    path: '/api/workspaces/:workspaceId/connections/:accountId',
    summary: 'Disconnect an account and forget its credentials',
    auth: 'any',
    params: accountParams,
    response: ok,
  }),
} as const;
