import { describeConformance } from '../conformance/suite.js';
import { startSandboxPeer } from './testing/peer.js';

describeConformance('sandbox', startSandboxPeer);
