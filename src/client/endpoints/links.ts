/**
 * Endpoints of tracked links (issue 7, A3): the workspace's tracking setting and its short links
 * with their clicks and unique visitors (the dashboard's links view and a post's detail). The
 * redirect itself, `GET /l/:code`, is a plain public route beside the contract.
 */
import { z } from 'zod';
import { define, id, isoDate, list, workspaceParams } from '../contract.js';

export const linkSettingsSchema = z.strictObject({
  trackingEnabled: z.boolean(),
  publicUrl: z.string().nullable(),
});

export const shortLinkSchema = z.object({
  id,
  code: z.string(),
  shortUrl: z.string().nullable(),
  postId: id,
  targetId: id,
  accountId: id.nullable(),
  network: z.string(),
  campaign: z.string().nullable(),
  targetUrl: z.string(),
  destinationUrl: z.string(),
  createdAt: isoDate,
  clicks: z.number().int(),
  botClicks: z.number().int(),
  uniqueVisitors: z.number().int(),
});

export const linkEndpoints = {
  getLinkSettings: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/links/settings',
    summary: 'Whether links in published posts become tracked short links',
    auth: 'any',
    params: workspaceParams,
    response: linkSettingsSchema,
  }),
  saveLinkSettings: define({
    method: 'PUT',
    path: '/api/workspaces/:workspaceId/links/settings',
    summary: 'Turn link tracking on or off',
    auth: 'any',
    params: workspaceParams,
    body: z.strictObject({ trackingEnabled: z.boolean() }),
    response: linkSettingsSchema,
  }),
  listShortLinks: define({
    method: 'GET',
    path: '/api/workspaces/:workspaceId/links',
    summary: "The workspace's short links with clicks (bots filtered) and unique visitors, newest first",
    auth: 'any',
    params: workspaceParams,
    query: z.strictObject({
      postId: id.optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    response: list(shortLinkSchema),
  }),
} as const;
