/** Maps the host's theme onto Fluent's: web light/dark, and Teams high contrast for contrast mode. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../domain/host-port';

export function fluentTheme(theme: HostTheme): Theme {
  switch (theme) {
    case 'dark':
      return webDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return webLightTheme;
  }
}
