import { describeConformance } from '../conformance/suite.js';
import { startBlueskyPeer } from './testing/peer.js';

// A real local PDS and AppView (@atproto/dev-env) behind the fault proxy.
describeConformance('bluesky', () => startBlueskyPeer());
