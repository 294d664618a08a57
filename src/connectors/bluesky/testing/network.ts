/**
 * A real local Bluesky for tests: PLC directory, PDS and AppView from @atproto/dev-env, with one
 * account that has an app password, as a person would connect it. The AppView (needed for
 * profiles, post counts, notifications and search) keeps its data in the machine's PostgreSQL,
 * in schemas of its own that are dropped again on close.
 */
import { AtpAgent } from '@atproto/api';
import { TestNetwork } from '@atproto/dev-env';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The AppView's PostgreSQL: the suite's own server when it runs on PostgreSQL, else the local one. */
const POSTGRES_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'chorus-test-password';

export interface LocalAccount {
  did: string;
  handle: string;
  /** Signed in with the account's main password, for acting as the account outside Chorus. */
  agent: AtpAgent;
}

export interface LocalBluesky {
  /** The PDS address to enter as the hosting provider. */
  serviceUrl: string;
  identifier: string;
  appPassword: string;
  account: LocalAccount;
  network: TestNetwork;
  /** Another account on the same network, signed in. */
  createAccount(name: string): Promise<LocalAccount>;
  /** Waits until the AppView has indexed every write so far. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Only letters and underscores are allowed in dev-env's schema names. */
function schemaName(): string {
  const letters = [...randomBytes(10)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
  return `chorus_bsky_${letters}`;
}

async function dropSchemas(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    // A connection of a part left behind by closeNetwork may still hold a lock on the schema.
    await client.query(`SET lock_timeout = '5s'`);
    for (const prefix of ['appview', 'ozone']) await client.query(`DROP SCHEMA IF EXISTS ${prefix}_${schema} CASCADE`);
  } catch (error) {
    process.stderr.write(`local Bluesky: schemas ${schema} left in place: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await client.end();
  }
}

/**
 * Starts the network (about three seconds) with the account `chorus.test` and one app password.
 * `rateLimits` turns on the PDS's own rate limiter, which sends the `ratelimit-*` headers.
 */
export async function startLocalBluesky(options: { rateLimits?: boolean } = {}): Promise<LocalBluesky> {
  // dev-env insists on a Redis address although this AppView version no longer uses it.
  process.env.REDIS_HOST ??= '127.0.0.1:6379';
  const schema = schemaName();
  const network = await TestNetwork.create({
    dbPostgresUrl: POSTGRES_URL,
    dbPostgresSchema: schema,
    ...(options.rateLimits ? { pds: { rateLimitsEnabled: true } } : {}),
  });
  const serviceUrl = network.pds.url;

  const createAccount = async (name: string): Promise<LocalAccount> => {
    const agent = new AtpAgent({ service: serviceUrl });
    const handle = `${name}.test`;
    await agent.createAccount({ handle, email: `${name}@chorus.test`, password: PASSWORD });
    const did = agent.session?.did;
    if (!did) throw new Error(`no session for ${handle}`);
    return { did, handle, agent };
  };

  try {
    const account = await createAccount('chorus');
    await account.agent.upsertProfile((existing) => ({ ...existing, displayName: 'Chorus Test' }));
    const { data } = await account.agent.com.atproto.server.createAppPassword({ name: 'Chorus' });
    await network.processAll();
    return {
      serviceUrl,
      identifier: account.handle,
      appPassword: data.password,
      account,
      network,
      createAccount,
      settle: () => network.processAll(),
      close: () => closeNetwork(network, schema),
    };
  } catch (error) {
    await closeNetwork(network, schema);
    throw error;
  }
}

/** How long the whole network may take to shut down, well inside a test hook's 60 s. */
const CLOSE_BUDGET_MS = 30_000;

/**
 * Closes the network part by part, in the order dev-env's own close uses, within one time budget.
 * On a loaded CI machine one part once never finished shutting down, which left a test's
 * `afterAll` hanging after every assertion had passed. A part that overruns is named on stderr and
 * left behind with the parts after it; the test process ends soon after anyway.
 */
async function closeNetwork(network: TestNetwork, schema: string): Promise<void> {
  const parts: [string, () => Promise<unknown>][] = [
    ['feed generators', () => Promise.all(network.feedGens.map((feedGen) => feedGen.close()))],
    ['ozone', () => network.ozone.close()],
    ['appview server', () => network.bsky.server.destroy()],
    ['appview bsync', () => network.bsky.bsync.destroy()],
    ['appview dataplane', () => network.bsky.dataplane.destroy()],
    ['appview subscription', () => network.bsky.sub.destroy()],
    ['appview database', () => network.bsky.db.close()],
    ['pds', () => network.pds.close()],
    ['plc', () => network.plc.close()],
  ];
  const deadline = Date.now() + CLOSE_BUDGET_MS;
  for (const [name, close] of parts) {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const overran = await Promise.race([
      close().then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), Math.max(0, deadline - started)))),
    ]).finally(() => clearTimeout(timer));
    if (overran) {
      process.stderr.write(`local Bluesky: ${name} did not close within the ${CLOSE_BUDGET_MS} ms budget; it and the parts after it are left behind\n`);
      break;
    }
    if (Date.now() - started > 2_000) process.stderr.write(`local Bluesky: ${name} took ${Date.now() - started} ms to close\n`);
  }
  await dropSchemas(schema);
}
