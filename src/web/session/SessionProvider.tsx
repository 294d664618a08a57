/**
 * Who is signed in. Loads the session once on start; pages report sign-in, sign-out and expiry here,
 * and the router shows the login page whenever there is no session.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { EndpointOutput } from '../../client/client.js';
import { api, rememberCsrfToken } from '../api/apiClient.js';
import { isSignedOutError, toFailureNotice, type FailureNotice } from '../api/errors.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Locale } from '../i18n/locale.js';

export type Session = EndpointOutput<'getSession'>;
export type Membership = Session['memberships'][number];

export type SessionState =
  | { status: 'loading' }
  | { status: 'unavailable'; failure: FailureNotice }
  | { status: 'signedOut'; setupNeeded: boolean }
  | { status: 'signedIn'; session: Session };

export interface SessionControls {
  state: SessionState;
  /** Takes the session a login or setup answered with. */
  signIn: (session: Session) => void;
  /** Loads the session again, e.g. after a workspace was created, renamed or deleted. */
  refresh: () => Promise<void>;
  /** Drops the session in this browser only; used when the server says it has expired. */
  forgetSession: () => void;
  logOut: () => Promise<void>;
  /** Switches the interface language, and saves it to the person when signed in. */
  chooseLanguage: (locale: Locale) => void;
}

const SessionContext = createContext<SessionControls | undefined>(undefined);

async function loadSessionState(): Promise<SessionState> {
  try {
    return { status: 'signedIn', session: await api.call('getSession') };
  } catch (error) {
    if (!isSignedOutError(error)) return { status: 'unavailable', failure: toFailureNotice(error) };
  }
  try {
    const { needed } = await api.call('setupStatus');
    return { status: 'signedOut', setupNeeded: needed };
  } catch (error) {
    return { status: 'unavailable', failure: toFailureNotice(error) };
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLocale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const apply = useCallback(
    (next: SessionState) => {
      rememberCsrfToken(next.status === 'signedIn' ? next.session.csrfToken : undefined);
      if (next.status === 'signedIn') setLocale(next.session.user.locale);
      setState(next);
    },
    [setLocale],
  );

  const refresh = useCallback(async () => apply(await loadSessionState()), [apply]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const forgetSession = useCallback(() => apply({ status: 'signedOut', setupNeeded: false }), [apply]);

  const logOut = useCallback(async () => {
    try {
      await api.call('logout');
    } catch {
      // Signed out here either way; an expired session needs no logout.
    }
    forgetSession();
  }, [forgetSession]);

  const chooseLanguage = useCallback(
    (locale: Locale) => {
      setLocale(locale);
      if (state.status !== 'signedIn') return;
      api.call('updateMe', { body: { locale } }).then(
        (user) => setState((current) => (current.status === 'signedIn' ? { ...current, session: { ...current.session, user } } : current)),
        (error: unknown) => {
          // The language already changed on screen; it just is not saved to the account this time.
          if (isSignedOutError(error)) forgetSession();
        },
      );
    },
    [setLocale, state.status, forgetSession],
  );

  const value = useMemo<SessionControls>(
    () => ({ state, signIn: (session) => apply({ status: 'signedIn', session }), refresh, forgetSession, logOut, chooseLanguage }),
    [state, apply, refresh, forgetSession, logOut, chooseLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionControls {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in session; only for components rendered behind the sign-in check. */
export function useSignedInSession(): Session {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useSignedInSession used while not signed in');
  return state.session;
}
