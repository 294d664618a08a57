/**
 * The fake instance's memory and how it renders it as Mastodon's documented entities
 * (https://docs.joinmastodon.org/entities/Status/, Account, MediaAttachment, Notification, Poll).
 * Only what the connector and its conformance peer use; everything in memory.
 */
export interface FakeAccount {
  id: string;
  username: string;
  displayName: string;
  followers: number;
  following: number;
}

export interface FakeMedia {
  id: string;
  accountId: string;
  type: 'image' | 'video';
  description: string | null;
  /** GET /api/v1/media/:id answers 206 this many more times before the file is ready. */
  pendingChecks: number;
  statusId: string | null;
}

export interface FakeStatus {
  id: string;
  accountId: string;
  text: string;
  spoilerText: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  inReplyToId: string | null;
  mediaIds: string[];
  poll: { options: string[]; expiresAt: Date; multiple: boolean } | null;
  mentionIds: string[];
  createdAt: Date;
  favouritedBy: Set<string>;
  rebloggedBy: Set<string>;
  deleted: boolean;
}

export interface FakeNotification {
  id: string;
  recipientId: string;
  type: 'mention' | 'favourite' | 'reblog';
  fromAccountId: string;
  statusId: string;
  createdAt: Date;
}

/** Account::MENTION_RE, simplified to ASCII words; enough for the accounts the fake holds. */
const MENTION = /(?<![=/\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@([\w-]+(?:[.-]+[\w-]+)*))?/gi;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export class FakeState {
  readonly accounts = new Map<string, FakeAccount>();
  readonly statuses = new Map<string, FakeStatus>();
  readonly media = new Map<string, FakeMedia>();
  readonly notifications: FakeNotification[] = [];
  private nextId = 113_000_000_000_000_000n;

  constructor(
    readonly domain: string,
    private readonly baseUrl: () => string,
  ) {}

  /** Snowflake-like ids: decimal strings that grow with time, too large for a double. */
  newId(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  addAccount(username: string, displayName: string, followers = 0): FakeAccount {
    const account = { id: this.newId(), username, displayName, followers, following: 0 };
    this.accounts.set(account.id, account);
    return account;
  }

  accountByUsername(username: string): FakeAccount | undefined {
    return [...this.accounts.values()].find((account) => account.username.toLowerCase() === username.toLowerCase());
  }

  /** Local accounts the text mentions (a remote domain other than ours resolves to nobody here). */
  mentionedAccounts(text: string): FakeAccount[] {
    const found: FakeAccount[] = [];
    for (const match of text.matchAll(MENTION)) {
      const [, username, domain] = match;
      if (domain && domain.toLowerCase() !== this.domain) continue;
      const account = username ? this.accountByUsername(username) : undefined;
      if (account && !found.includes(account)) found.push(account);
    }
    return found;
  }

  createStatus(author: FakeAccount, fields: Omit<FakeStatus, 'id' | 'accountId' | 'mentionIds' | 'createdAt' | 'favouritedBy' | 'rebloggedBy' | 'deleted'>): FakeStatus {
    const mentioned = this.mentionedAccounts(fields.text);
    const status: FakeStatus = {
      ...fields,
      id: this.newId(),
      accountId: author.id,
      mentionIds: mentioned.map((account) => account.id),
      createdAt: new Date(),
      favouritedBy: new Set(),
      rebloggedBy: new Set(),
      deleted: false,
    };
    this.statuses.set(status.id, status);
    for (const mediaId of fields.mediaIds) {
      const media = this.media.get(mediaId);
      if (media) media.statusId = status.id;
    }
    for (const account of mentioned) {
      if (account.id !== author.id) this.notify(account.id, 'mention', author.id, status.id);
    }
    return status;
  }

  notify(recipientId: string, type: FakeNotification['type'], fromAccountId: string, statusId: string): void {
    this.notifications.push({ id: this.newId(), recipientId, type, fromAccountId, statusId, createdAt: new Date() });
  }

  liveStatus(id: string): FakeStatus | undefined {
    const status = this.statuses.get(id);
    return status && !status.deleted ? status : undefined;
  }

  /** Who may read a status: public and unlisted ones anyone, the others their author and audience. */
  canSee(viewerId: string | null, status: FakeStatus): boolean {
    if (status.visibility === 'public' || status.visibility === 'unlisted') return true;
    return viewerId !== null && (status.accountId === viewerId || status.mentionIds.includes(viewerId));
  }

  ancestors(status: FakeStatus): FakeStatus[] {
    const chain: FakeStatus[] = [];
    let parentId = status.inReplyToId;
    while (parentId) {
      const parent = this.liveStatus(parentId);
      if (!parent) break;
      chain.unshift(parent);
      parentId = parent.inReplyToId;
    }
    return chain;
  }

  descendants(status: FakeStatus): FakeStatus[] {
    const children = [...this.statuses.values()].filter((candidate) => !candidate.deleted && candidate.inReplyToId === status.id);
    return children.flatMap((child) => [child, ...this.descendants(child)]);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  accountJson(account: FakeAccount): Record<string, unknown> {
    const base = this.baseUrl();
    return {
      id: account.id,
      username: account.username,
      acct: account.username,
      display_name: account.displayName,
      locked: false,
      bot: false,
      discoverable: true,
      group: false,
      created_at: '2024-01-01T00:00:00.000Z',
      note: '',
      url: `${base}/@${account.username}`,
      uri: `${base}/users/${account.username}`,
      avatar: `${base}/avatars/original/missing.png`,
      avatar_static: `${base}/avatars/original/missing.png`,
      header: `${base}/headers/original/missing.png`,
      header_static: `${base}/headers/original/missing.png`,
      followers_count: account.followers,
      following_count: account.following,
      statuses_count: [...this.statuses.values()].filter((status) => status.accountId === account.id && !status.deleted).length,
      last_status_at: null,
      emojis: [],
      fields: [],
    };
  }

  mediaJson(media: FakeMedia): Record<string, unknown> {
    const base = this.baseUrl();
    const ready = media.pendingChecks <= 0;
    return {
      id: media.id,
      type: media.type,
      url: ready ? `${base}/system/media_attachments/files/${media.id}/original/file` : null,
      preview_url: `${base}/system/media_attachments/files/${media.id}/small/file`,
      remote_url: null,
      meta: {},
      description: media.description,
      blurhash: null,
    };
  }

  /** `content` as Mastodon renders it: escaped text, paragraphs, line breaks, linked mentions. */
  contentHtml(text: string): string {
    const base = this.baseUrl();
    const paragraphs = text.split(/\n{2,}/).map((paragraph) =>
      escapeHtml(paragraph)
        .replace(MENTION, (whole, username: string, domain: string | undefined) => {
          if (domain && domain.toLowerCase() !== this.domain) return whole;
          const account = this.accountByUsername(username);
          if (!account) return whole;
          return `<span class="h-card" translate="no"><a href="${base}/@${account.username}" class="u-url mention">@<span>${account.username}</span></a></span>`;
        })
        .replace(/\n/g, '<br />'),
    );
    return paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('');
  }

  statusJson(status: FakeStatus, withSource = false): Record<string, unknown> {
    const base = this.baseUrl();
    const author = this.accounts.get(status.accountId);
    if (!author) throw new Error(`status ${status.id} has no author`);
    const parent = status.inReplyToId ? this.statuses.get(status.inReplyToId) : undefined;
    const replies = [...this.statuses.values()].filter((candidate) => !candidate.deleted && candidate.inReplyToId === status.id);
    return {
      id: status.id,
      created_at: status.createdAt.toISOString(),
      in_reply_to_id: status.inReplyToId,
      in_reply_to_account_id: parent?.accountId ?? null,
      sensitive: status.spoilerText !== '',
      spoiler_text: status.spoilerText,
      visibility: status.visibility,
      language: 'en',
      uri: `${base}/users/${author.username}/statuses/${status.id}`,
      url: `${base}/@${author.username}/${status.id}`,
      replies_count: replies.length,
      reblogs_count: status.rebloggedBy.size,
      favourites_count: status.favouritedBy.size,
      quotes_count: 0,
      edited_at: null,
      content: this.contentHtml(status.text),
      reblog: null,
      application: { name: 'Web', website: null },
      account: this.accountJson(author),
      media_attachments: status.mediaIds.flatMap((id) => {
        const media = this.media.get(id);
        return media ? [this.mediaJson(media)] : [];
      }),
      mentions: status.mentionIds.flatMap((id) => {
        const account = this.accounts.get(id);
        return account ? [{ id: account.id, username: account.username, url: `${base}/@${account.username}`, acct: account.username }] : [];
      }),
      tags: [],
      emojis: [],
      card: null,
      poll: status.poll
        ? {
            id: status.id,
            expires_at: status.poll.expiresAt.toISOString(),
            expired: status.poll.expiresAt.getTime() < Date.now(),
            multiple: status.poll.multiple,
            votes_count: 0,
            voters_count: 0,
            options: status.poll.options.map((title) => ({ title, votes_count: 0 })),
            emojis: [],
          }
        : null,
      ...(withSource ? { text: status.text } : {}),
    };
  }

  notificationJson(notification: FakeNotification): Record<string, unknown> {
    const from = this.accounts.get(notification.fromAccountId);
    const status = this.liveStatus(notification.statusId);
    return {
      id: notification.id,
      type: notification.type,
      group_key: `ungrouped-${notification.id}`,
      created_at: notification.createdAt.toISOString(),
      account: from ? this.accountJson(from) : null,
      status: status ? this.statusJson(status) : null,
    };
  }
}
