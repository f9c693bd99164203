/**
 * The header's account control: who is signed in, "Log ud" / "Log ind", and the sign-in error's
 * own Danish (or English) text when sign-in fails (missing consent, missing permissions). In demo
 * mode it names the demo user by who they are (the secretary, the note-taker, the read-only
 * manager) and its "Skift bruger" menu links to the other two (the address's `?user=`).
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState, useSyncExternalStore } from 'react';
import type { AccountSession } from '../auth/account-session';
import { ErrorBar } from '../ui/ErrorBar';
import { useText } from '../ui/i18n';
import { useServices } from '../ui/services';
import { tenantMessages } from './messages/tenant';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  name: { color: tokens.colorNeutralForeground2 },
});

// The menu loads on the first click, not with the agenda's first open (DemoUserMenu.tsx).
const DemoUserMenu = lazy(() => import('./DemoUserMenu'));
export { demoUserHref } from './demo-user-href';

export interface AccountControlProps {
  session: AccountSession;
  /** Called after the user signed in or out, so the app reloads its views as the new user. */
  onChanged?: () => void;
}

export function AccountControl({ session, onChanged }: AccountControlProps) {
  const t = useText(tenantMessages);
  const styles = useStyles();
  const state = useSyncExternalStore(session.subscribe, session.state);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const hostName = useHostUserName(state.status === 'signed-in' && state.name === null);
  const [menuWanted, setMenuWanted] = useState(false);

  const run = (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    action().then(
      () => {
        setBusy(false);
        onChanged?.();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  if (state.status === 'pending') return null;
  const search = typeof location === 'undefined' ? '' : location.search;
  return (
    <header aria-label={t.account}>
      <div className={styles.bar}>
        {state.status === 'demo' && (
          <>
            <Text size={200} className={styles.name}>
              {t.demoUsers[state.user]}
            </Text>
            {menuWanted ? (
              <Suspense
                fallback={
                  <Button size="small" appearance="subtle" disabledFocusable>
                    {t.switchUser}
                  </Button>
                }
              >
                <DemoUserMenu current={state.user} search={search} label={t.switchUser} names={t.demoUsers} />
              </Suspense>
            ) : (
              <Button size="small" appearance="subtle" aria-haspopup="menu" onClick={() => setMenuWanted(true)}>
                {t.switchUser}
              </Button>
            )}
          </>
        )}
        {state.status === 'signed-in' && (
          <>
            <Text size={200} className={styles.name}>
              {state.name || hostName ? t.signedInAs((state.name || hostName) as string) : t.signedInUnknown}
            </Text>
            <Button size="small" disabled={busy} onClick={() => run(() => session.signOut())}>
              {t.signOut}
            </Button>
          </>
        )}
        {state.status === 'signed-out' && (
          <>
            <Text size={200} className={styles.name}>
              {t.signedOut}
            </Text>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => run(() => session.signIn())}>
              {busy ? t.signingIn : t.signIn}
            </Button>
          </>
        )}
      </div>
      {error !== null && <ErrorBar error={error} />}
    </header>
  );
}

/** The host's name for the user (Outlook profile, Teams context), when the token named nobody. */
function useHostUserName(wanted: boolean): string | null {
  const { host } = useServices();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    host.getUser().then(
      (user) => live && setName(user?.name || null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, wanted]);
  return name;
}
