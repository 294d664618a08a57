/** Bluesky (AT Protocol), connected with an app password. */
import { defineConnector } from '../contract.js';
import { createBlueskyConnector } from './connector.js';
import { manifest } from './manifest.js';

export default defineConnector({ manifest, create: createBlueskyConnector });
