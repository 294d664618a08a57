import { describeConformance } from '../conformance/suite.js';
import { startXPeer } from './testing/peer.js';

describeConformance('x', startXPeer);
