/**
 * The Teams tab configuration page (`?role=config`, the manifest's configurationUrl): Teams shows
 * it when the meeting tab is added, and the Save button stays disabled until the page declares
 * itself valid. On save we tell Teams which address the tab shows. teams-js is injected (the real
 * module, or a hand-written fake in tests).
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/create-tab-pages/configuration-page
 */
import { teamsTheme } from './teams-host';
import type { HostTheme } from '../domain/host-port';

/** What the tab shows once added (teams-js pages.InstanceConfig). */
export interface TabInstanceConfig {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

/** Teams' save event: the page must answer success or failure. */
export interface TeamsSaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

/** The slice of `@microsoft/teams-js` the configuration page uses. */
export interface TeamsConfigSdk {
  app: {
    initialize(): Promise<void>;
    getContext(): Promise<{ app: { theme: string } }>;
    notifySuccess(): Promise<unknown> | void;
    /** Teams calls it when the user switches theme while the page is open. */
    registerOnThemeChangeHandler?(handler: (theme: string) => void): void;
  };
  pages: {
    config: {
      registerOnSaveHandler(handler: (event: TeamsSaveEvent) => void): void;
      setValidityState(valid: boolean): void;
      setConfig(config: TabInstanceConfig): Promise<void>;
    };
  };
}

/**
 * The meeting tab's configuration: the side panel's address names no role, so each participant
 * gets the view their write access allows (the note-taker's editor, else the managers' view);
 * "open in browser" goes to the app's start page.
 * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/pages.instanceconfig
 */
export function meetingTabConfig(origin: string): TabInstanceConfig {
  return { contentUrl: `${origin}/`, websiteUrl: `${origin}/`, entityId: 'punkt-meeting', suggestedDisplayName: 'Punkt' };
}

/** The outcome: whether Teams answered, and its theme for the page. */
export interface TeamsConfigResult {
  inTeams: boolean;
  theme: HostTheme;
}

/**
 * Connects to Teams, registers the save handler and enables Save. Resolves `inTeams: false`
 * when Teams does not answer within `initTimeoutMs` (the page opened in a plain browser).
 */
export async function startTeamsConfig(
  teams: TeamsConfigSdk,
  origin: string,
  initTimeoutMs = 3000,
  onThemeChanged?: (theme: HostTheme) => void,
): Promise<TeamsConfigResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), initTimeoutMs);
  });
  try {
    const outcome = await Promise.race([teams.app.initialize().then(() => 'ready' as const), timeout]);
    if (outcome === 'timeout') return { inTeams: false, theme: 'light' };
  } catch {
    return { inTeams: false, theme: 'light' };
  } finally {
    clearTimeout(timer);
  }
  const config = teams.pages.config;
  config.registerOnSaveHandler((event) => {
    // Never let a rejection escape a teams-js callback: answer Teams either way.
    config.setConfig(meetingTabConfig(origin)).then(
      () => event.notifySuccess(),
      (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
    );
  });
  // Nothing to choose: the tab always shows the meeting it belongs to, so Save is enabled at once.
  config.setValidityState(true);
  if (onThemeChanged) teams.app.registerOnThemeChangeHandler?.((name) => onThemeChanged(teamsTheme(name)));
  const theme = await teams.app.getContext().then(
    (context) => teamsTheme(context.app.theme),
    () => 'light' as const,
  );
  void Promise.resolve(teams.app.notifySuccess()).catch(() => undefined);
  return { inTeams: true, theme };
}
