import { useEffect } from 'react';
import { navigate } from './navigation.js';

/** Replaces the current address once rendered; used where a page does not apply. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
