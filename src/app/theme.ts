/**
 * Maps the host's theme onto Fluent's. Inside Teams the app uses Fluent's Teams themes
 * (teamsLightTheme, teamsDarkTheme, teamsHighContrastTheme), so it looks like the rest of the
 * meeting and follows Teams' three themes (default, dark, high contrast:
 * https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/design/design-teams-app-basic-ui-components,
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/access-teams-context);
 * in Outlook and the browser the web themes. Fluent v9 has no web high-contrast theme, so
 * contrast is the Teams one everywhere.
 */
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostKind, HostTheme } from '../domain/host-port';

/** The Fluent theme for `theme` in the host `kind` (the web themes unless hosted in Teams). */
export function fluentTheme(theme: HostTheme, kind: HostKind = 'standalone'): Theme {
  const teams = kind === 'teams';
  switch (theme) {
    case 'dark':
      return teams ? teamsDarkTheme : webDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return teams ? teamsLightTheme : webLightTheme;
  }
}
