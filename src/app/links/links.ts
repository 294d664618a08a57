/** The workspace's tracked links: the tracking setting, and the list of short links with their counts. */
import { codeUrl } from './present.js';
import { findLinkTracking, listShortLinksWithCounts, saveLinkTracking } from '../../db/repositories/links.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';

export interface LinkSettings {
  /** Links in published posts become tracked short links. */
  trackingEnabled: boolean;
  /** Where the short links point; null when Chorus has no public URL (CHORUS_PUBLIC_URL), so links stay as written. */
  publicUrl: string | null;
}

export async function getLinkSettings(ctx: AppContext, actor: Actor, workspaceId: string): Promise<LinkSettings> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  return { trackingEnabled: await findLinkTracking(ctx.db, workspaceId), publicUrl: ctx.publicUrl ?? null };
}

export async function saveLinkSettings(ctx: AppContext, actor: Actor, workspaceId: string, settings: { trackingEnabled: boolean }, meta?: RequestMeta): Promise<LinkSettings> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.update');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await saveLinkTracking(tx, workspaceId, settings.trackingEnabled, now);
    await audit(tx, now, { action: 'links.settings_changed', workspaceId, actor, meta, details: { ...settings } });
  });
  return { trackingEnabled: settings.trackingEnabled, publicUrl: ctx.publicUrl ?? null };
}

export interface ShortLinkView {
  id: string;
  code: string;
  /** The public short address, when Chorus knows its public URL. */
  shortUrl: string | null;
  postId: string;
  targetId: string;
  accountId: string | null;
  network: string;
  campaign: string | null;
  /** The address the author wrote. */
  targetUrl: string;
  /** Where the short link sends visitors: the address with the UTM parameters. */
  destinationUrl: string;
  createdAt: Date;
  /** Clicks by people (bots filtered), over all days. */
  clicks: number;
  botClicks: number;
  /** Sum over days of each day's unique visitors. */
  uniqueVisitors: number;
}

/** The workspace's short links, newest first; only those of one post when `postId` is given. */
export async function listShortLinks(ctx: AppContext, actor: Actor, workspaceId: string, filter: { postId?: string | undefined; limit?: number | undefined }): Promise<ShortLinkView[]> {
  await authorize(ctx.db, actor, workspaceId, 'analytics.read');
  const rows = await listShortLinksWithCounts(ctx.db, workspaceId, { postId: filter.postId, limit: filter.limit ?? 100 });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    shortUrl: codeUrl(ctx.publicUrl, row.code),
    postId: row.postId,
    targetId: row.targetId,
    accountId: row.accountId,
    network: row.network,
    campaign: row.campaign,
    targetUrl: row.targetUrl,
    destinationUrl: row.destinationUrl,
    createdAt: row.createdAt,
    clicks: row.clicks,
    botClicks: row.botClicks,
    uniqueVisitors: row.uniqueVisitors,
  }));
}
