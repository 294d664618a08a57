import { describeConformance } from '../conformance/suite.js';
import { startMastodonPeer } from './testing/peer.js';

describeConformance('mastodon', startMastodonPeer);
