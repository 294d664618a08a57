/**
 * Bulk import of posts from a CSV file (Hootsuite's bulk composer layout or Chorus' own; see
 * `core/publishing/bulk-import.ts`). Every row is read and checked against each of its accounts'
 * networks first; a file with a bad row imports nothing unless the caller asks for the good rows.
 * The good rows become posts in one transaction, all or none, and go through the workflow like
 * any post: scheduled where the workspace needs no approval, submitted for review where it does.
 */
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../core/errors.js';
import { byLine, readImport, type DateOrder, type ImportError, type ImportLayout, type ImportRow } from '../../core/publishing/bulk-import.js';
import { deadlineOf, type LatePolicy } from '../../core/publishing/failures.js';
import { transition, type PostAction } from '../../core/publishing/workflow.js';
import type { Database } from '../../db/connection.js';
import { listConnectedAccounts } from '../../db/repositories/connected-accounts.js';
import { insertPost, insertTargets, scheduleTargets } from '../../db/repositories/posts.js';
import { findWorkspace } from '../../db/repositories/workspaces.js';
import { authorize, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { AppContext, RequestMeta } from '../context.js';
import { problemsOf } from './checks.js';
import { actorUserId, newTarget, record } from './posts.js';
import { wakeDispatchers } from './dispatcher.js';
import { publishingSettingsOf } from './settings.js';

export interface ImportPostsInput {
  /** The file's text. */
  csv: string;
  layout?: ImportLayout | 'auto' | undefined;
  /** How the Hootsuite layout's dates read; told from the dates themselves when absent and possible. */
  dateOrder?: DateOrder | undefined;
  /** Accounts for the whole file: every Hootsuite row, and Chorus rows that name none. */
  accountIds?: readonly string[] | undefined;
  /** With bad rows in the file: import the good ones (true) or nothing (false). */
  importGoodRows: boolean;
  /** Only read and check the file; nothing is saved. */
  dryRun?: boolean | undefined;
}

export interface ImportPostsResult {
  dryRun: boolean;
  layout: ImportLayout;
  /** Rows of posts in the file (not counting a header or blank lines). */
  rows: number;
  /** Rows without an error: what an import of the good rows would create. */
  goodRows: number;
  imported: number;
  /** Where the imported posts are (or, in a dry run, would be) put by the workflow. */
  status: 'scheduled' | 'in_review';
  posts: string[];
  errors: ImportError[];
}

/** Reads and checks the file, then (unless a dry run, or refused for its errors) creates the posts. */
export async function importPosts(ctx: AppContext, actor: Actor, workspaceId: string, input: ImportPostsInput, meta?: RequestMeta): Promise<ImportPostsResult> {
  await authorize(ctx.db, actor, workspaceId, 'content.write');
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const accounts = await listConnectedAccounts(ctx.db, workspaceId);
  const handles = new Map(accounts.map((account) => [account.id, account.handle]));
  const defaultAccountIds = [...new Set(input.accountIds ?? [])];
  defaultAccountIds.forEach((accountId, index) => {
    if (!handles.has(accountId)) throw new AppError('validation_failed', 'No such connected account in this workspace', [{ path: ['accountIds', index], message: 'is not a connected account of this workspace' }]);
  });

  const now = ctx.clock.now();
  const reading = readImport(input.csv, {
    layout: input.layout ?? 'auto',
    dateOrder: input.dateOrder,
    timeZone: workspace.timezone,
    now,
    accounts: accounts.map(({ id, handle }) => ({ id, handle })),
    defaultAccountIds,
  });
  if (!reading.ok) throw new AppError('validation_failed', `The file cannot be imported: ${reading.error.reason}`, { errors: [reading.error] });

  const errors = byLine([...reading.errors, ...(await networkErrors(ctx, workspaceId, reading.rows, handles))]);
  const badLines = new Set(errors.map((error) => error.line));
  const good = reading.rows.filter((row) => !badLines.has(row.line));
  const { approvalRequired } = await publishingSettingsOf(ctx.db, workspaceId);
  const summary = { layout: reading.layout, rows: reading.rowCount, goodRows: good.length, errors };

  if (input.dryRun) return { ...summary, dryRun: true, imported: 0, posts: [], status: approvalRequired ? 'in_review' : 'scheduled' };
  if (errors.length > 0 && !input.importGoodRows) {
    throw new AppError('validation_failed', `${reading.rowCount - good.length} of ${reading.rowCount} rows have errors, so nothing was imported; fix them, or import the good rows only`, { errors, rows: reading.rowCount, goodRows: good.length });
  }

  const created = await ctx.db.transaction(async (tx) => {
    // Read again inside the transaction: the workflow decides on the settings as they are now.
    const settings = await publishingSettingsOf(tx, workspaceId);
    const action: PostAction = settings.approvalRequired ? 'submit' : 'schedule';
    const ids: string[] = [];
    for (const row of good) {
      ids.push(await createImportedPost(tx, actor, workspaceId, row, { action, approvalRequired: settings.approvalRequired, late: settings.late }, now));
    }
    await audit(tx, now, {
      action: 'post.bulk_imported',
      workspaceId,
      actor,
      meta,
      details: { layout: reading.layout, rows: reading.rowCount, imported: ids.length, skippedRows: reading.rowCount - good.length, action, postIds: ids },
    });
    return { ids, status: settings.approvalRequired ? ('in_review' as const) : ('scheduled' as const) };
  });
  if (created.status === 'scheduled' && created.ids.length > 0) wakeDispatchers();
  return { ...summary, dryRun: false, imported: created.ids.length, posts: created.ids, status: created.status };
}

/** What each row's networks would refuse (too long, no first comment, an account to reconnect), as errors on the row's line. */
async function networkErrors(ctx: AppContext, workspaceId: string, rows: readonly ImportRow[], handles: ReadonlyMap<string, string>): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  for (const row of rows) {
    const problems = await problemsOf(ctx, workspaceId, row.content, row.accountIds.map((accountId) => ({ accountId })));
    for (const problem of problems) {
      const account = handles.get(problem.accountId) ?? problem.accountId;
      errors.push({ line: row.line, code: 'network_problem', reason: `${account}: ${problem.message}`, params: { ...problem.params, account, problem: problem.code } });
    }
  }
  return errors;
}

