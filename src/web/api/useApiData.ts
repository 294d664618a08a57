import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../session/SessionProvider.js';
import { isSignedOutError, toFailureNotice, type FailureNotice } from './errors.js';

export type ApiData<T> =
  | { state: 'loading' }
  | { state: 'failed'; failure: FailureNotice }
  | { state: 'loaded'; value: T };

/**
 * Loads data when the component mounts or `key` changes, and again on `reload()` (keeping the old
 * value on screen meanwhile). An answer for an older key is dropped, so a slow request cannot
 * overwrite a newer one.
 */
export function useApiData<T>(key: string, load: () => Promise<T>): { data: ApiData<T>; reload: () => void } {
  const { forgetSession } = useSession();
  const [result, setResult] = useState<{ key: string; data: ApiData<T> } | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (current) setResult({ key, data: { state: 'loaded', value } });
      },
      (error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) forgetSession();
        else setResult({ key, data: { state: 'failed', failure: toFailureNotice(error) } });
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new function on every render; `key` names what it loads.
  }, [key, generation, forgetSession]);

  const data: ApiData<T> = result?.key === key ? result.data : { state: 'loading' };
  return { data, reload: useCallback(() => setGeneration((value) => value + 1), []) };
}
