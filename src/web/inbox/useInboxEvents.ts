/**
 * Live updates: the server's event stream of changed conversations (`event: conversation`, data:
 * a conversation summary). EventSource retries dropped connections itself; when the server refuses
 * the stream outright it gives up, so this starts a new one after a growing pause.
 */
import { useEffect, useRef } from 'react';
import { conversationSummarySchema } from '../../client/endpoints/inbox.js';
import type { ConversationSummary } from './types.js';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export interface InboxEventHandlers {
  onConversation: (conversation: ConversationSummary) => void;
  /** The stream is back after an interruption: events may have been missed meanwhile. */
  onResumed: () => void;
}

export function useInboxEvents(workspaceId: string, handlers: InboxEventHandlers): void {
  // The latest handlers, so that a re-render does not reopen the stream.
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    let source: EventSource | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let retryMs = FIRST_RETRY_MS;
    let interrupted = false;
    let stopped = false;

    const open = () => {
      source = new EventSource(`/api/workspaces/${encodeURIComponent(workspaceId)}/inbox/events`);
      source.addEventListener('open', () => {
        retryMs = FIRST_RETRY_MS;
        if (interrupted) current.current.onResumed();
        interrupted = false;
      });
      source.addEventListener('conversation', (event) => {
        const parsed = conversationSummarySchema.safeParse(parseJson((event as MessageEvent<string>).data));
        // An event this page does not understand (a newer server) is skipped, not fatal.
        if (parsed.success) current.current.onConversation(parsed.data);
      });
      source.addEventListener('error', () => {
        interrupted = true;
        if (source?.readyState !== EventSource.CLOSED || stopped) return;
        retryTimer = setTimeout(open, retryMs);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      });
    };
    open();

    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [workspaceId]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
