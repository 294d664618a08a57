/**
 * The publishing benchmark's starting state, written before Chorus starts so that none of it is
 * measured: an owner and workspace, an API key to watch progress with, sandbox accounts with 50 ms
 * of simulated latency, and scheduled posts, one target each, all due at one instant.
 *
 * Accounts are connected through the use case (the sandbox needs its own records). Posts are
 * written in bulk with the rows `createPost` and the `schedule` action would leave, because 10,000
 * of those calls would take longer than the measurement; the pipeline reads only these rows.
 */
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createApiKey } from '../../src/app/api-keys.js';
import { setUpOwnerInProcess } from './support/owner.js';
import { connectWithCredentials } from '../../src/app/connectors/accounts.js';
import { systemClock } from '../../src/app/context.js';
import { publishingSettingsOf } from '../../src/app/publishing/settings.js';
import { loadConfig } from '../../src/config.js';
import type { PostContent } from '../../src/core/publishing/content.js';
import { deadlineOf } from '../../src/core/publishing/failures.js';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { insertTargets } from '../../src/db/repositories/posts.js';
import { posts } from '../../src/db/schema.js';
import { contextFromConfig } from '../../src/runtime/context.js';

export const LATENCY_MS = 50;
/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest row here. */
const INSERT_CHUNK = 500;

export interface PublishingFixture {
  workspaceId: string;
  /** An admin key of the workspace, for the HTTP calls made while Chorus runs. */
  apiKey: string;
  accountIds: string[];
  /** Post ids in order; post i says `postText(i)` and goes to account i mod accounts. */
  postIds: string[];
}

/** Unique per post: the sandbox is searched by text to count copies. */
export const postText = (index: number): string => `Publishing bench post ${index}`;

/**
 * Fills a fresh, migrated database. The context comes from the same configuration the Chorus
 * process will read (the key file in `dataDir`), so it can open the credentials sealed here.
 */
export async function prepareFixture(handle: DatabaseHandle, dataDir: string, databaseUrl: string | undefined, sizes: { posts: number; accounts: number }): Promise<PublishingFixture> {
  const config = loadConfig({ ...process.env, CHORUS_DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
  const ctx = await contextFromConfig(config, { db: handle.db, clock: systemClock, logger: pino({ level: 'silent' }) });
  const { user, actor, workspaceId } = await setUpOwnerInProcess(ctx, handle);
  const { secret } = await createApiKey(ctx, actor, workspaceId, { name: 'bench', role: 'admin' });

  const accountIds: string[] = [];
  for (let index = 0; index < sizes.accounts; index += 1) {
    // Idempotency keys off: a second send of a post would be a second post, so duplicates show.
    // No simulated audience: the inbox polls stay cheap and do not vary between runs.
    const fields = { handle: `pub_bench_${index}`, latencyMs: String(LATENCY_MS), faultRate: '0', organic: 'off', idempotencyKeys: 'off' };
    accountIds.push((await connectWithCredentials(ctx, actor, workspaceId, 'sandbox', fields)).id);
  }

  // Placeholders until `setDueTime`: no target is due before the measured instant is chosen.
  const later = new Date(Date.now() + 86_400_000);
  const now = new Date();
  const postIds: string[] = [];
  for (let first = 0; first < sizes.posts; first += INSERT_CHUNK) {
    const chunk = Array.from({ length: Math.min(INSERT_CHUNK, sizes.posts - first) }, (_, offset) => first + offset);
    const postRows = chunk.map((index) => {
      const content: PostContent = { parts: [{ text: postText(index), mediaIds: [] }], poll: null, firstComment: null, contentWarning: null };
      // Version 2: created (1), then scheduled (2), as through the use cases.
      return { id: randomUUID(), workspaceId, authorId: user.id, status: 'scheduled' as const, content, scheduledAt: later, version: 2, createdAt: now, updatedAt: now };
    });
    await handle.db.insert(posts).values(postRows);
    await insertTargets(
      handle.db,
      postRows.map((post, offset) => ({
        id: randomUUID(),
        postId: post.id,
        workspaceId,
        accountId: accountIds[(first + offset) % accountIds.length] ?? '',
        content: null,
        status: 'pending' as const,
        idempotencyKey: randomUUID(),
        nextAttemptAt: later,
        updatedAt: now,
      })),
    );
    postIds.push(...postRows.map((post) => post.id));
  }
  return { workspaceId, apiKey: secret, accountIds, postIds };
}

/** Makes every bench post due at `at`, with the deadline the workspace's late policy gives. */
export async function setDueTime(handle: DatabaseHandle, workspaceId: string, at: Date): Promise<void> {
  const { late } = await publishingSettingsOf(handle.db, workspaceId);
  const due = at.toISOString();
  await handle.query('UPDATE posts SET scheduled_at = $1 WHERE workspace_id = $2', [due, workspaceId]);
  await handle.query('UPDATE post_targets SET next_attempt_at = $1, deadline_at = $2 WHERE workspace_id = $3', [due, deadlineOf(at, late).toISOString(), workspaceId]);
}
