/** Tracked links (A3): finding links, UTM destinations, short codes, bot detection, visitor hashes. */
export * from './bots.js';
export * from './codes.js';
export * from './find.js';
export * from './utm.js';
export * from './visitor.js';
