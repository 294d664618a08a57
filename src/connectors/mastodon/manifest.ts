import type { ConnectorManifest } from '../contract.js';
import { DEFAULT_LIMITS } from './limits.js';

const RATE_LIMITS = 'https://docs.joinmastodon.org/api/rate-limits/';

export const manifest: ConnectorManifest = {
  id: 'mastodon',
  name: 'Mastodon',
  connect: {
    kind: 'oauth2',
    fields: [
      {
        name: 'instanceUrl',
        label: { en: 'Server address', id: 'Alamat server', ru: 'Адрес сервера', pl: 'Adres serwera' },
        help: {
          en: 'The Mastodon server the account lives on, such as mastodon.social.',
          id: 'Server Mastodon tempat akun berada, misalnya mastodon.social.',
          ru: 'Сервер Mastodon, на котором находится аккаунт, например mastodon.social.',
          pl: 'Serwer Mastodona, na którym jest konto, np. mastodon.social.',
        },
        secret: false,
        required: true,
        placeholder: 'mastodon.social',
      },
    ],
  },
  limits: DEFAULT_LIMITS,
  rateBudgets: [
    {
      bucket: 'requests',
      scope: 'account',
      limit: 300,
      windowSeconds: 5 * 60,
      // Inbound reads the thread of each reply, and a reply reads the status it answers first.
      cost: { connect: 3, test: 1, publish: 1, delete: 1, metrics: 1, inbound: 3, reply: 2, search: 1 },
      source: RATE_LIMITS,
    },
    // Media uploads are no operation of their own: the ledger learns this bucket from the
    // X-RateLimit-* headers of upload responses.
    { bucket: 'media_uploads', scope: 'account', limit: 30, windowSeconds: 30 * 60, cost: {}, source: RATE_LIMITS },
    { bucket: 'deletes', scope: 'account', limit: 30, windowSeconds: 30 * 60, cost: { delete: 1 }, source: RATE_LIMITS },
  ],
  capabilities: [
    'publish.text',
    'publish.images',
    'publish.video',
    'publish.link',
    'publish.poll',
    'publish.thread',
    'publish.first_comment',
    'publish.content_warning',
    'delete',
    'metrics.account',
    'metrics.post',
    'inbound.comments',
    'inbound.mentions',
    'inbound.direct_messages',
    'reply',
    'search',
  ],
  docs: [
    { title: 'Mastodon API: apps and OAuth', url: 'https://docs.joinmastodon.org/methods/apps/' },
    { title: 'Mastodon API: OAuth', url: 'https://docs.joinmastodon.org/methods/oauth/' },
    { title: 'Mastodon API: statuses', url: 'https://docs.joinmastodon.org/methods/statuses/' },
    { title: 'Mastodon API: media', url: 'https://docs.joinmastodon.org/methods/media/' },
    { title: 'Mastodon API: notifications', url: 'https://docs.joinmastodon.org/methods/notifications/' },
    { title: 'Mastodon API: search', url: 'https://docs.joinmastodon.org/methods/search/' },
    { title: 'Mastodon API: rate limits', url: RATE_LIMITS },
  ],
  setup:
    'Nothing to register in advance: every Mastodon server is its own OAuth provider. When someone connects an account, Chorus registers itself on that server ' +
    '(POST /api/v1/apps, name "Chorus", scopes "read write") with the install\'s public callback URL as redirect URI, keeps the client id and secret in the ' +
    "connector's store, and sends the person to the server's consent page (with PKCE, S256, which servers from 4.3 check). Full-text search of " +
    'posts works only where the server runs Elasticsearch/OpenSearch.',
};
