/**
 * Seeded randomness for the simulation. Every number the sandbox derives comes from a hash of
 * the account's seed and the name of what is being decided (a post id, a day, a comment index),
 * so the same seed and the same clock always give the same network.
 */

/** FNV-1a over the parts, joined so that ("ab", "c") and ("a", "bc") differ. */
export function hashOf(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: a tiny 32-bit generator, plenty for a simulation and identical on every platform. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one named decision. */
export function randomFor(...parts: readonly (string | number)[]): () => number {
  return generator(hashOf(...parts));
}

/** A number in [min, max) from a uniform draw in [0, 1). */
export function between(draw: number, min: number, max: number): number {
  return min + draw * (max - min);
}

export function pick<T>(draw: number, items: readonly [T, ...T[]]): T {
  return items[Math.min(items.length - 1, Math.floor(draw * items.length))] ?? items[0];
}
