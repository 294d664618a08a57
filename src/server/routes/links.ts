/**
 * Tracked links (issue 7, A3): the settings and list endpoints of the contract, and the public
 * redirect `GET /l/:code`. The redirect answers only codes Chorus created, with the destination
 * stored for that code; anything else gets a 404 page, never a redirect built from the request.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { getLinkSettings, listShortLinks, saveLinkSettings } from '../../app/links/links.js';
import { LinkRedirects, type LinkRedirectOptions } from '../../app/links/redirect.js';
import { route } from '../route.js';
import { presentDates } from './inbox-present.js';

const redirectsOfApp = new WeakMap<FastifyInstance, LinkRedirects>();

/** The server's click counter, for tests and benchmarks that need the counts written now. */
export function linkRedirectsOf(app: FastifyInstance): LinkRedirects | undefined {
  return redirectsOfApp.get(app);
}

// One page for every language Chorus speaks: a visitor's language is unknown and the page is tiny.
const NOT_FOUND_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Link not found</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Link not found</h1>
<p lang="en">This short link does not exist or was removed. Check that it was copied completely.</p>
<p lang="id">Tautan pendek ini tidak ada atau sudah dihapus. Periksa apakah tautan tersalin lengkap.</p>
<p lang="ru">Такой короткой ссылки нет, или она удалена. Проверьте, что ссылка скопирована полностью.</p>
<p lang="pl">Ten krótki link nie istnieje albo został usunięty. Sprawdź, czy został skopiowany w całości.</p>
</body></html>
`;

function notFoundPage(reply: FastifyReply): FastifyReply {
  return reply
    .status(404)
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
    .header('x-robots-tag', 'noindex')
    .type('text/html; charset=utf-8')
    .send(NOT_FOUND_PAGE);
}

export function registerLinkRoutes(app: FastifyInstance, ctx: AppContext, options: LinkRedirectOptions = {}): void {
  route(app, ctx, 'getLinkSettings', async ({ actor, params }) => getLinkSettings(ctx, actor, params.workspaceId));
  route(app, ctx, 'saveLinkSettings', async ({ actor, params, body, meta }) => saveLinkSettings(ctx, actor, params.workspaceId, body, meta));
  route(app, ctx, 'listShortLinks', async ({ actor, params, query }) => ({ items: presentDates(await listShortLinks(ctx, actor, params.workspaceId, query)) }));

  const redirects = new LinkRedirects(ctx, options);
  redirectsOfApp.set(app, redirects);
  app.addHook('onReady', async () => redirects.start());
  // The server closes before the database does (runtime/start.ts), so the last clicks are written.
  app.addHook('onClose', async () => redirects.stop());

  // Request logs would write the visitor's address for every click: this route logs warnings only.
  app.get<{ Params: { code: string } }>('/l/:code', { logLevel: 'warn', schema: { hide: true } }, async (request, reply) => {
    const link = await redirects.resolve(request.params.code);
    if (!link) return notFoundPage(reply);
    // HEAD is a program checking the link, not a visit.
    if (request.method === 'GET') redirects.count(link, { userAgent: request.headers['user-agent'], address: request.ip });
    return (
      reply
        .status(302)
        .header('location', link.destinationUrl)
        // Every click must reach Chorus to be counted: no browser or proxy may keep the redirect.
        .header('cache-control', 'private, no-store')
        // The destination learns where the visit came from by the UTM parameters; nothing else is passed on.
        .header('referrer-policy', 'no-referrer')
        .send()
    );
  });
  app.get('/l/*', { logLevel: 'warn', schema: { hide: true } }, async (_request, reply) => notFoundPage(reply));
}
