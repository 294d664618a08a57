/**
 * Live updates for the inbox as server-sent events: every second the stream looks for
 * conversations changed since it last looked and sends each as `event: conversation` with the
 * list's summary. Comments keep idle proxies from closing it. Streams end when the client goes
 * away and when the server shuts down (before it waits for open connections).
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { authorize } from '../../app/access.js';
import type { AppContext } from '../../app/context.js';
import { responseClockOf } from '../../app/inbox/settings.js';
import { summaryOf } from '../../app/inbox/views.js';
import { workspaceParams } from '../../client/contract.js';
import { latestConversationChange, listChangedConversations, type ConversationSummaryRow } from '../../db/repositories/inbox-queries.js';
import { authenticate } from '../authenticate.js';
import { presentDates } from './inbox-present.js';

export const INBOX_EVENTS_PATH = '/api/workspaces/:workspaceId/inbox/events';

const POLL_MS = 1_000;
const HEARTBEAT_MS = 15_000;
/** Changes committed a little out of order (concurrent transactions) are still seen. */
const LOOKBACK_MS = 5_000;
const BATCH = 200;

class InboxStream {
  private cursor = 0;
  /** What was last sent per conversation within the look-back window, so nothing is sent twice. */
  private readonly sent = new Map<string, { json: string; at: number }>();
  private timer: NodeJS.Timeout | undefined;
  private lastWrite = Date.now();
  private stopped = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly workspaceId: string,
    private readonly raw: ServerResponse,
    private readonly onStop: () => void,
  ) {}

  async start(): Promise<void> {
    this.cursor = (await latestConversationChange(this.ctx.db, this.workspaceId))?.getTime() ?? 0;
    // What changed just before the stream opened is already on the client's screen.
    await this.tick(false);
    this.schedule();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    if (!this.raw.writableEnded) this.raw.end();
    this.onStop();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick(true)
        .catch((error: unknown) => this.ctx.logger.warn({ err: error, workspaceId: this.workspaceId }, 'inbox stream could not read changes'))
        .finally(() => this.schedule());
    }, POLL_MS);
    // A stream must never be what keeps the process alive.
    this.timer.unref();
  }

  private async tick(send: boolean): Promise<void> {
    const rows = await listChangedConversations(this.ctx.db, this.workspaceId, new Date(this.cursor - LOOKBACK_MS), BATCH);
    if (rows.length > 0) await this.deliver(rows, send);
    if (Date.now() - this.lastWrite >= HEARTBEAT_MS) this.write(': keep-alive\n\n');
  }

  private async deliver(rows: readonly ConversationSummaryRow[], send: boolean): Promise<void> {
    const clock = await responseClockOf(this.ctx.db, this.workspaceId);
    const now = this.ctx.clock.now();
    for (const row of rows) {
      const at = row.updatedAt.getTime();
      const json = JSON.stringify(presentDates(summaryOf(row, clock, now)));
      if (this.sent.get(row.id)?.json !== json && send) this.write(`event: conversation\ndata: ${json}\n\n`);
      this.sent.set(row.id, { json, at });
      this.cursor = Math.max(this.cursor, at);
    }
    for (const [id, entry] of this.sent) if (entry.at < this.cursor - LOOKBACK_MS) this.sent.delete(id);
  }

  write(text: string): void {
    if (this.stopped || this.raw.writableEnded) return;
    this.raw.write(text);
    this.lastWrite = Date.now();
  }
}

export function registerInboxStream(app: FastifyInstance, ctx: AppContext): void {
  const open = new Set<InboxStream>();
  app.addHook('preClose', async () => {
    for (const stream of open) stream.stop();
  });

  app.get(
    INBOX_EVENTS_PATH,
    {
      schema: {
        operationId: 'inboxEvents',
        summary: 'Live updates: `event: conversation` with the changed conversation’s summary (server-sent events)',
        tags: ['workspaces'],
        params: workspaceParams,
      },
    },
    async (request, reply) => {
      const { workspaceId } = workspaceParams.parse(request.params);
      const actor = await authenticate(ctx, request, 'any');
      if (!actor) throw new Error('authenticate returned no actor for auth mode "any"');
      await authorize(ctx.db, actor, workspaceId, 'workspace.read');

      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // Proxies such as nginx would otherwise hold events back in their buffer.
        'x-accel-buffering': 'no',
      });
      const stream = new InboxStream(ctx, workspaceId, reply.raw, () => open.delete(stream));
      open.add(stream);
      request.raw.on('close', () => stream.stop());
      stream.write('retry: 3000\n\n');
      await stream.start().catch((error: unknown) => {
        ctx.logger.warn({ err: error, workspaceId }, 'inbox stream could not start');
        stream.stop();
      });
    },
  );
}
