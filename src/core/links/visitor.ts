/**
 * Unique visitors without keeping who they are. A click's address and browser are digested at once
 * (`visitorKey`, held in memory until the next flush, about a second); the stored hash is that
 * digest keyed with the day's secret salt (`visitorHash`). The salt lives in the database only
 * while the day can still get clicks, then is deleted: from then on nobody, Chorus included, can
 * tell whose hash it was or link it to another day's.
 */
import { createHash, createHmac } from 'node:crypto';

/** Digest of one visitor of one link (never stored). */
export function visitorKey(linkId: string, address: string, userAgent: string): string {
  return createHash('sha256').update(`${linkId}\n${address}\n${userAgent}`).digest('base64');
}

/** The stored form: the key under the day's salt, 128 bits in hex. */
export function visitorHash(salt: string, key: string): string {
  return createHmac('sha256', salt).update(key).digest('hex').slice(0, 32);
}
