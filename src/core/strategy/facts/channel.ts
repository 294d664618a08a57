import { UNKNOWN, type ChannelFacts, type ChannelId, type ChannelKind } from './types.js';

type KnownParts = Partial<Omit<ChannelFacts, 'channel' | 'kind'>>;

/** A channel whose facts are unknown unless given: a missing entry can never pass for a known one. */
export function channel(id: ChannelId, kind: ChannelKind, parts: KnownParts): ChannelFacts {
  return {
    channel: id,
    kind,
    ageSkew: UNKNOWN,
    b2bPlatform: UNKNOWN,
    activeUsersMostlySell: UNKNOWN,
    localTargeting: UNKNOWN,
    minAdAudience: UNKNOWN,
    commerce: UNKNOWN,
    formats: UNKNOWN,
    publishingApi: UNKNOWN,
    capturesExistingDemand: UNKNOWN,
    ...parts,
  };
}
