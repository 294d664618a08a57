/** Connected accounts and networks as the API contract shapes them. */
import type { EndpointOutput } from '../../client/client.js';

export type Network = EndpointOutput<'listNetworks'>['items'][number];
export type NetworkField = Network['connect']['fields'][number];
export type ConnectedAccount = EndpointOutput<'listConnections'>['items'][number];
export type AccountStatus = ConnectedAccount['status'];
export type FailureKind = NonNullable<ConnectedAccount['lastError']>['kind'];
export type Capability = Network['capabilities'][number];

/** What the connect form starts with: a network chosen, and the account it renews, if any. */
export interface ConnectIntent {
  networkId: string;
  reconnect?: { accountId: string; handle: string };
}
