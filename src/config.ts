/**
 * The one place that reads `process.env`. Every setting is validated with zod at start; a wrong
 * value stops the program with one line naming the setting (see `ConfigError`).
 */
import path from 'node:path';
import { z } from 'zod';

export const ROLES = ['api', 'worker', 'scheduler'] as const;
export type Role = (typeof ROLES)[number];

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Environment variable → description, used by `--help` and the README's configuration table. */
export const SETTINGS = {
  CHORUS_PORT: 'TCP port of the HTTP API and web UI (default 8080; 0 picks a free port)',
  CHORUS_HOST: 'address to listen on (default 127.0.0.1; 0.0.0.0 to accept other machines)',
  CHORUS_DATA_DIR: 'folder for the embedded database, the key file and media (default ./data)',
  DATABASE_URL: 'postgres:// URL of a PostgreSQL server; unset means the embedded database',
  CHORUS_SECRET_KEY: 'base64 of 32 random bytes encrypting secrets at rest; unset means a key file in the data folder',
  CHORUS_PREVIOUS_SECRET_KEYS: 'comma-separated earlier keys, kept only while `chorus keys rotate` re-seals secrets',
  CHORUS_OAUTH_CLIENTS: 'JSON: the OAuth app registered per network, {"x":{"clientId":"…","clientSecret":"…"}}',
  CHORUS_NETWORK_ENDPOINTS: 'JSON: API base URLs replacing a network\'s own, {"x.api":"https://…"} (tests, proxies)',
  CHORUS_LOG_LEVEL: `one of ${logLevels.join(', ')} (default info)`,
  CHORUS_PUBLIC_URL: 'the URL people and networks reach Chorus at (default http://localhost:<port>)',
  CHORUS_ROLES: 'comma-separated roles of this process: api, worker, scheduler (default all three)',
  CHORUS_INBOX_POLL_SECONDS: 'seconds between two polls of one account for new comments, mentions and messages (default 60)',
  CHORUS_PUBLISH_CLAIM_SECONDS: 'seconds one publish attempt may hold its post before another worker takes it over after a crash (10 to 3600, default 300)',
  CHORUS_MEDIA_DIR: 'Folder for the media library\'s files (default <data dir>/media; a shared volume when several machines run Chorus)',
  CHORUS_WEBHOOKS_ALLOW_PRIVATE: 'true lets webhooks go to loopback and private-network addresses (default false: refused, against SSRF)',
} as const;
export type SettingName = keyof typeof SETTINGS;

const rolesSchema = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.enum(ROLES)).min(1, 'name at least one role'))
  .transform((roles) => [...new Set(roles)]);

const secretKeySchema = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be base64 of exactly 32 bytes');

/** A JSON object in one environment variable, checked by `schema`. */
const jsonSetting = <S extends z.ZodType>(schema: S) =>
  z
    .string()
    .transform((value, context) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'is not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

const oauthClientsSchema = z.record(
  z.string().regex(/^[a-z0-9_-]+$/, 'network ids are lower-case'),
  z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1).nullable().default(null) }).strict(),
);

const envSchema = z.object({
  CHORUS_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  CHORUS_HOST: z.string().min(1).default('127.0.0.1'),
  CHORUS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  CHORUS_SECRET_KEY: secretKeySchema.optional(),
  CHORUS_PREVIOUS_SECRET_KEYS: z
    .string()
    .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean))
    .pipe(z.array(secretKeySchema))
    .default([]),
  CHORUS_OAUTH_CLIENTS: jsonSetting(oauthClientsSchema).default({}),
  CHORUS_NETWORK_ENDPOINTS: jsonSetting(z.record(z.string(), z.url({ protocol: /^https?$/ }))).default({}),
  CHORUS_LOG_LEVEL: z.enum(logLevels).default('info'),
  CHORUS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  CHORUS_ROLES: rolesSchema.default(['api', 'worker', 'scheduler']),
  CHORUS_INBOX_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  CHORUS_WEBHOOKS_ALLOW_PRIVATE: z.enum(['true', 'false'], 'must be true or false').default('false'),
  CHORUS_MEDIA_DIR: z.string().min(1).optional(),
  CHORUS_PUBLISH_CLAIM_SECONDS: z.coerce.number().int().min(10).max(3_600).default(300),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secretKey: Buffer | undefined;
  /** Keys that only open secrets sealed before a rotation. */
  previousSecretKeys: Buffer[];
  /** OAuth apps by network id. */
  oauthClients: Record<string, { clientId: string; clientSecret: string | null }>;
  /** API base URLs by `<network>.<name>`, replacing the networks' own. */
  networkEndpoints: Record<string, string>;
  logLevel: (typeof logLevels)[number];
  /** The configured public URL; when unset, the runtime uses http://localhost:<listening port>. */
  publicUrl: string | undefined;
  roles: Role[];
  /** Seconds between two inbox polls of one account. */
  inboxPollSeconds: number;
  /** Webhooks may go to loopback and private-network addresses. */
  webhooksAllowPrivate: boolean;
  /** Where the media library keeps its files. */
  mediaDir: string;
  /** Seconds one publish attempt may hold its target (a crashed worker's is taken over after this). */
  publishClaimSeconds: number;
}

/** Thrown for an invalid setting; `message` is the single line shown to the operator. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    reason: string,
  ) {
    super(`Invalid setting ${setting}: ${reason}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration. `overrides` come from command-line flags. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Record<SettingName, string>> = {},
): Config {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const value = overrides[name] ?? env[name];
    raw[name] = value === '' ? undefined : value;
  }
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? 'configuration'), issue?.message ?? 'invalid');
  }
  const settings = parsed.data;
  return {
    port: settings.CHORUS_PORT,
    host: settings.CHORUS_HOST,
    dataDir: path.resolve(settings.CHORUS_DATA_DIR),
    databaseUrl: settings.DATABASE_URL,
    secretKey: settings.CHORUS_SECRET_KEY ? Buffer.from(settings.CHORUS_SECRET_KEY, 'base64') : undefined,
    previousSecretKeys: settings.CHORUS_PREVIOUS_SECRET_KEYS.map((key) => Buffer.from(key, 'base64')),
    oauthClients: settings.CHORUS_OAUTH_CLIENTS,
    networkEndpoints: settings.CHORUS_NETWORK_ENDPOINTS,
    logLevel: settings.CHORUS_LOG_LEVEL,
    publicUrl: settings.CHORUS_PUBLIC_URL?.replace(/\/+$/, ''),
    roles: settings.CHORUS_ROLES,
    inboxPollSeconds: settings.CHORUS_INBOX_POLL_SECONDS,
    webhooksAllowPrivate: settings.CHORUS_WEBHOOKS_ALLOW_PRIVATE === 'true',
    mediaDir: path.resolve(settings.CHORUS_MEDIA_DIR ?? path.join(settings.CHORUS_DATA_DIR, 'media')),
    publishClaimSeconds: settings.CHORUS_PUBLISH_CLAIM_SECONDS,
  };
}
