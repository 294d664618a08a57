/**
 * The strategy document as files (S4): Markdown and PDF. They are plain Fastify routes, not part
 * of the JSON contract, because their answers are documents; they still appear in the OpenAPI
 * document and answer errors with the usual JSON body.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { exportStrategy, type ExportFormat } from '../../app/strategy/export.js';
import { LOCALES } from '../../core/validation.js';
import { authenticate } from '../authenticate.js';

const params = z.strictObject({ workspaceId: z.uuid() });
const querystring = z.strictObject({
  version: z.coerce.number().int().positive().optional(),
  lang: z.enum(LOCALES).optional(),
});

const EXPORTS = [
  { operationId: 'exportStrategyMarkdown', extension: 'md', format: 'markdown', what: 'Markdown' },
  { operationId: 'exportStrategyPdf', extension: 'pdf', format: 'pdf', what: 'PDF' },
] as const satisfies ReadonlyArray<{ operationId: string; extension: string; format: ExportFormat; what: string }>;

/** Operation ids these routes add to the OpenAPI document beside the contract's. */
export const STRATEGY_EXPORT_OPERATIONS: readonly string[] = EXPORTS.map((entry) => entry.operationId);

export function registerStrategyExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const entry of EXPORTS) {
    app.get(
      `/api/workspaces/:workspaceId/strategy/export.${entry.extension}`,
      {
        schema: {
          operationId: entry.operationId,
          summary: `The strategy document as ${entry.what} (latest version unless ?version=N; ?lang=en|id|ru|pl, default the caller's language)`,
          tags: ['workspaces'],
          security: [{ session: [] }, { apiKey: [] }],
          params,
          querystring,
        },
      },
      async (request, reply) => {
        const actor = await authenticate(ctx, request, 'any');
        if (!actor) throw new Error('authenticate returned no actor for auth mode "any"');
        const { workspaceId } = params.parse(request.params);
        const { version, lang } = querystring.parse(request.query);
        const result = await exportStrategy(ctx, actor, workspaceId, { format: entry.format, version, locale: lang });
        return reply
          .type(result.contentType)
          .header('content-disposition', `attachment; filename="${result.fileName}"`)
          .send(result.body);
      },
    );
  }
}
