/**
 * Saved replies carry placeholders that are filled in when one is used: {name} and {handle} of
 * the person answered, {agent} who answers, {account} the workspace's account. Unknown names stay
 * as written, so a reply that means a literal "{price}" is not changed.
 */
export const SAVED_REPLY_VARIABLES = ['name', 'handle', 'agent', 'account'] as const;
export type SavedReplyVariable = (typeof SAVED_REPLY_VARIABLES)[number];

export interface SavedReplyContext {
  contactName: string | null;
  contactHandle: string | null;
  agentName: string | null;
  accountHandle: string;
}

function valueOf(variable: SavedReplyVariable, context: SavedReplyContext): string {
  switch (variable) {
    case 'name':
      // Someone without a display name is greeted by their handle rather than by nothing.
      return context.contactName?.trim() || context.contactHandle || '';
    case 'handle':
      return context.contactHandle ? `@${context.contactHandle.replace(/^@/, '')}` : '';
    case 'agent':
      return context.agentName ?? '';
    case 'account':
      return `@${context.accountHandle.replace(/^@/, '')}`;
  }
}

const isVariable = (name: string): name is SavedReplyVariable => (SAVED_REPLY_VARIABLES as readonly string[]).includes(name);

export function fillSavedReply(body: string, context: SavedReplyContext): string {
  return body.replace(/\{([a-z]+)\}/g, (placeholder, name: string) => (isVariable(name) ? valueOf(name, context) : placeholder));
}