interface Workflow {
  action: PostAction;
  approvalRequired: boolean;
  late: LatePolicy;
}

/**
 * One row as a post: created as a draft, then submitted or scheduled as the workflow table allows,
 * each step kept in the history and announced like the same step taken in the composer.
 */
async function createImportedPost(tx: Database, actor: Actor, workspaceId: string, row: ImportRow, workflow: Workflow, now: Date): Promise<string> {
  const result = transition({ action: workflow.action, status: 'draft', approvalRequired: workflow.approvalRequired, actorIsAuthor: true });
  if ('refused' in result) throw new AppError('invalid_transition', `An imported post cannot be given "${workflow.action}"`, { action: workflow.action, reason: result.refused.reason });
  const id = randomUUID();
  const post = await insertPost(tx, { id, workspaceId, authorId: actorUserId(actor), status: result.to, content: row.content, campaign: row.campaign, scheduledAt: row.scheduledAt, createdAt: now, updatedAt: now });
  await insertTargets(tx, row.accountIds.map((accountId) => newTarget(workspaceId, id, { accountId }, now)));
  await record(tx, post, actor, 'create', 'draft', 'draft', undefined, now);
  await record(tx, post, actor, workflow.action, 'draft', result.to, undefined, now);
  if (result.to === 'scheduled') await scheduleTargets(tx, id, row.scheduledAt, deadlineOf(row.scheduledAt, workflow.late), now);
  return id;
}
