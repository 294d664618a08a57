import { api } from '../api/apiClient.js';
import { useApiData, type ApiData } from '../api/useApiData.js';
import type { Account, Network, PublishingSettings } from './types.js';

export interface PublishingChoices {
  accounts: Account[];
  networks: Network[];
  /** Undefined when it could not be read; the composer then assumes approval is required. */
  settings: PublishingSettings | undefined;
}

async function loadChoices(workspaceId: string): Promise<PublishingChoices> {
  const params = { workspaceId };
  const [connections, networks, settings] = await Promise.all([
    api.call('listConnections', { params }),
    api.call('listNetworks'),
    // The settings only decide which buttons show; the server enforces the workflow either way.
    api.call('getPublishingSettings', { params }).catch(() => undefined),
  ]);
  return { accounts: connections.items, networks: networks.items, settings };
}

/** The accounts a post can go to, their networks' limits, and the workspace's publishing settings. */
export function usePublishingChoices(workspaceId: string): { data: ApiData<PublishingChoices>; reload: () => void } {
  return useApiData(`publishing-choices:${workspaceId}`, () => loadChoices(workspaceId));
}
