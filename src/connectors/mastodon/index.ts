import { defineConnector } from '../contract.js';
import { createMastodonConnector } from './connector.js';
import { manifest } from './manifest.js';

export default defineConnector({ manifest, create: (environment) => createMastodonConnector(environment) });
