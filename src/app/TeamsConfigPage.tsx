/**
 * The Teams meeting tab's configuration page (`?role=config`): a short Danish explanation while
 * Teams shows its Save button. The teams-js calls live in src/hosts/teams-config.ts.
 */
import { Body1, FluentProvider, MessageBar, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { HostTheme } from '../domain/host-port';
import { startTeamsConfig, type TeamsConfigSdk } from '../hosts/teams-config';
import { LanguageProvider, useText, type Language } from '../ui/i18n';
import { tenantMessages } from './messages/tenant';
import { loadFluentTheme, useFluentTheme } from './theme';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '640px',
  },
});

/** The explanation; `inTeams` false adds a note that the page belongs in Teams. */
export function TeamsConfigPage({ inTeams }: { inTeams: boolean }) {
  const t = useText(tenantMessages);
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Title3 as="h1">{t.teamsConfigTitle}</Title3>
      <Body1 as="p">{t.teamsConfigBody}</Body1>
      {inTeams ? (
        <Body1 as="p">{t.teamsConfigSave}</Body1>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.teamsConfigOutside}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}

/** Theme changes from Teams, kept until the page listens (Teams may switch before React renders). Exported for tests. */
export function themeFeed() {
  let current: HostTheme = 'light';
  let changed = false;
  let listener: ((theme: HostTheme) => void) | null = null;
  return {
    push(theme: HostTheme) {
      current = theme;
      changed = true;
      listener?.(theme);
    },
    /** The context's theme, unless Teams already reported a change. */
    start(theme: HostTheme) {
      if (!changed) current = theme;
    },
    current: () => current,
    listen(cb: (theme: HostTheme) => void) {
      listener = cb;
      // A change Teams reported between the first render and this subscription is not lost.
      cb(current);
      return () => {
        listener = null;
      };
    },
  };
}

function ThemedPage({ language, inTeams, feed }: { language: Language; inTeams: boolean; feed: ReturnType<typeof themeFeed> }) {
  const [theme, setTheme] = useState(feed.current);
  useEffect(() => feed.listen(setTheme), [feed]);
  const fluentTheme = useFluentTheme(theme, inTeams ? 'teams' : 'standalone');
  return (
    <FluentProvider theme={fluentTheme} lang={language}>
      <LanguageProvider language={language}>
        <TeamsConfigPage inTeams={inTeams} />
      </LanguageProvider>
    </FluentProvider>
  );
}

/**
 * Entry of the configuration page: connects to Teams (registers Save, enables it), then renders.
 * `loadSdk` is injectable for tests; the page needs no data services and no sign-in.
 * Resolves with a function that unmounts the page.
 */
export async function showTeamsConfigPage(
  element: HTMLElement,
  language: Language,
  origin: string,
  loadSdk?: () => Promise<TeamsConfigSdk>,
): Promise<() => void> {
  document.documentElement.lang = language;
  const sdk = await (loadSdk ?? (async () => (await import('../hosts/teams-sdk-config')) as unknown as TeamsConfigSdk))();
  const feed = themeFeed();
  const result = await startTeamsConfig(sdk, origin, undefined, feed.push);
  feed.start(result.theme);
  // Rendered in Teams' theme from the start; should its chunk not come, the page still opens (web light).
  await loadFluentTheme(result.theme, result.inTeams ? 'teams' : 'standalone').catch(() => undefined);
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <ThemedPage language={language} inTeams={result.inTeams} feed={feed} />
    </StrictMode>,
  );
  return () => root.unmount();
}
