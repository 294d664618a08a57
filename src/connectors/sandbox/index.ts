/** The built-in simulated network; see manifest.ts for what it is and simulation.ts for its levers. */
import { defineConnector } from '../contract.js';
import { createSandboxConnector } from './connector.js';
import { manifest } from './manifest.js';

export default defineConnector({ manifest, create: createSandboxConnector });
