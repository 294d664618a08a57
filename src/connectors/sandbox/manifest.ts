/**
 * The sandbox: a simulated network built into Chorus, for the demo, benchmarks and tests. Its
 * limits and request budget are its own (no network documents them); they are described on the
 * project's connector page, which the budget cites as its source.
 */
import type { ConnectField, ConnectorManifest, RateBudget } from '../contract.js';
import { SANDBOX_LIMITS } from './limits.js';

/** The project's own page: its section on the sandbox (a path in this repository). */
const DOCS_URL = 'docs/connectors.md#the-sandbox';

/** 300 requests per 5 minutes per account, every operation costing one request. */
export const REQUEST_BUDGET = {
  bucket: 'sandbox-requests',
  scope: 'account',
  limit: 300,
  windowSeconds: 300,
  cost: { connect: 1, test: 1, publish: 1, delete: 1, metrics: 1, inbound: 1, reply: 1, search: 1 },
  source: DOCS_URL,
} as const satisfies RateBudget;

export const DEFAULT_FOLLOWERS = 1200;

const fields: readonly ConnectField[] = [
  {
    name: 'handle',
    label: { en: 'Account name', id: 'Nama akun', ru: 'Имя аккаунта', pl: 'Nazwa konta' },
    help: {
      en: 'Letters, digits, dots and underscores; up to 30.',
      id: 'Huruf, angka, titik dan garis bawah; maksimal 30.',
      ru: 'Буквы, цифры, точки и подчёркивания; до 30 знаков.',
      pl: 'Litery, cyfry, kropki i podkreślenia; do 30 znaków.',
    },
    secret: false,
    required: true,
    placeholder: 'coffee_corner',
  },
  {
    name: 'followers',
    label: { en: 'Followers at start', id: 'Pengikut di awal', ru: 'Подписчиков в начале', pl: 'Obserwujący na start' },
    secret: false,
    required: false,
    defaultValue: String(DEFAULT_FOLLOWERS),
  },
  {
    name: 'seed',
    label: { en: 'Seed', id: 'Benih acak', ru: 'Зерно генератора', pl: 'Ziarno losowania' },
    help: {
      en: 'The same seed gives the same simulated audience. Empty: derived from the account name.',
      id: 'Benih yang sama menghasilkan audiens simulasi yang sama. Kosong: diambil dari nama akun.',
      ru: 'Одно и то же зерно даёт одну и ту же аудиторию. Пусто: берётся из имени аккаунта.',
      pl: 'To samo ziarno daje tę samą symulowaną publiczność. Puste: z nazwy konta.',
    },
    secret: false,
    required: false,
  },
  {
    name: 'languages',
    label: { en: 'Audience languages', id: 'Bahasa audiens', ru: 'Языки аудитории', pl: 'Języki odbiorców' },
    help: {
      en: 'Comma-separated: en, id, ru, pl. Empty: all four.',
      id: 'Dipisah koma: en, id, ru, pl. Kosong: keempatnya.',
      ru: 'Через запятую: en, id, ru, pl. Пусто: все четыре.',
      pl: 'Po przecinku: en, id, ru, pl. Puste: wszystkie cztery.',
    },
    secret: false,
    required: false,
    placeholder: 'en,id,ru,pl',
  },
  {
    name: 'latencyMs',
    label: { en: 'Latency (ms)', id: 'Latensi (md)', ru: 'Задержка (мс)', pl: 'Opóźnienie (ms)' },
    secret: false,
    required: false,
    defaultValue: '0',
  },
  {
    name: 'faultRate',
    label: { en: 'Random fault rate (0 to 1)', id: 'Tingkat gangguan acak (0 sampai 1)', ru: 'Доля случайных сбоев (от 0 до 1)', pl: 'Odsetek losowych awarii (0 do 1)' },
    secret: false,
    required: false,
    defaultValue: '0',
  },
  {
    name: 'organic',
    label: { en: 'Simulated audience activity', id: 'Aktivitas audiens simulasi', ru: 'Активность симулированной аудитории', pl: 'Aktywność symulowanej publiczności' },
    help: {
      en: '"on": followers grow, posts gain reach, people comment and write. "off": only what you and tests do happens.',
      id: '"on": pengikut bertambah, postingan menjangkau orang, orang berkomentar dan mengirim pesan. "off": hanya yang Anda dan tes lakukan.',
      ru: '"on": подписчики растут, посты набирают охват, люди комментируют и пишут. "off": происходит только то, что делаете вы и тесты.',
      pl: '"on": przybywa obserwujących, posty zyskują zasięg, ludzie komentują i piszą. "off": dzieje się tylko to, co robisz ty i testy.',
    },
    secret: false,
    required: false,
    defaultValue: 'on',
  },
  {
    name: 'idempotencyKeys',
    label: { en: 'Honour idempotency keys', id: 'Hormati kunci idempotensi', ru: 'Учитывать ключи идемпотентности', pl: 'Honoruj klucze idempotencji' },
    help: {
      en: '"off": sending the same post twice creates two posts, as on networks without such keys; for testing that Chorus never sends twice.',
      id: '"off": mengirim postingan yang sama dua kali membuat dua postingan, seperti di jaringan tanpa kunci ini; untuk menguji bahwa Chorus tidak pernah mengirim dua kali.',
      ru: '"off": повторная отправка того же поста создаёт второй пост, как в сетях без таких ключей; чтобы проверить, что Chorus никогда не отправляет дважды.',
      pl: '"off": dwukrotne wysłanie tego samego posta tworzy dwa posty, jak w sieciach bez takich kluczy; do sprawdzenia, że Chorus nigdy nie wysyła dwa razy.',
    },
    secret: false,
    required: false,
    defaultValue: 'on',
  },
];

export const manifest: ConnectorManifest = {
  id: 'sandbox',
  name: 'Sandbox',
  connect: { kind: 'credentials', fields },
  limits: SANDBOX_LIMITS,
  rateBudgets: [REQUEST_BUDGET],
  capabilities: [
    'publish.text',
    'publish.images',
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
  docs: [{ title: 'The sandbox network', url: DOCS_URL }],
  setup:
    'Nothing to register: the sandbox is a simulated network inside Chorus. Connect an account with any name; ' +
    'its audience (followers, reach, likes, comments, mentions, messages) is simulated from the seed and the time that passes. ' +
    'Its limits (500 characters counted as graphemes, 4 images, polls of 2 to 4 options, threads of up to 10 posts) and its ' +
    'budget of 300 requests per 5 minutes per account are its own.',
};
