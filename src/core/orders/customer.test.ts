import { describe, expect, test } from 'vitest';
import { customerIdProblem } from './customer.js';

describe('customer ids are hashed only', () => {
  test('a SHA-256 hex digest and opaque ids pass', () => {
    expect(customerIdProblem('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBeNull();
    expect(customerIdProblem('cust_8842a91')).toBeNull();
  });
  test('raw e-mail addresses and phone numbers are refused', () => {
    expect(customerIdProblem('anna@example.com')).toBe('looks_like_email');
    expect(customerIdProblem('+48 601 234 567')).toBe('looks_like_phone');
    expect(customerIdProblem('(030) 1234-5678')).toBe('looks_like_phone');
    expect(customerIdProblem('short')).toBe('bad_format');
  });
});
