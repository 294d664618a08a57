/**
 * Publishing one post on one account (P6): one attempt per claim, decided by failure kind, never by
 * network. The claim (`claimTarget`) is what makes it exactly once: whatever number of jobs,
 * workers or processes reach a target, one gets it. A target whose outcome is unknown (a lost
 * answer, or a worker that died mid-call) is looked for on the network before anything is sent
 * again, and sent again only when the network proves it does not have it.
 */
import { ConnectorError, type PublishRequest, type PublishedPost } from '../../connectors/contract.js';
import type { EventPayloads } from '../../core/events/types.js';
import { contentForTarget } from '../../core/publishing/content.js';
import { nextStepAfterFailure } from '../../core/publishing/failures.js';
import { postStatusFromTargets, type PostStatus } from '../../core/publishing/workflow.js';
import type { ConnectedAccountRow } from '../../db/repositories/connected-accounts.js';
import { listTargetsOf, setPipelineStatuses, type PostRow, type PostTargetRow } from '../../db/repositories/posts.js';
import { claimTargets, recordPublishedTargets, recordTargetOutcome, renewClaim, type ClaimedTarget, type TargetOutcome } from '../../db/repositories/publishing.js';
import { callNetwork } from '../connectors/gateway.js';
import type { AppContext } from '../context.js';
import { announce, membersWhoCan } from '../events/announce.js';
import { recordEvents } from '../events/outbox.js';
import { withTrackedLinks } from '../links/tracking.js';
import { rulesOf } from './checks.js';
import { publishRequestOf } from './request.js';
import { continueSeries } from './series.js';

/**
 * How long one attempt may hold a target (CHORUS_PUBLISH_CLAIM_SECONDS). A worker that dies
 * mid-attempt leaves its claim; after this another takes the target over, treating the outcome as
 * unknown. It must outlast the slowest attempt (several network requests of up to 30 s each, for
 * media), or a slow attempt and its successor would both be talking to the network.
 */
export const DEFAULT_CLAIM_MS = 5 * 60_000;

/** Runs a network request when one of the process's publish slots is free (the gateway's own bookkeeping runs outside them). */
export type NetworkSlots = <T>(request: () => Promise<T>) => Promise<T>;

export interface AttemptOptions {
  /** In [0, 1) for the backoff's jitter; Math.random unless a test fixes it. */
  random?: () => number;
  claimMs?: number;
  /** Bounds the network requests in flight (the worker's publish concurrency); none when absent. */
  slots?: NetworkSlots;
}

export type AttemptResult = 'skipped' | 'published' | 'retry' | 'reconciling' | 'failed' | 'needs_check' | 'missed';

interface Attempt {
  target: PostTargetRow;
  post: PostRow;
  account: ConnectedAccountRow;
  request: PublishRequest;
  claimMs: number;
  /** When the claim was taken or last renewed, by this process's clock. */
  heldSince: number;
}

interface Published {
  attempt: Attempt;
  post: PublishedPost;
}

/** What a batch of attempts shares: how to reach the network, and how to record a post that went out. */
interface Batch {
  random: () => number;
  slots: NetworkSlots;
  /** True when it was recorded; false when the attempt had lost its claim meanwhile. */
  record: (published: Published) => Promise<boolean>;
}

const unbounded: NetworkSlots = (request) => request();

/**
 * A fresh claim is still this attempt's: another can take the target only after the claim runs
 * out. So the claim is renewed before sending only when the attempt has held it a while (media
 * loaded, the network asked first), which saves a statement per post in a burst.
 */
const renewAfterMs = (claimMs: number) => Math.min(1_000, claimMs / 10);

