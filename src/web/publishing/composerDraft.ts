/**
 * What the composer edits, as plain data: the chosen accounts, the master content, each account's
 * own variant, and the time. Turning it into the API's body (and a post back into it) lives here,
 * with the few checks the API's schema would otherwise answer with a bare 400.
 */
import { fromDateTimeInput, toDateTimeInput } from './calendarDates.js';
import type { Account, PollContent, Post, PostContent } from './types.js';

export interface ComposerDraft {
  accountIds: string[];
  master: PostContent;
  /** An account's own version, by account id; an account without one publishes the master. */
  variants: Record<string, PostContent>;
  /** A `datetime-local` value in the viewer's zone; '' when the post has no time yet. */
  scheduledAt: string;
  /** An RRULE value; '' when the post does not repeat. */
  recurrence: string;
}

/** The repeat choices the composer offers; `custom` edits the RRULE text itself. */
export const REPEAT_PRESETS = { none: '', daily: 'FREQ=DAILY', weekly: 'FREQ=WEEKLY', monthly: 'FREQ=MONTHLY' } as const;
export type RepeatChoice = keyof typeof REPEAT_PRESETS | 'custom';

export function repeatChoiceOf(recurrence: string): RepeatChoice {
  const preset = (Object.keys(REPEAT_PRESETS) as Array<keyof typeof REPEAT_PRESETS>).find((choice) => REPEAT_PRESETS[choice] === recurrence);
  return preset ?? 'custom';
}

export const emptyContent = (): PostContent => ({ parts: [{ text: '', mediaIds: [] }], poll: null, firstComment: null, contentWarning: null });

export const newPoll = (): PollContent => ({ options: ['', ''], durationMinutes: 24 * 60, multipleChoice: false });

export function emptyDraft(scheduledAt = ''): ComposerDraft {
  return { accountIds: [], master: emptyContent(), variants: {}, scheduledAt, recurrence: '' };
}

export function draftFromPost(post: Post, zone: string): ComposerDraft {
  const variants: Record<string, PostContent> = {};
  for (const target of post.targets) if (target.content) variants[target.accountId] = target.content;
  return {
    accountIds: post.targets.map((target) => target.accountId),
    master: post.content,
    variants,
    scheduledAt: post.scheduledAt ? toDateTimeInput(post.scheduledAt, zone) : '',
    recurrence: post.recurrence ?? '',
  };
}

/** Empty extras become null, and empty poll options are left out, as the API's schema wants. */
export function cleanContent(content: PostContent): PostContent {
  const optional = (text: string | null) => (text === null || text.trim() === '' ? null : text.trim());
  const poll = content.poll ? { ...content.poll, options: content.poll.options.map((option) => option.trim()).filter((option) => option !== '') } : null;
  return { ...content, poll, firstComment: optional(content.firstComment), contentWarning: optional(content.contentWarning) };
}

/** Local reasons the draft cannot be sent yet; each is a message-key suffix under `composer.local.`. */
export type LocalIssue = 'noAccounts' | 'pollOptions' | 'badTime';

export function localIssues(draft: ComposerDraft, zone: string): LocalIssue[] {
  const issues: LocalIssue[] = [];
  if (draft.accountIds.length === 0) issues.push('noAccounts');
  const contents = [draft.master, ...draft.accountIds.flatMap((id) => (draft.variants[id] ? [draft.variants[id]] : []))];
  if (contents.some((content) => content.poll !== null && (cleanContent(content).poll?.options.length ?? 0) < 2)) issues.push('pollOptions');
  if (draft.scheduledAt !== '' && fromDateTimeInput(draft.scheduledAt, zone) === undefined) issues.push('badTime');
  return issues;
}

/** The body of createPost, validatePost and (with expectedVersion) updatePost. */
export function writeBody(draft: ComposerDraft, zone: string) {
  return {
    content: cleanContent(draft.master),
    targets: draft.accountIds.map((accountId) => {
      const variant = draft.variants[accountId];
      return { accountId, content: variant ? cleanContent(variant) : null };
    }),
    scheduledAt: draft.scheduledAt === '' ? null : (fromDateTimeInput(draft.scheduledAt, zone) ?? null),
    recurrence: draft.recurrence.trim() === '' ? null : draft.recurrence.trim(),
  };
}

export type WriteBody = ReturnType<typeof writeBody>;

/**
 * Only the fields of `body` that differ from the saved post's, for updatePost. The server sends an
 * approved post back to review when its content, accounts or repeat rule are sent, so a new time
 * alone must go alone: moving an approved post keeps its approval.
 */
export function changedFields(body: WriteBody, saved: WriteBody): Partial<WriteBody> {
  const changes: Partial<WriteBody> = {};
  if (JSON.stringify(body.content) !== JSON.stringify(saved.content)) changes.content = body.content;
  if (JSON.stringify(body.targets) !== JSON.stringify(saved.targets)) changes.targets = body.targets;
  if (body.scheduledAt !== saved.scheduledAt) changes.scheduledAt = body.scheduledAt;
  if (body.recurrence !== saved.recurrence) changes.recurrence = body.recurrence;
  return changes;
}

/** What the chosen accounts can take; an editor appears when any of them supports it. */
export interface ComposerSupport {
  thread: boolean;
  poll: boolean;
  firstComment: boolean;
  contentWarning: boolean;
  media: boolean;
}

export function composerSupport(accounts: readonly Pick<Account, 'id' | 'capabilities'>[], chosen: readonly string[]): ComposerSupport {
  const picked = accounts.filter((account) => chosen.includes(account.id));
  const someAccountCan = (capability: Account['capabilities'][number]) => picked.some((account) => account.capabilities.includes(capability));
  return {
    thread: someAccountCan('publish.thread'),
    poll: someAccountCan('publish.poll'),
    firstComment: someAccountCan('publish.first_comment'),
    contentWarning: someAccountCan('publish.content_warning'),
    media: someAccountCan('publish.images') || someAccountCan('publish.video'),
  };
}

/** Adds an account to the choice or takes it out; its variant goes with it. */
export function toggleAccount(draft: ComposerDraft, accountId: string): ComposerDraft {
  if (!draft.accountIds.includes(accountId)) return { ...draft, accountIds: [...draft.accountIds, accountId] };
  const variants = { ...draft.variants };
  delete variants[accountId];
  return { ...draft, accountIds: draft.accountIds.filter((id) => id !== accountId), variants };
}

/** Gives an account its own version, starting as a copy of the master, or drops it. */
export function setVariant(draft: ComposerDraft, accountId: string, own: boolean): ComposerDraft {
  const variants = { ...draft.variants };
  if (own) variants[accountId] = structuredClone(draft.master);
  else delete variants[accountId];
  return { ...draft, variants };
}

/** The content a tab edits: the master (`accountId` undefined) or an account's variant. */
export function contentOf(draft: ComposerDraft, accountId: string | undefined): PostContent {
  return (accountId ? draft.variants[accountId] : undefined) ?? draft.master;
}

export function withContent(draft: ComposerDraft, accountId: string | undefined, content: PostContent): ComposerDraft {
  if (accountId && draft.variants[accountId]) return { ...draft, variants: { ...draft.variants, [accountId]: content } };
  return { ...draft, master: content };
}
