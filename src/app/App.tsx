/**
 * The app shell: theme from the host, language, services, the meeting picker (standalone only)
 * and the role's view inside an error boundary and a Suspense skeleton.
 */
import { FluentProvider, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState } from 'react';
import type { AccountSession } from '../auth/account-session';
import { ErrorBar } from '../ui/ErrorBar';
import { LanguageProvider, useText } from '../ui/i18n';
import { uiMessages } from '../ui/messages';
import { EmptyState, LoadingState } from '../ui/states';
import { ServicesProvider, useServices, type AppServices } from '../ui/services';
import { TWO_PANE_QUERY } from '../ui/TwoPane';
import { UnsavedChangesProvider } from '../ui/unsaved-changes';
import { AccountControl } from './AccountControl';
import type { AddressOptions } from './address';
import { ErrorBoundary } from './ErrorBoundary';
import { appMessages } from './messages';
import { RoleByAccess } from './RoleByAccess';
import { roleView } from './roles';
import { useFluentTheme } from './theme';
import { useMeetingProblem } from './useMeetingProblem';
import { useMeetingRef } from './useMeetingRef';

// Outlook and a Teams meeting never offer the choice: only the plain browser (or a failed lookup) loads
// the picker and Fluent's Select and Field with it, beside the view (issue #13).
const MeetingPicker = lazy(() => import('./MeetingPicker').then((m) => ({ default: m.MeetingPicker })));

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  // The task pane is 320–500 px; in a wide browser keep a readable column. Never scroll sideways.
  shell: {
    boxSizing: 'border-box',
    maxWidth: '720px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // clip, not hidden: hidden makes the shell a scroll container that never scrolls, and the views'
    // sticky bars (the note-taker's toolbar, the secretary's save footer) would stick to it, not the
    // page (https://developer.mozilla.org/en-US/docs/Web/CSS/overflow#clip). hidden stays as the
    // fallback for a webview without clip (Safari before 16).
    overflowX: ['hidden', 'clip'],
    overflowWrap: 'anywhere',
    // A view with two panes (TwoPane, from 900 px) gets the room for them; every other page keeps the column.
    [`@media ${TWO_PANE_QUERY}`]: { '&:has([data-two-pane])': { maxWidth: '80rem' } },
  },
  footer: { display: 'flex', justifyContent: 'flex-end', paddingTop: tokens.spacingVerticalS },
});

/** The current address with `?lang=` switched, keeping role, meeting and the rest. */
function languageHref(search: string, language: 'da' | 'en'): string {
  const params = new URLSearchParams(search);
  params.set('lang', language);
  return `?${params.toString()}`;
}

export interface AppProps {
  services: AppServices;
  config: Pick<AddressOptions, 'role' | 'language'> & {
    /** The Teams side panel without a role in its address: the view follows the user's write access. */
    roleByAccess?: boolean;
  };
  /** Who is signed in (demo user or tenant account); the header's account control shows it. */
  account?: AccountSession;
}

export function App({ services, config, account }: AppProps) {
  const styles = useStyles();
  const { host } = services;
  const [theme, setTheme] = useState(() => host.getTheme());
  useEffect(() => host.onThemeChanged(setTheme), [host]);
  const fluentTheme = useFluentTheme(theme, host.kind);
  // Bumped after sign-in or sign-out: the views start over as the new user.
  const [session, setSession] = useState(0);
  return (
    <FluentProvider theme={fluentTheme} className={styles.provider} lang={config.language}>
      <LanguageProvider language={config.language}>
        <ServicesProvider services={services}>
          <UnsavedChangesProvider>
            <main className={styles.shell}>
              {account && <AccountControl session={account} onChanged={() => setSession((n) => n + 1)} />}
              <Shell key={session} role={config.role} roleByAccess={config.roleByAccess === true} />
              <LanguageSwitch current={config.language} footerClass={styles.footer} />
            </main>
          </UnsavedChangesProvider>
        </ServicesProvider>
      </LanguageProvider>
    </FluentProvider>
  );
}

function LanguageSwitch({ current, footerClass }: { current: 'da' | 'en'; footerClass: string }) {
  const t = useText(appMessages);
  const other = current === 'da' ? 'en' : 'da';
  const search = typeof location === 'undefined' ? '' : location.search;
  return (
    <footer className={footerClass}>
      <Link href={languageHref(search, other)} hrefLang={other} lang={other} aria-label={t.otherLanguageName}>
        {t.otherLanguage}
      </Link>
    </footer>
  );
}

function Shell({ role, roleByAccess }: { role: AddressOptions['role']; roleByAccess: boolean }) {
  const { host, storage, now } = useServices();
  const t = useText(appMessages);
  const ui = useText(uiMessages);
  const { state, retry } = useMeetingRef(host, { storage, now });
  const choice = useMeetingProblem(host);
  const View = roleView(role);

  if (state.status === 'loading') return <LoadingState label={t.loadingMeeting} />;
  if (state.status === 'error') return <ErrorBar error={state.error} onRetry={retry} />;
  return (
    <>
      {choice.problem && !state.ref && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{choice.problem === 'not-in-calendar' ? t.meetingNotInCalendar : t.meetingNotNamed}</MessageBarBody>
        </MessageBar>
      )}
      {choice.offered && (
        <Suspense fallback={null}>
          <MeetingPicker current={state.ref} />
        </Suspense>
      )}
      <ErrorBoundary
        resetKey={state.ref}
        fallback={(error, reset) => (
          <>
            <EmptyState title={ui.crashed} />
            <ErrorBar error={error} onRetry={reset} />
          </>
        )}
      >
        <Suspense fallback={<LoadingState label={ui.loading} />}>
          {roleByAccess ? <RoleByAccess meetingRef={state.ref} /> : <View meetingRef={state.ref} />}
        </Suspense>
      </ErrorBoundary>
    </>
  );
}
