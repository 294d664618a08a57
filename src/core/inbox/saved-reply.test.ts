import { describe, expect, test } from 'vitest';
import { fillSavedReply } from './saved-reply.js';

const context = { contactName: 'Budi Santoso', contactHandle: 'budi', agentName: 'Olivia', accountHandle: 'acme.gym' };

describe('fillSavedReply', () => {
  test('fills every known variable, as often as it appears', () => {
    expect(fillSavedReply('Hi {name} ({handle}), {agent} from {account} here. Thanks {name}!', context)).toBe(
      'Hi Budi Santoso (@budi), Olivia from @acme.gym here. Thanks Budi Santoso!',
    );
  });

  test('greets by handle when the person has no name, and leaves unknown placeholders alone', () => {
    expect(fillSavedReply('Hi {name}, the price is {price}.', { ...context, contactName: null })).toBe('Hi budi, the price is {price}.');
  });

  test('an unknown contact leaves the person variables empty, not "null"', () => {
    expect(fillSavedReply('Hi {name}{handle}!', { ...context, contactName: null, contactHandle: null })).toBe('Hi !');
  });

  test('handles already written with @ are not doubled', () => {
    expect(fillSavedReply('{handle} {account}', { ...context, contactHandle: '@budi', accountHandle: '@acme' })).toBe('@budi @acme');
  });
});
