/**
 * The versioned table of platform facts the advisor reads. Bump the version whenever a fact
 * changes: a stored piece of advice names the version it was computed from, so an old ranking can
 * be explained with the facts it actually used.
 */
import { COUNTRY_FACTS } from './facts/countries.js';
import { PRINCIPLES } from './facts/principles.js';
import { SEARCH_CHANNEL_FACTS } from './facts/search-channels.js';
import { SOCIAL_CHANNEL_FACTS } from './facts/social-channels.js';
import type { PlatformFacts } from './facts/types.js';

export const PLATFORM_FACTS_VERSION = '2026-11-23';

export const PLATFORM_FACTS: PlatformFacts = {
  version: PLATFORM_FACTS_VERSION,
  channels: [...SOCIAL_CHANNEL_FACTS, ...SEARCH_CHANNEL_FACTS],
  countries: COUNTRY_FACTS,
  principles: PRINCIPLES,
};

export * from './facts/types.js';
