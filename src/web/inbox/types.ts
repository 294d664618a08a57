/** The inbox's API shapes as the web UI uses them; all come from the contract. */
import type { EndpointInput, EndpointOutput } from '../../client/client.js';

export type ConversationSummary = EndpointOutput<'listConversations'>['items'][number];
export type ConversationDetail = EndpointOutput<'getConversation'>;
export type InboxItem = ConversationDetail['items'][number];
export type InboxReply = ConversationDetail['replies'][number];
export type InboxNote = ConversationDetail['notes'][number];
export type PriorityReason = ConversationSummary['priorityReasons'][number];
export type SavedReply = EndpointOutput<'listSavedReplies'>['items'][number];
export type InboxSettings = EndpointOutput<'getInboxSettings'>;
export type ResponseReport = EndpointOutput<'getResponseReport'>;
export type ConversationQuery = NonNullable<EndpointInput<'listConversations'>['query']>;
export type ConversationPatch = EndpointInput<'updateConversation'>['body'];

/** What the filter bar holds; empty strings mean "any". */
export interface InboxFilters {
  status: '' | ConversationSummary['status'];
  network: string;
  accountId: string;
  /** A member's id, `me`, `none` (unassigned) or '' (anyone). */
  assignee: string;
  sentiment: '' | NonNullable<ConversationSummary['sentiment']>;
  language: string;
  highPriorityOnly: boolean;
  unansweredOnly: boolean;
}

export const NO_FILTERS: InboxFilters = {
  status: '',
  network: '',
  accountId: '',
  assignee: '',
  sentiment: '',
  language: '',
  highPriorityOnly: false,
  unansweredOnly: false,
};

/** The filters a fresh inbox opens with: what still needs the team. */
export const DEFAULT_FILTERS: InboxFilters = { ...NO_FILTERS, status: 'open' };
