/** X (API v2): OAuth 2.0 with PKCE, Posts with images, polls and threads, metrics, mentions and search. */
import { defineConnector } from '../contract.js';
import { createXConnector } from './connector.js';
import { manifest } from './manifest.js';

export default defineConnector({ manifest, create: createXConnector });
