/**
 * Customer ids reach Chorus hashed only (the shop script hashes them in the browser with
 * SHA-256). Anything that still looks like a raw e-mail address or phone number is refused, so
 * that personal data is not stored by mistake.
 */

export const CUSTOMER_HASH_PATTERN = /^[A-Za-z0-9_:.+/=-]{8,128}$/;

/** Why a customer id is refused, or null when it is acceptable. */
export function customerIdProblem(value: string): 'looks_like_email' | 'looks_like_phone' | 'bad_format' | null {
  if (value.includes('@')) return 'looks_like_email';
  // Phone numbers as people write them: digits with spaces, dots, dashes, brackets, a leading +.
  const compact = value.replace(/[\s().-]/g, '');
  if (/^\+?\d{6,15}$/.test(compact)) return 'looks_like_phone';
  if (!CUSTOMER_HASH_PATTERN.test(value)) return 'bad_format';
  return null;
}

/** ISO 4217 alphabetic code: three capital letters. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
