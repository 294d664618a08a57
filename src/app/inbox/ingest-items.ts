/**
 * What an item from a network becomes in the inbox: the conversation it belongs to (comments
 * under the post, direct messages per person, each mention on its own) and, for inbound items,
 * its language, sentiment and priority.
 */
import type { InboundItem } from '../../connectors/contract.js';
import { defaultAnalyzer, type Analyzer } from '../../core/analysis/index.js';
import { scoreItem } from '../../core/inbox/priority.js';
import type { InboxItemKind } from '../../core/inbox/types.js';
import type { ConversationRef, IngestItem, ItemAnalysis } from '../../db/repositories/inbox-ingest.js';

const MINUTE_MS = 60_000;

/** The stored kind: search-style `post` items that reach the inbox count as mentions. */
const itemKindOf = (item: InboundItem): Exclude<InboxItemKind, 'reply'> => (item.kind === 'post' ? 'mention' : item.kind);

/**
 * Where a comment belongs: under the account's post it answers. Without a root post the parent's
 * thread is used (`threadOf` knows items stored earlier and earlier in this page), and failing
 * that the parent itself starts the thread.
 */
export function conversationOf(item: InboundItem, threadOf: (externalId: string) => ConversationRef | undefined): ConversationRef {
  switch (item.kind) {
    case 'direct_message':
      return { kind: 'direct', threadKey: item.conversationId ?? item.author.externalId };
    case 'comment': {
      if (item.rootPostId) return { kind: 'post', threadKey: item.rootPostId };
      const parent = item.inReplyToId ? threadOf(item.inReplyToId) : undefined;
      return parent ?? { kind: 'post', threadKey: item.inReplyToId ?? item.externalId };
    }
    case 'review':
      return item.rootPostId ? { kind: 'post', threadKey: item.rootPostId } : { kind: 'mention', threadKey: item.externalId };
    case 'mention':
    case 'post':
      return { kind: 'mention', threadKey: item.externalId };
  }
}

export function analyseItem(text: string, kind: InboxItemKind, authorFollowers: number | null, occurredAt: Date, now: Date, analyzer: Analyzer = defaultAnalyzer): ItemAnalysis {
  const analysis = analyzer.analyze(text);
  const waitingMinutes = Math.max(0, Math.floor((now.getTime() - occurredAt.getTime()) / MINUTE_MS));
  const { priority, reasons } = scoreItem({ text, language: analysis.language, sentiment: analysis.sentiment, sentimentScore: analysis.score, kind, authorFollowers, waitingMinutes });
  return { language: analysis.language, sentiment: analysis.sentiment, sentimentScore: analysis.score, priority, priorityReasons: reasons };
}

/**
 * Threads and analyses a page, oldest first, so a reply later in the page finds its parent's
 * thread. Items written by the account itself (its replies made on the network) are outbound.
 */
export function prepareItems(items: readonly InboundItem[], accountExternalId: string, known: ReadonlyMap<string, ConversationRef>, now: Date): IngestItem[] {
  const threads = new Map(known);
  return items.map((item) => {
    const conversation = conversationOf(item, (externalId) => threads.get(externalId));
    threads.set(item.externalId, conversation);
    const outbound = item.author.externalId === accountExternalId;
    const kind: InboxItemKind = outbound ? 'reply' : itemKindOf(item);
    const followers = item.author.followers ?? null;
    return {
      externalId: item.externalId,
      kind,
      direction: outbound ? 'outbound' : 'inbound',
      text: item.text,
      author: { externalId: item.author.externalId, handle: item.author.handle, name: item.author.name, url: item.author.url, followers },
      url: item.url,
      inReplyToId: item.inReplyToId,
      rootPostId: item.rootPostId,
      occurredAt: item.createdAt,
      analysis: outbound ? null : analyseItem(item.text, kind, followers, item.createdAt, now),
      conversation,
    };
  });
}

/** Parents that neither carry a root post nor appear in the page: their threads must be looked up. */
export function parentsToLookUp(items: readonly InboundItem[]): string[] {
  const inPage = new Set(items.map((item) => item.externalId));
  return [...new Set(items.flatMap((item) => (item.kind === 'comment' && !item.rootPostId && item.inReplyToId && !inPage.has(item.inReplyToId) ? [item.inReplyToId] : [])))];
}