/** One attempt at each of these targets that is due and that nobody else has; results by target id. */
export async function publishTargets(ctx: AppContext, targetIds: readonly string[], options: AttemptOptions = {}): Promise<Map<string, AttemptResult>> {
  const { random = Math.random, claimMs = DEFAULT_CLAIM_MS, slots = unbounded } = options;
  const now = ctx.clock.now();
  const results = new Map<string, AttemptResult>(targetIds.map((id) => [id, 'skipped']));
  const claimed = await claimTargets(ctx.db, [...new Set(targetIds)], now, new Date(now.getTime() + claimMs));
  // A target in progress makes the post `publishing`, whatever its other targets do.
  const starting = new Set(claimed.flatMap(({ post }) => (post && post.status !== 'publishing' ? [post.id] : [])));
  await applyPostStatuses(ctx, [...starting].map((postId) => ({ postId, status: 'publishing' as const })));
  const batch: Batch = { random, slots, record: groupRecorder(ctx) };
  // Every attempt runs to its end even if another throws: what went out must still be recorded.
  const settled = await Promise.allSettled(claimed.map(async (claim) => results.set(claim.target.id, await attemptClaimed(ctx, claim, claimMs, batch))));
  const failure = settled.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}

/** One attempt at the target, if it is due and nobody else has it. */
export async function publishTarget(ctx: AppContext, targetId: string, options: AttemptOptions = {}): Promise<AttemptResult> {
  return (await publishTargets(ctx, [targetId], options)).get(targetId) ?? 'skipped';
}

