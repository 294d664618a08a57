import { describe, expect, it } from 'vitest';
import { savedReplyFor } from './savedReplyText.js';

const conversation = { accountHandle: 'coffee_corner', contact: { externalId: 'x', handle: 'budi_kecewa', name: 'Budi Santoso', followers: 25_000 } };

describe('a saved reply filled from the open conversation', () => {
  it('uses the contact, the signed-in person and the account', () => {
    expect(savedReplyFor('Maaf, {name}! ({handle}) — {agent}, {account}', conversation, 'Dana Owner')).toBe('Maaf, Budi Santoso! (@budi_kecewa) — Dana Owner, @coffee_corner');
  });

  it('greets by handle when the person has no display name, and keeps unknown braces', () => {
    expect(savedReplyFor('Hi {name}, {order}', { ...conversation, contact: { ...conversation.contact, name: null } }, 'Dana')).toBe('Hi budi_kecewa, {order}');
  });
});
