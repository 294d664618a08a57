import { useCallback, useState } from 'react';
import { useSession } from '../session/SessionProvider.js';
import { isSignedOutError, toFailureNotice, type FailureNotice } from './errors.js';

export interface ApiAction {
  /** Runs one request; resolves to whether it succeeded. Failures are kept in `failure`. */
  run: (request: () => Promise<void>) => Promise<boolean>;
  pending: boolean;
  failure: FailureNotice | undefined;
  clearFailure: () => void;
}

/** State of a user-triggered write (a form submit, a button), with sign-out on an expired session. */
export function useApiAction(): ApiAction {
  const { forgetSession } = useSession();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<FailureNotice | undefined>(undefined);

  const run = useCallback(
    async (request: () => Promise<void>) => {
      setPending(true);
      setFailure(undefined);
      try {
        await request();
        return true;
      } catch (error) {
        if (isSignedOutError(error)) forgetSession();
        else setFailure(toFailureNotice(error));
        return false;
      } finally {
        setPending(false);
      }
    },
    [forgetSession],
  );

  return { run, pending, failure, clearFailure: useCallback(() => setFailure(undefined), []) };
}
