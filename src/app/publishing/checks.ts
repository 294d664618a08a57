/**
 * What the composer shows before a post is scheduled: the problems that would make a network
 * refuse it (`core/publishing/problems.ts`, by each connector's manifest) and the content coach's
 * advice (`core/content`), per target account.
 */
import { coach, type AccountPost, type Finding } from '../../core/content/index.js';
import { findLinks, isOwnShortLink } from '../../core/links/index.js';
import { notFound } from '../../core/errors.js';
import { contentForTarget, mediaIdsOf, type PostContent } from '../../core/publishing/content.js';
import { findProblems, type ContentProblem, type MediaFacts, type NetworkRules } from '../../core/publishing/problems.js';
import { findConnectedAccount, type ConnectedAccountRow } from '../../db/repositories/connected-accounts.js';
import { findMediaAssets } from '../../db/repositories/media.js';
import { audienceActivityCounts, listAccountPostsNear } from '../../db/repositories/posts.js';
import { findStrategyVersion } from '../../db/repositories/strategy.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import type { AppContext } from '../context.js';
import { linkTrackingActive } from '../links/tracking.js';
import type { Database } from '../../db/connection.js';

export interface TargetInput {
  accountId: string;
  content?: PostContent | null | undefined;
}

export type TargetProblem = ContentProblem & { accountId: string };
export type TargetFinding = Finding & { accountId: string };

/** The coach looks this far either side of a post for the account's other posts (its mix window). */
const COACH_WINDOW_MS = 14 * 86_400_000;
/** The audience's active hours are counted over the last four weeks of comments, mentions and messages. */
const ACTIVITY_WINDOW_MS = 28 * 86_400_000;

/** The rules of the account's network, with the limits the account itself reported (e.g. a Mastodon instance's). */
export async function rulesOf(ctx: AppContext, account: ConnectedAccountRow): Promise<NetworkRules> {
  const connector = await ctx.networks.connector(account.network);
  const { limits, capabilities, name } = connector.manifest;
  const own = account.limits ?? {};
  const text = { ...limits.text, ...own.text };
  return {
    name,
    capabilities,
    maxLength: text.maxLength,
    counting: text.counting,
    media: { ...limits.media, ...own.media },
    poll: own.poll === undefined ? limits.poll : own.poll,
    thread: own.thread === undefined ? limits.thread : own.thread,
    measureText: (value) => connector.measureText(value),
    convertsImages: true,
  };
}

/** The account, which must belong to the workspace. */
export async function accountOf(ctx: AppContext, workspaceId: string, accountId: string, db: Database = ctx.db): Promise<ConnectedAccountRow> {
  const account = await findConnectedAccount(db, workspaceId, accountId);
  if (!account) throw notFound('Account');
  return account;
}

async function mediaFactsOf(ctx: AppContext, workspaceId: string, contents: readonly PostContent[], db: Database = ctx.db): Promise<Map<string, MediaFacts>> {
  const ids = [...new Set(contents.flatMap(mediaIdsOf))];
  const assets = await findMediaAssets(db, workspaceId, ids);
  return new Map(assets.map((asset) => [asset.id, { kind: asset.kind, mimeType: asset.mimeType, bytes: asset.bytes, altText: asset.altText }]));
}

/**
 * Problems per target; an account that cannot publish now (revoked, expired) is a problem too.
 * Inside a transaction pass its `db`: the embedded database has one connection, so a read through
 * `ctx.db` there would wait for the transaction that waits for it.
 */
export async function problemsOf(ctx: AppContext, workspaceId: string, master: PostContent, targets: readonly TargetInput[], db: Database = ctx.db): Promise<TargetProblem[]> {
  const contents = targets.map((target) => contentForTarget(master, target.content ?? null));
  const media = await mediaFactsOf(ctx, workspaceId, contents, db);
  const problems: TargetProblem[] = [];
  for (const [index, target] of targets.entries()) {
    const account = await accountOf(ctx, workspaceId, target.accountId, db);
    if (account.status === 'revoked' || account.status === 'expired') {
      problems.push({ accountId: account.id, code: 'account_unusable', part: null, message: `@${account.handle} must be reconnected before it can publish`, params: { status: account.status } });
    }
    const content = contents[index] ?? master;
    problems.push(...findProblems(content, await rulesOf(ctx, account), media).map((problem) => ({ ...problem, accountId: account.id })));
  }
  return problems;
}

/** The coach's advice per target, in the context of each account's posts around `at`. */
export async function findingsOf(
  ctx: AppContext,
  workspaceId: string,
  master: PostContent,
  targets: readonly TargetInput[],
  at: Date | null,
  excludePostId?: string,
): Promise<TargetFinding[]> {
  const [workspace, strategy, tracking] = await Promise.all([findWorkspace(ctx.db, workspaceId), findStrategyVersion(ctx.db, workspaceId), linkTrackingActive(ctx, workspaceId)]);
  const contents = targets.map((target) => contentForTarget(master, target.content ?? null));
  const media = await mediaFactsOf(ctx, workspaceId, contents);
  const now = ctx.clock.now();
  const when = at ?? now;
  const findings: TargetFinding[] = [];
  for (const [index, target] of targets.entries()) {
    const account = await accountOf(ctx, workspaceId, target.accountId);
    const content = contents[index] ?? master;
    const text = content.parts.map((part) => part.text).join('\n\n');
    const posts: AccountPost[] = await listAccountPostsNear(ctx.db, account.id, new Date(when.getTime() - COACH_WINDOW_MS), new Date(when.getTime() + COACH_WINDOW_MS), excludePostId);
    const timeZone = workspace?.timezone ?? 'UTC';
    const activity = await audienceActivityCounts(ctx.db, account.id, timeZone, new Date(now.getTime() - ACTIVITY_WINDOW_MS));
    const advice = coach(
      {
        text,
        media: mediaIdsOf(content).flatMap((id) => {
          const facts = media.get(id);
          return facts ? [{ kind: facts.kind }] : [];
        }),
        // With tracking on, every link becomes a short link when published (app/links/tracking.ts);
        // with it off, only links that already are this Chorus' short links count as tracked.
        links: findLinks(text).map((link) => ({ url: link.url, tracked: tracking || isOwnShortLink(ctx.publicUrl, link.url) })),
        scheduledAt: at ?? undefined,
        poll: content.poll !== null,
        network: account.network,
        accountId: account.id,
      },
      // No text limit here: the problems above already check length by the network's own rules.
      { now, timeZone, posts, mix: strategy?.contentPlan.mix, trackedLinksEnabled: true, audienceActivity: { counts: activity } },
    );
    findings.push(...advice.map((finding) => ({ ...finding, accountId: account.id })));
  }
  return findings;
}

/** The composer's live check, before anything is saved: problems and advice for each chosen account. */
export async function validateDraft(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  draft: { content: PostContent; targets: TargetInput[]; scheduledAt?: string | null | undefined },
): Promise<{ problems: TargetProblem[]; findings: TargetFinding[] }> {
  await authorize(ctx.db, actor, workspaceId, 'workspace.read');
  const at = draft.scheduledAt ? new Date(draft.scheduledAt) : null;
  const [problems, findings] = await Promise.all([problemsOf(ctx, workspaceId, draft.content, draft.targets), findingsOf(ctx, workspaceId, draft.content, draft.targets, at)]);
  return { problems, findings };
}
