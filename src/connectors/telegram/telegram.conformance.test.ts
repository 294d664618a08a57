import { describeConformance } from '../conformance/suite.js';
import { startTelegramPeer } from './testing/peer.js';

describeConformance('telegram', startTelegramPeer);
