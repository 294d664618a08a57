/**
 * Tracked links in a post being published (A3): each link in the target's text (every part of a
 * thread, and the first comment) is replaced by `<public URL>/l/<code>`, whose redirect adds the UTM
 * parameters. One short link per (target, original address), kept in the database before the
 * network is called, so a retry of the target publishes exactly the same text with the same codes.
 *
 * Length limits: X and Mastodon count every link as 23 characters, so a short link changes nothing
 * there; elsewhere (Bluesky counts the text as written) a short link can be longer than the address
 * it replaces. A text is rewritten only when the rewritten text still fits the network's limit; a
 * part that would no longer fit keeps its links as written (logged), rather than failing a post
 * that the author was told fits. Short codes have a fixed length, so the check is exact before any
 * code is drawn.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { SHORT_CODE_LENGTH, destinationWithUtm, findLinks, newShortCode, replaceLinks, shortLinkUrl } from '../../core/links/index.js';
import type { PostContent } from '../../core/publishing/content.js';
import { ensureShortLinks, findLinkTracking, type NewShortLink, type ShortLinkRow } from '../../db/repositories/links.js';
import type { AppContext } from '../context.js';

export interface TrackedLinksInput {
  workspaceId: string;
  postId: string;
  targetId: string;
  accountId: string;
  network: string;
  campaign: string | null;
  content: PostContent;
  /** Whether a text fits the network's limit, counted the network's way. */
  fits: (text: string) => boolean;
}

/** Attempts to draw codes that collide with no other link before giving up (each collision ~10^-18). */
const CODE_ATTEMPTS = 3;

/** Whether links of this workspace become short links now: tracking on, and a public URL to point at. */
export async function linkTrackingActive(ctx: AppContext, workspaceId: string): Promise<boolean> {
  return ctx.publicUrl !== undefined && (await findLinkTracking(ctx.db, workspaceId));
}

/** The content with its links replaced by tracked short links, where tracking is on and the text still fits. */
export async function withTrackedLinks(ctx: AppContext, input: TrackedLinksInput): Promise<PostContent> {
  const publicUrl = ctx.publicUrl;
  if (publicUrl === undefined) return input.content;
  const texts = [...input.content.parts.map((part) => part.text), ...(input.content.firstComment ? [input.content.firstComment] : [])];
  if (!texts.some((text) => findLinks(text).length > 0)) return input.content;
  if (!(await findLinkTracking(ctx.db, input.workspaceId))) return input.content;

  // Which texts may be rewritten: the placeholder has the exact length of every real short link.
  const placeholder = shortLinkUrl(publicUrl, '0'.repeat(SHORT_CODE_LENGTH));
  const rewritable = new Set(
    texts.filter((text) => {
      if (findLinks(text).length === 0) return false;
      const fits = input.fits(replaceLinks(text, () => placeholder)) || !input.fits(text);
      if (!fits) ctx.logger.warn({ targetId: input.targetId }, 'links left as written: with short links the text would be over the network limit');
      return fits;
    }),
  );
  const urls = [...new Set([...rewritable].flatMap((text) => findLinks(text).map((link) => link.url)))];
  const links = await shortLinksFor(ctx, input, urls);
  const rewrite = (text: string) => {
    if (!rewritable.has(text)) return text;
    return replaceLinks(text, (url) => {
      const link = links.get(url);
      return link ? shortLinkUrl(publicUrl, link.code) : undefined;
    });
  };
  const [first, ...rest] = input.content.parts.map((part) => ({ ...part, text: rewrite(part.text) }));
  if (!first) return input.content;
  return { ...input.content, parts: [first, ...rest], firstComment: input.content.firstComment === null ? null : rewrite(input.content.firstComment) };
}

/** The target's short links for these addresses, created where missing. */
async function shortLinksFor(ctx: AppContext, input: TrackedLinksInput, urls: readonly string[]): Promise<Map<string, ShortLinkRow>> {
  const now = ctx.clock.now();
  let links = await ensureShortLinks(ctx.db, input.targetId, []);
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
    const missing = urls.filter((url) => !links.has(url));
    if (missing.length === 0) return links;
    const rows: NewShortLink[] = missing.map((url) => ({
      id: randomUUID(),
      workspaceId: input.workspaceId,
      code: newShortCode(randomBytes),
      postId: input.postId,
      targetId: input.targetId,
      accountId: input.accountId,
      network: input.network,
      campaign: input.campaign,
      targetUrl: url,
      destinationUrl: destinationWithUtm(url, { network: input.network, campaign: input.campaign, postId: input.postId }),
      createdAt: now,
    }));
    links = await ensureShortLinks(ctx.db, input.targetId, rows);
  }
  // Links without a row stay as written; nothing is lost but their clicks.
  return links;
}
