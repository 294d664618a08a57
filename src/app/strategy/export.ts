/** Exports a version of the strategy document (S4) as Markdown or PDF. */
import { notFound } from '../../core/errors.js';
import type { Locale } from '../../core/validation.js';
import { findWorkspace, listMembers } from '../../db/repositories/workspaces.js';
import type { Actor } from '../access.js';
import type { AppContext } from '../context.js';
import { renderMarkdown } from './document/markdown.js';
import { buildStrategyDocument } from './document/model.js';
import { getStrategy } from './strategy.js';

export type ExportFormat = 'markdown' | 'pdf';

export interface StrategyExport {
  contentType: string;
  /** A safe file name for Content-Disposition. */
  fileName: string;
  body: string | Buffer;
}

/** The latest version, or the given one, in the given language (the person's own by default). */
export async function exportStrategy(
  ctx: AppContext,
  actor: Actor,
  workspaceId: string,
  options: { format: ExportFormat; version?: number | undefined; locale?: Locale | undefined },
): Promise<StrategyExport> {
  const strategy = await getStrategy(ctx, actor, workspaceId, options.version);
  if (!strategy) throw notFound(options.version === undefined ? 'Strategy' : `Strategy version ${options.version}`);
  const [workspace, members] = await Promise.all([findWorkspace(ctx.db, workspaceId), listMembers(ctx.db, workspaceId)]);
  if (!workspace) throw notFound('Workspace');
  const locale = options.locale ?? (actor.kind === 'user' ? (actor.user.locale as Locale) : 'en');
  const document = buildStrategyDocument({
    workspaceName: workspace.name,
    timezone: workspace.timezone,
    strategy,
    memberNames: new Map(members.map((member) => [member.user.id, member.user.name])),
    locale,
  });
  const fileName = `strategy-v${strategy.version}-${locale}`;
  if (options.format === 'markdown') {
    return { contentType: 'text/markdown; charset=utf-8', fileName: `${fileName}.md`, body: renderMarkdown(document) };
  }
  // pdfkit and its font engine are loaded on the first PDF export, not at start: they would add
  // to the start-up time and resident memory of every process for a rarely used feature.
  const { renderPdf } = await import('./document/pdf.js');
  return { contentType: 'application/pdf', fileName: `${fileName}.pdf`, body: await renderPdf(document, strategy.createdAt) };
}
