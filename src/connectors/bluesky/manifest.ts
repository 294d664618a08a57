/** What Bluesky is to Chorus: how to connect, what a post may hold, and the documented limits. */
import type { ConnectorManifest } from '../contract.js';

export const BLUESKY_SERVICE = 'https://bsky.social';
const RATE_LIMITS_PAGE = 'https://docs.bsky.app/docs/advanced-guides/rate-limits';

export const manifest: ConnectorManifest = {
  id: 'bluesky',
  name: 'Bluesky',
  connect: {
    kind: 'credentials',
    fields: [
      {
        name: 'service',
        label: { en: 'Hosting provider (PDS) address', id: 'Alamat penyedia hosting (PDS)', ru: 'Адрес хостинг-провайдера (PDS)', pl: 'Adres dostawcy hostingu (PDS)' },
        help: {
          en: 'Leave as it is unless your account lives on another server than bsky.social.',
          id: 'Biarkan apa adanya kecuali akun Anda berada di server selain bsky.social.',
          ru: 'Оставьте как есть, если ваш аккаунт не размещён на другом сервере, а не на bsky.social.',
          pl: 'Zostaw bez zmian, chyba że Twoje konto jest na innym serwerze niż bsky.social.',
        },
        secret: false,
        required: true,
        defaultValue: BLUESKY_SERVICE,
        placeholder: BLUESKY_SERVICE,
      },
      {
        name: 'identifier',
        label: { en: 'Handle or e-mail', id: 'Handle atau e-mail', ru: 'Имя пользователя или e-mail', pl: 'Nazwa użytkownika lub e-mail' },
        secret: false,
        required: true,
        placeholder: 'name.bsky.social',
      },
      {
        name: 'appPassword',
        label: { en: 'App password', id: 'Kata sandi aplikasi', ru: 'Пароль приложения', pl: 'Hasło aplikacji' },
        help: {
          en: 'Create one in Bluesky under Settings → Privacy and security → App passwords. Never use your main password.',
          id: 'Buat di Bluesky pada Pengaturan → Privasi dan keamanan → Kata sandi aplikasi. Jangan gunakan kata sandi utama Anda.',
          ru: 'Создайте его в Bluesky: Настройки → Конфиденциальность и безопасность → Пароли приложений. Не используйте основной пароль.',
          pl: 'Utwórz je w Bluesky: Ustawienia → Prywatność i bezpieczeństwo → Hasła aplikacji. Nigdy nie używaj głównego hasła.',
        },
        secret: true,
        required: true,
        placeholder: 'xxxx-xxxx-xxxx-xxxx',
      },
    ],
  },
  limits: {
    // app.bsky.feed.post: text maxGraphemes 300 (https://docs.bsky.app/docs/advanced-guides/posts).
    text: { maxLength: 300, counting: 'graphemes' },
    media: {
      // app.bsky.embed.images: at most 4 images; each blob "may be up to 2 MB, formerly limited to 1 MB".
      maxItems: 4,
      imageTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
      videoTypes: [],
      maxImageBytes: 2_000_000,
      maxVideoBytes: 0,
      mixed: false,
      // The lexicon sets no maximum; the official app stops at 2,000 characters.
      altTextMaxLength: 2_000,
    },
    poll: null,
    // Bluesky sets no length for a thread; each part is an ordinary post answering the one before.
    thread: { maxParts: 25 },
  },
  rateBudgets: [
    { bucket: 'record-points-hour', scope: 'account', limit: 5_000, windowSeconds: 3_600, cost: { publish: 3, reply: 3, delete: 1 }, source: RATE_LIMITS_PAGE },
    { bucket: 'record-points-day', scope: 'account', limit: 35_000, windowSeconds: 86_400, cost: { publish: 3, reply: 3, delete: 1 }, source: RATE_LIMITS_PAGE },
    // createSession is limited per handle: 30 per 5 minutes and 300 per day.
    { bucket: 'create-session-5min', scope: 'account', limit: 30, windowSeconds: 300, cost: { connect: 1 }, source: RATE_LIMITS_PAGE },
    { bucket: 'create-session-day', scope: 'account', limit: 300, windowSeconds: 86_400, cost: { connect: 1 }, source: RATE_LIMITS_PAGE },
    // Every request from one IP address, which is one Chorus install.
    {
      bucket: 'requests-per-ip',
      scope: 'app',
      limit: 3_000,
      windowSeconds: 300,
      cost: { connect: 2, test: 2, refresh: 1, publish: 2, delete: 1, metrics: 1, inbound: 1, reply: 2, search: 1 },
      source: RATE_LIMITS_PAGE,
    },
  ],
  capabilities: ['publish.text', 'publish.images', 'publish.link', 'publish.thread', 'delete', 'metrics.account', 'metrics.post', 'inbound.comments', 'inbound.mentions', 'reply', 'search'],
  docs: [
    { title: 'Bluesky HTTP API reference', url: 'https://docs.bsky.app/docs/category/http-reference' },
    { title: 'Creating a post (facets, images, replies)', url: 'https://docs.bsky.app/docs/advanced-guides/posts' },
    { title: 'Rate limits', url: RATE_LIMITS_PAGE },
    { title: 'App passwords', url: 'https://bsky.app/settings/app-passwords' },
  ],
  setup:
    'Nothing to register: Bluesky needs no app or API key. Each person connects an account with its handle (or e-mail) and an app password ' +
    'created in the Bluesky app under Settings → Privacy and security → App passwords. Accounts hosted elsewhere than bsky.social enter ' +
    'their own PDS address.',
};