async function attemptClaimed(ctx: AppContext, claimed: ClaimedTarget, claimMs: number, batch: Batch): Promise<AttemptResult> {
  const { target, previousStatus, post, account } = claimed;
  const now = ctx.clock.now();
  if (!post || !account) return finish(ctx, target, null, { status: 'failed', failureKind: 'invalid_content', failureMessage: 'The post or its account no longer exists' }, 'failed');
  if (previousStatus === 'pending' && target.deadlineAt && now.getTime() > target.deadlineAt.getTime()) {
    // Found after downtime, later than the workspace's late policy allows: reported, not sent.
    const reason = `The post was due at ${post.scheduledAt?.toISOString() ?? '?'} and Chorus could not send it in time`;
    return finish(ctx, target, { post, account }, { status: 'missed', failureKind: 'missed', failureMessage: reason }, 'missed');
  }
  let request: PublishRequest;
  try {
    // Links become tracked short links (A3) before anything is sent; a retry reuses the same codes.
    const rules = await rulesOf(ctx, account);
    const content = await withTrackedLinks(ctx, {
      workspaceId: post.workspaceId,
      postId: post.id,
      targetId: target.id,
      accountId: account.id,
      network: account.network,
      campaign: post.campaign,
      content: contentForTarget(post.content, target.content),
      fits: (text) => rules.measureText(text) <= rules.maxLength,
    });
    request = await publishRequestOf(ctx, post.workspaceId, rules, target.idempotencyKey, content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return finish(ctx, target, { post, account }, { status: 'failed', failureKind: 'invalid_content', failureMessage: reason }, 'failed');
  }
  const attempt: Attempt = { target, post, account, request, claimMs, heldSince: now.getTime() };
  // The network may have the post already: a lost answer, or a worker that died mid-call.
  if (previousStatus === 'reconciling' || previousStatus === 'publishing') return reconcile(ctx, attempt, batch);
  return send(ctx, attempt, batch);
}

async function send(ctx: AppContext, attempt: Attempt, batch: Batch): Promise<AttemptResult> {
  const now = ctx.clock.now();
  // Loading media or looking on the network may have taken long: send only while the claim is ours.
  if (now.getTime() - attempt.heldSince >= renewAfterMs(attempt.claimMs)) {
    if (!(await renewClaim(ctx.db, attempt.target.id, attempt.target.attempts, now, new Date(now.getTime() + attempt.claimMs)))) return 'skipped';
    attempt.heldSince = now.getTime();
  }
  try {
    const published = await callNetwork(ctx, attempt.account, {
      operation: 'publish',
      units: attempt.request.parts.length,
      run: (connector, call) => {
        const { publish } = connector;
        if (!publish) throw new ConnectorError('invalid_content', `${connector.manifest.name} does not let Chorus publish`);
        return batch.slots(() => publish.call(connector, call, attempt.request));
      },
    });
    return (await batch.record({ attempt, post: published })) ? 'published' : 'skipped';
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    return afterFailure(ctx, attempt, error, batch.random);
  }
}

async function afterFailure(ctx: AppContext, attempt: Attempt, error: ConnectorError, random: () => number): Promise<AttemptResult> {
  const now = ctx.clock.now();
  const step = nextStepAfterFailure({
    kind: error.kind,
    message: error.message,
    attempts: attempt.target.attempts,
    now,
    deadline: attempt.target.deadlineAt ?? now,
    resetAt: error.resetAt,
    random: random(),
  });
  const failure = { failureKind: error.kind, failureMessage: error.message };
  switch (step.step) {
    case 'retry':
      return finish(ctx, attempt.target, attempt, { status: 'waiting', nextAttemptAt: step.at, ...failure }, 'retry');
    case 'reconcile':
      return finish(ctx, attempt.target, attempt, { status: 'reconciling', nextAttemptAt: step.at, ...failure }, 'reconciling');
    case 'fail':
      return finish(ctx, attempt.target, attempt, { status: 'failed', failureKind: error.kind, failureMessage: step.reason }, 'failed');
  }
}

/** Looks for the post on the network; publishes only when the network proves it is not there. */
async function reconcile(ctx: AppContext, attempt: Attempt, batch: Batch): Promise<AttemptResult> {
  const { random } = batch;
  const connector = await ctx.networks.connector(attempt.account.network);
  if (!connector.findPublished) {
    const reason = `${connector.manifest.name} offers no way to find the post again; check the account and mark it published or send it again`;
    return finish(ctx, attempt.target, attempt, { status: 'needs_check', failureKind: 'outcome_unknown', failureMessage: reason }, 'needs_check');
  }
  // A little before the first attempt began, for clocks that disagree.
  const since = new Date((attempt.target.attemptStartedAt ?? ctx.clock.now()).getTime() - 3_600_000);
  let found: PublishedPost | null;
  try {
    found = await callNetwork(ctx, attempt.account, {
      operation: 'metrics',
      run: (network, call) => batch.slots(() => (network.findPublished ? network.findPublished(call, attempt.request, since) : Promise.resolve(null))),
    });
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    // Looking failed; look again later. Never fall through to publishing on a failed look.
    const step = nextStepAfterFailure({ kind: error.kind === 'outcome_unknown' ? 'transient' : error.kind, message: error.message, attempts: attempt.target.attempts, now: ctx.clock.now(), deadline: new Date(8.64e15), resetAt: error.resetAt, random: random() });
    if (step.step === 'fail') return finish(ctx, attempt.target, attempt, { status: 'needs_check', failureKind: 'outcome_unknown', failureMessage: `Could not check whether the post went out: ${step.reason}` }, 'needs_check');
    return finish(ctx, attempt.target, attempt, { status: 'reconciling', nextAttemptAt: step.at, failureKind: 'outcome_unknown', failureMessage: error.message }, 'reconciling');
  }
  if (found) return (await batch.record({ attempt, post: found })) ? 'published' : 'skipped';
  return send(ctx, attempt, batch);
}

/**
 * Records each post as soon as it went out, and the posts that went out while a recording was
 * under way together in the next one: alone when the batch is quiet, a few statements for many
 * posts in a burst. A post is on the network and not yet in the database until then, as with any
 * attempt; a crash in between is what reconciliation is for.
 */
function groupRecorder(ctx: AppContext): Batch['record'] {
  let waiting: Array<{ published: Published; resolve: (stored: boolean) => void; reject: (error: unknown) => void }> = [];
  let recording = false;
  const recordWaiting = async () => {
    recording = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        const stored = await recordPublished(
          ctx,
          group.map((entry) => entry.published),
        );
        for (const entry of group) entry.resolve(stored.has(entry.published.attempt.target.id));
      } catch (error) {
        for (const entry of group) entry.reject(error);
      }
    }
    recording = false;
  };
  return (published) =>
    new Promise<boolean>((resolve, reject) => {
      waiting.push({ published, resolve, reject });
      if (!recording) void recordWaiting();
    });
}

/**
 * Records published targets (each only while its attempt still holds it) and their
 * `post.published` events in one transaction, then brings their posts' statuses up to date: a few
 * statements for the group instead of several per post. Returns the targets it recorded.
 */
