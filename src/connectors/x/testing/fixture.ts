/** A connector wired to a fresh fake X API, for focused tests. */
import type { AccountSession, Connector, ConnectorCall, ConnectorEnvironment, RateObservation } from '../../contract.js';
import { testEnvironment } from '../../conformance/environment.js';
import { createXConnector } from '../connector.js';
import { FakeXApi, type FakeXOptions } from './fake-x-api.js';
import type { FakeUser } from './fake-x-state.js';
import { CLIENT, connectThroughOAuth } from './peer.js';

export interface XFixture {
  fake: FakeXApi;
  environment: ConnectorEnvironment;
  connector: Connector;
  owner: FakeUser;
  session: AccountSession;
  observed: RateObservation[];
  call: () => ConnectorCall;
  close: () => Promise<void>;
}

export async function startXFixture(options: Partial<FakeXOptions> & { client?: FakeXOptions['clients'][number]; fetch?: typeof fetch } = {}): Promise<XFixture> {
  const client = options.client ?? CLIENT;
  const fake = new FakeXApi({ clients: [client], ...options });
  const url = await fake.start();
  const owner = fake.state.addUser('chorus_brand', { followers: 7 });
  fake.oauth.approvingUserId = owner.id;
  const base = testEnvironment({ endpoints: { api: url, authorize: `${url}/i/oauth2/authorize` }, oauthClient: client, ...(options.now ? { clock: { now: options.now } } : {}) });
  const environment: ConnectorEnvironment = options.fetch ? { ...base, fetch: options.fetch } : base;
  const connector = createXConnector(environment);
  const session = await connectThroughOAuth(connector);
  const observed: RateObservation[] = [];
  return {
    fake,
    environment,
    connector,
    owner,
    session,
    observed,
    call: () => ({ session, observeRateLimit: (observation) => observed.push(observation) }),
    close: () => fake.close(),
  };
}
