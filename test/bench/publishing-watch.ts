/**
 * What the publishing benchmark does while Chorus runs, through the HTTP API as any client would:
 * schedule single posts one at a time on the idle process and see when each went out, then wait
 * until no bench post is still scheduled or publishing. It asks once a second while the queue
 * drains, so the watching costs Chorus next to nothing; the burst's figures come from the
 * sandbox's records afterwards.
 */
import { createClient, type Client } from '../../src/client/client.js';
import type { PostContent } from '../../src/core/publishing/content.js';
import { errorMessage } from './support/postgres.js';
import { sleep } from './support/chorus-process.js';

const LOOK_EVERY_MS = 1_000;
/** A status request that takes longer is given up and counted; the API being that slow is itself a finding. */
const LOOK_TIMEOUT_MS = 30_000;

export interface DrainWatch {
  /** False when posts were still moving at the deadline. */
  drained: boolean;
  /** The slowest answer to "is anything still moving?", in ms: how responsive the API stayed during the burst. */
  slowestLookMs: number;
  /** Looks that failed or took longer than LOOK_TIMEOUT_MS, with the last reason. */
  failedLooks: number;
  lastFailure: string | undefined;
}

/** Waits until no post of the workspace is scheduled or publishing, or until `deadline`. */
export async function waitForDrain(baseUrl: string, apiKey: string, workspaceId: string, deadline: Date): Promise<DrainWatch> {
  const client = createClient({ baseUrl, apiKey, fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(LOOK_TIMEOUT_MS) }) });
  const watch: DrainWatch = { drained: false, slowestLookMs: 0, failedLooks: 0, lastFailure: undefined };
  for (;;) {
    const started = performance.now();
    try {
      const moving = await Promise.all(
        (['scheduled', 'publishing'] as const).map(async (status) => (await client.call('listPosts', { params: { workspaceId }, query: { status, limit: 1 } })).items.length),
      );
      watch.slowestLookMs = Math.max(watch.slowestLookMs, performance.now() - started);
      if (moving.every((count) => count === 0)) return { ...watch, drained: true };
    } catch (error) {
      watch.failedLooks += 1;
      watch.slowestLookMs = Math.max(watch.slowestLookMs, performance.now() - started);
      watch.lastFailure = errorMessage(error instanceof Error && error.cause !== undefined ? error.cause : error);
    }
    if (Date.now() > deadline.getTime()) return watch;
    await sleep(LOOK_EVERY_MS);
  }
}

/** How far ahead a single post is scheduled: time for the request and the dispatcher's timer. */
const PICKUP_AHEAD_MS = 1_500;
const PICKUP_TIMEOUT_MS = 10_000;

export interface Pickups {
  /** Per post that went out: the sandbox's publish time − the scheduled time. */
  times: number[];
  /** Posts not published within PICKUP_TIMEOUT_MS of their time. */
  late: number;
}

/**
 * Schedules one post at a time on an idle Chorus (the target's `publishedAt` is the time the
 * sandbox recorded), as long as the next one can be over by `stopBy`.
 */
export async function measurePickups(client: Client, workspaceId: string, accountIds: readonly string[], count: number, stopBy: Date): Promise<Pickups> {
  const result: Pickups = { times: [], late: 0 };
  for (let index = 0; index < count && Date.now() + PICKUP_AHEAD_MS + PICKUP_TIMEOUT_MS < stopBy.getTime(); index += 1) {
    const accountId = accountIds[index % accountIds.length] ?? '';
    const content: PostContent = { parts: [{ text: `Publishing bench pickup ${index}`, mediaIds: [] }], poll: null, firstComment: null, contentWarning: null };
    const draft = await client.call('createPost', { params: { workspaceId }, body: { content, targets: [{ accountId }] } });
    const scheduledAt = new Date(Date.now() + PICKUP_AHEAD_MS);
    await client.call('postAction', { params: { workspaceId, postId: draft.id }, body: { action: 'schedule', expectedVersion: draft.version, scheduledAt: scheduledAt.toISOString() } });
    // Asking before the post is due would only add requests for Chorus to answer at the moment it matters.
    await sleep(scheduledAt.getTime() - Date.now() + 200);
    for (;;) {
      const post = await client.call('getPost', { params: { workspaceId, postId: draft.id } });
      const publishedAt = post.targets[0]?.publishedAt;
      if (publishedAt) {
        result.times.push(new Date(publishedAt).getTime() - scheduledAt.getTime());
        break;
      }
      if (post.status === 'failed' || post.status === 'needs_check') throw new Error(`a single post ended ${post.status}: ${post.targets[0]?.failure?.message ?? '?'}`);
      if (Date.now() > scheduledAt.getTime() + PICKUP_TIMEOUT_MS) {
        result.late += 1;
        break;
      }
      await sleep(100);
    }
  }
  return result;
}
