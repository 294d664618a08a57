import { describe, expect, it } from 'vitest';
import { readOAuthReturn } from './oauthReturn.js';

describe('readOAuthReturn', () => {
  it('reads the connected account and removes it from the query', () => {
    expect(readOAuthReturn('?connected=acc-1')).toEqual({ outcome: { kind: 'connected', accountId: 'acc-1' }, rest: '' });
  });

  it('reads the error message and keeps other parameters', () => {
    expect(readOAuthReturn('?tab=x&connectError=The%20sign-in%20was%20cancelled')).toEqual({
      outcome: { kind: 'failed', message: 'The sign-in was cancelled' },
      rest: '?tab=x',
    });
  });

  it('finds nothing in an ordinary address', () => {
    expect(readOAuthReturn('')).toEqual({ outcome: undefined, rest: '' });
    expect(readOAuthReturn('?connected=')).toEqual({ outcome: undefined, rest: '' });
  });
});
