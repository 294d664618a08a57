/**
 * Input rules shared by every boundary (HTTP contract, CLI, imports), so a value valid in one
 * place is valid in all of them.
 */
import { z } from 'zod';

export const LOCALES = ['en', 'id', 'ru', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export function isIanaTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const emailSchema = z
  .email('not a valid e-mail address')
  .max(254)
  .transform((value) => value.toLowerCase());
// NIST SP 800-63B: at least 8 characters, long passphrases allowed, no composition rules.
export const passwordSchema = z.string().min(8, 'at least 8 characters').max(256, 'at most 256 characters');
export const nameSchema = z.string().trim().min(1, 'must not be empty').max(120, 'at most 120 characters');
export const timezoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimezone, 'not an IANA time zone such as Europe/Warsaw');
