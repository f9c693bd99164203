/**
 * Maps the host's theme onto Fluent's. Inside Teams the app uses Fluent's Teams themes
 * (teamsLightTheme, teamsDarkTheme, teamsHighContrastTheme), so it looks like the rest of the
 * meeting and follows Teams' three themes (default, dark, high contrast:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/design/design-teams-app-basic-ui-components,
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/access-teams-context);
 * in Outlook and the browser the web themes. Fluent v9 has no web high-contrast theme, so
 * contrast is the Teams one everywhere.
 *
 * Only the web light theme is in the first open's code; the others load on demand (issue #13), all
 * in one chunk, so after one load every theme is at hand.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostKind, HostTheme } from '../domain/host-port';
import type * as OnDemandThemes from './themes-on-demand';

type OnDemand = typeof OnDemandThemes;
type ThemeName = keyof OnDemand | 'webLightTheme';

function themeName(theme: HostTheme, kind: HostKind): ThemeName {
  const teams = kind === 'teams';
  switch (theme) {
    case 'dark':
      return teams ? 'teamsDarkTheme' : 'webDarkTheme';
    case 'contrast':
      return 'teamsHighContrastTheme';
    default:
      return teams ? 'teamsLightTheme' : 'webLightTheme';
  }
}

let onDemand: OnDemand | null = null;

/** The Fluent theme for `theme` in the host `kind` if its code is here (web light always is), else null. */
export function fluentThemeNow(theme: HostTheme, kind: HostKind = 'standalone'): Theme | null {
  const name = themeName(theme, kind);
  return name === 'webLightTheme' ? webLightTheme : (onDemand?.[name] ?? null);
}

/** The Fluent theme for `theme` in the host `kind` (the web themes unless hosted in Teams), loaded if need be. */
export async function loadFluentTheme(theme: HostTheme, kind: HostKind = 'standalone'): Promise<Theme> {
  const name = themeName(theme, kind);
  if (name === 'webLightTheme') return webLightTheme;
  onDemand ??= await import('./themes-on-demand');
  return onDemand[name];
}

/**
 * The Fluent theme to render: the wanted one once its code is here, until then the one shown
 * before (web light at first; the entry points load the host's theme before they render).
 */
export function useFluentTheme(theme: HostTheme, kind: HostKind = 'standalone'): Theme {
  const now = fluentThemeNow(theme, kind);
  const [shown, setShown] = useState<Theme>(now ?? webLightTheme);
  useEffect(() => {
    let live = true;
    loadFluentTheme(theme, kind).then(
      (loaded) => live && setShown(loaded),
      // The themes' chunk did not come (offline after a new deployment): keep the theme shown.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [theme, kind]);
  return now ?? shown;
}
