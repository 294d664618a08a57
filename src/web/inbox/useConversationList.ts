/** The conversation list's state: the first page for the filters, further pages, live updates. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/apiClient.js';
import { isSignedOutError, toFailureNotice, type FailureNotice } from '../api/errors.js';
import { useSession } from '../session/SessionProvider.js';
import { appendPage, applyLiveUpdate, toQuery } from './conversationList.js';
import type { ConversationSummary, InboxFilters } from './types.js';

export interface ConversationList {
  status: 'loading' | 'failed' | 'loaded';
  failure: FailureNotice | undefined;
  rows: ConversationSummary[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** A conversation changed (live event or our own edit): update or place it. */
  apply: (conversation: ConversationSummary) => void;
}

export function useConversationList(workspaceId: string, filters: InboxFilters, userId: string): ConversationList {
  const { forgetSession } = useSession();
  const [rows, setRows] = useState<ConversationSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<ConversationList['status']>('loading');
  const [failure, setFailure] = useState<FailureNotice | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [generation, setGeneration] = useState(0);
  // Answers to an older filter or reload are dropped.
  const request = useRef(0);

  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) forgetSession();
      else setFailure(toFailureNotice(error));
    },
    [forgetSession],
  );

  useEffect(() => {
    const mine = ++request.current;
    setFailure(undefined);
    api.call('listConversations', { params: { workspaceId }, query: toQuery(filters) }).then(
      (page) => {
        if (mine !== request.current) return;
        setRows(page.items);
        setCursor(page.nextCursor);
        setStatus('loaded');
      },
      (error: unknown) => {
        if (mine !== request.current) return;
        setStatus('failed');
        fail(error);
      },
    );
  }, [workspaceId, filters, generation, fail]);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const mine = request.current;
    setLoadingMore(true);
    api
      .call('listConversations', { params: { workspaceId }, query: toQuery(filters, cursor) })
      .then(
        (page) => {
          if (mine !== request.current) return;
          setRows((previous) => appendPage(previous, page.items));
          setCursor(page.nextCursor);
        },
        (error: unknown) => {
          if (mine === request.current) fail(error);
        },
      )
      .finally(() => setLoadingMore(false));
  }, [workspaceId, filters, cursor, loadingMore, fail]);

  const apply = useCallback(
    (conversation: ConversationSummary) => setRows((previous) => applyLiveUpdate(previous, conversation, { filters, userId, complete: cursor === null })),
    [filters, userId, cursor],
  );

  return {
    status,
    failure,
    rows,
    hasMore: cursor !== null,
    loadingMore,
    loadMore,
    reload: useCallback(() => setGeneration((value) => value + 1), []),
    apply,
  };
}