async function recordPublished(ctx: AppContext, published: readonly Published[]): Promise<Set<string>> {
  const now = ctx.clock.now();
  const stored = await ctx.db.transaction(async (tx) => {
    const ids = await recordPublishedTargets(
      tx,
      published.map(({ attempt, post }) => ({ id: attempt.target.id, attempt: attempt.target.attempts, externalId: post.externalId, url: post.url, partIds: post.partIds, publishedAt: post.publishedAt })),
      now,
    );
    const events = published
      .filter(({ attempt }) => ids.has(attempt.target.id))
      .map(({ attempt: { post, target, account }, post: network }) => ({
        workspaceId: post.workspaceId,
        type: 'post.published',
        payload: { postId: post.id, targetId: target.id, accountId: account.id, network: account.network, accountHandle: account.handle, url: network.url, reason: null } satisfies EventPayloads['post.published'],
      }));
    await recordEvents(tx, events, now);
    return ids;
  });
  await refreshPostStatuses(ctx, [...new Set(published.map(({ attempt }) => attempt.post.id))]);
  return stored;
}

const EVENT_OF: Partial<Record<AttemptResult, 'post.published' | 'post.failed' | 'post.needs_check'>> = {
  published: 'post.published',
  failed: 'post.failed',
  missed: 'post.failed',
  needs_check: 'post.needs_check',
};

/**
 * Stores the outcome (only while this attempt still holds the target), brings the post's status up
 * to date, and tells people: the author and the account managers about a failure or a needed look,
 * the webhooks about everything final.
 */
async function finish(ctx: AppContext, target: PostTargetRow, about: { post: PostRow; account: ConnectedAccountRow } | null, outcome: TargetOutcome, result: AttemptResult): Promise<AttemptResult> {
  const now = ctx.clock.now();
  const type = EVENT_OF[result];
  const recipients = about && result !== 'published' && type ? await recipientsOf(ctx, about.post) : [];
  const stored = await ctx.db.transaction(async (tx) => {
    if (!(await recordTargetOutcome(tx, target.id, target.attempts, outcome, now))) return false;
    if (about && type) {
      const payload = {
        postId: about.post.id,
        targetId: target.id,
        accountId: about.account.id,
        network: about.account.network,
        accountHandle: about.account.handle,
        url: outcome.url ?? null,
        reason: result === 'published' ? null : (outcome.failureMessage ?? null),
      };
      await announce(tx, { workspaceId: about.post.workspaceId, type, payload, recipients }, now);
    }
    return true;
  });
  await refreshPostStatus(ctx, target.postId);
  return stored ? result : 'skipped';
}

async function recipientsOf(ctx: AppContext, post: PostRow): Promise<string[]> {
  const managers = await membersWhoCan(ctx.db, post.workspaceId, 'accounts.manage');
  return [...new Set([...(post.authorId ? [post.authorId] : []), ...managers])];
}

const OVER: readonly PostStatus[] = ['published', 'failed', 'needs_check'];

/**
 * The post's status from its targets' progress, kept in the post's history when it changes (by
 * "Chorus", not a person); once it is over, a recurring post's next occurrence follows.
 */
export async function refreshPostStatus(ctx: AppContext, postId: string): Promise<void> {
  await refreshPostStatuses(ctx, [postId]);
}

async function refreshPostStatuses(ctx: AppContext, postIds: readonly string[]): Promise<void> {
  const targets = await listTargetsOf(ctx.db, postIds);
  await applyPostStatuses(
    ctx,
    postIds.map((postId) => ({ postId, status: postStatusFromTargets(targets.filter((target) => target.postId === postId).map((target) => target.status)) })),
  );
}

async function applyPostStatuses(ctx: AppContext, changes: ReadonlyArray<{ postId: string; status: PostStatus }>): Promise<void> {
  const changed = await setPipelineStatuses(ctx.db, changes, ctx.clock.now());
  for (const change of changed) if (change.recurring && OVER.includes(change.status)) await continueSeries(ctx, change.postId);
}
