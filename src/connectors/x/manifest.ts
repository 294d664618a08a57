/**
 * What X allows and what this connector does with it.
 * Limits: https://docs.x.com/fundamentals/counting-characters ; https://docs.x.com/x-api/media/quickstart/best-practices
 * (up to 4 images, 5 MB each) ; polls and replies: https://docs.x.com/x-api/posts/manage-tweets/introduction
 */
import type { ConnectorManifest, RateBudget } from '../contract.js';
import { STANDARD_MAX_LENGTH } from './text.js';

const RATE_LIMITS = 'https://docs.x.com/x-api/fundamentals/rate-limits';
const FIFTEEN_MINUTES = 15 * 60;
const DAY = 24 * 60 * 60;

// Per-user figures apply to OAuth 2.0 user tokens, which is all Chorus uses; the per-app figures
// of that table apply to app-only Bearer tokens, except the daily Post cap, which X counts across
// every user of the app.
const rateBudgets: RateBudget[] = [
  { bucket: 'POST /2/tweets', scope: 'account', limit: 100, windowSeconds: FIFTEEN_MINUTES, cost: { publish: 1, reply: 1 }, source: RATE_LIMITS },
  { bucket: 'POST /2/tweets (app, 24 h)', scope: 'app', limit: 10_000, windowSeconds: DAY, cost: { publish: 1, reply: 1 }, source: RATE_LIMITS },
  // Up to four images per part, each one upload and one alt-text call.
  { bucket: 'POST /2/media/upload', scope: 'account', limit: 500, windowSeconds: FIFTEEN_MINUTES, cost: { publish: 4 }, source: RATE_LIMITS },
  { bucket: 'POST /2/media/metadata', scope: 'account', limit: 500, windowSeconds: FIFTEEN_MINUTES, cost: { publish: 4 }, source: RATE_LIMITS },
  { bucket: 'DELETE /2/tweets/:id', scope: 'account', limit: 50, windowSeconds: FIFTEEN_MINUTES, cost: { delete: 1 }, source: RATE_LIMITS },
  { bucket: 'GET /2/users/me', scope: 'account', limit: 75, windowSeconds: FIFTEEN_MINUTES, cost: { connect: 1, test: 1, metrics: 1 }, source: RATE_LIMITS },
  { bucket: 'GET /2/tweets', scope: 'account', limit: 5_000, windowSeconds: FIFTEEN_MINUTES, cost: { metrics: 2, inbound: 1 }, source: RATE_LIMITS },
  { bucket: 'GET /2/users/:id/mentions', scope: 'account', limit: 300, windowSeconds: FIFTEEN_MINUTES, cost: { inbound: 1 }, source: RATE_LIMITS },
  { bucket: 'GET /2/tweets/search/recent', scope: 'account', limit: 300, windowSeconds: FIFTEEN_MINUTES, cost: { search: 1 }, source: RATE_LIMITS },
];

export const manifest: ConnectorManifest = {
  id: 'x',
  name: 'X',
  // Nothing to type in: the person signs in on x.com and approves the app.
  connect: { kind: 'oauth2', fields: [] },
  limits: {
    text: { maxLength: STANDARD_MAX_LENGTH, counting: 'weighted' },
    media: {
      maxItems: 4,
      imageTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
      // Video needs X's chunked upload, which this connector does not implement yet.
      videoTypes: [],
      maxImageBytes: 5 * 1024 * 1024,
      maxVideoBytes: 0,
      mixed: false,
      altTextMaxLength: 1000,
    },
    poll: { minOptions: 2, maxOptions: 4, maxOptionLength: 25, minDurationMinutes: 5, maxDurationMinutes: 10_080 },
    // X documents no thread limit; 25 is what X's own composer allows in one go.
    thread: { maxParts: 25 },
  },
  rateBudgets,
  capabilities: [
    'publish.text',
    'publish.images',
    'publish.link',
    'publish.poll',
    'publish.thread',
    'publish.first_comment',
    'delete',
    'metrics.account',
    'metrics.post',
    'inbound.comments',
    'inbound.mentions',
    'reply',
    'search',
  ],
  docs: [
    { title: 'X API v2: manage Posts', url: 'https://docs.x.com/x-api/posts/manage-tweets/introduction' },
    { title: 'OAuth 2.0 Authorization Code with PKCE', url: 'https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code' },
    { title: 'Media upload', url: 'https://docs.x.com/x-api/media/media-upload' },
    { title: 'Counting characters', url: 'https://docs.x.com/fundamentals/counting-characters' },
    { title: 'Metrics', url: 'https://docs.x.com/x-api/fundamentals/metrics' },
    { title: 'Rate limits', url: RATE_LIMITS },
    { title: 'Response codes and errors', url: 'https://docs.x.com/x-api/fundamentals/response-codes-and-errors' },
  ],
  setup: [
    'Register an app in the X developer portal (https://console.x.com), inside a Project with API access that includes posting.',
    'Under "User authentication settings" enable OAuth 2.0, choose the type "Web App, Automated App or Bot" (a confidential client; a native/public client works too, without a secret),',
    'give it Read and write permissions, and set the callback URL to <public URL>/api/oauth/callback (CHORUS_PUBLIC_URL followed by /api/oauth/callback).',
    'Chorus asks for the scopes tweet.read tweet.write users.read offline.access media.write.',
    'Put the OAuth 2.0 client id and secret in CHORUS_OAUTH_CLIENTS, e.g. {"x":{"clientId":"…","clientSecret":"…"}} (clientSecret null for a public client).',
  ].join(' '),
};
