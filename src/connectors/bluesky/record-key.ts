/**
 * Record keys derived from an idempotency key. A post's record key is chosen by the client
 * (com.atproto.repo.createRecord takes `rkey`), and a repository holds at most one record per key,
 * so publishing the same request twice can never make two posts, and the post can be found again
 * by reading that key. Posts use the TID format (https://atproto.com/specs/tid): 13 characters of
 * base32-sortable, encoding 53 bits of microseconds since 1970 and a 10-bit clock id.
 */
import { createHash } from 'node:crypto';

const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';
/**
 * The timestamps are spread over a span in the past (2023-01-01 plus up to 2^46 µs, about two
 * years), so that derived keys look like ordinary TIDs and never claim a time in the future.
 */
const EPOCH_MICROS = BigInt(Date.UTC(2023, 0, 1)) * 1000n;
const SPAN_BITS = 46n;
const CLOCK_ID_BITS = 10n;

function encodeTid(value: bigint): string {
  let text = '';
  let rest = value;
  for (let index = 0; index < 13; index += 1) {
    text = BASE32_SORTABLE.charAt(Number(rest & 31n)) + text;
    rest >>= 5n;
  }
  return text;
}

/** The record key of part `part` (0 for the post itself) published under `idempotencyKey`. */
export function recordKeyFor(idempotencyKey: string, part = 0): string {
  const digest = createHash('sha256').update(`chorus/bluesky/${part}/${idempotencyKey}`).digest();
  const random = digest.readBigUInt64BE(0);
  const micros = EPOCH_MICROS + (random & ((1n << SPAN_BITS) - 1n));
  const clockId = (random >> SPAN_BITS) & ((1n << CLOCK_ID_BITS) - 1n);
  return encodeTid((micros << CLOCK_ID_BITS) | clockId);
}

/** The TID syntax from the specification, for checks. */
export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
