import * as fluent from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import type { HostKind, HostTheme } from '../../domain/host-port';
import { loadFluentTheme } from '../theme';
import { COLOR_TOKENS, SHARED_TOKENS, firstPaintTokens, fluentThemeName, type FluentThemeName } from './tokens';

const THEMES: FluentThemeName[] = ['webLightTheme', 'webDarkTheme', 'teamsLightTheme', 'teamsDarkTheme', 'teamsHighContrastTheme'];

describe('the first paint’s design tokens (issue #13: the static agenda in the host’s theme)', () => {
  it.each(THEMES)('equal Fluent’s %s, token by token', (name) => {
    const theme = fluent[name] as unknown as Record<string, string | number>;
    const ours = firstPaintTokens(name);
    expect(Object.keys(ours).sort()).toEqual([...Object.keys(SHARED_TOKENS), 'fontFamilyBase', ...COLOR_TOKENS].sort());
    for (const [token, value] of Object.entries(ours)) expect([token, value]).toEqual([token, String(theme[token])]);
  });

  it('picks the theme the React view renders in, for every host theme and host', async () => {
    const kinds: HostKind[] = ['standalone', 'outlook', 'teams'];
    const themes: HostTheme[] = ['light', 'dark', 'contrast'];
    for (const kind of kinds)
      for (const theme of themes)
        expect([kind, theme, fluent[fluentThemeName(theme, kind)]]).toEqual([kind, theme, await loadFluentTheme(theme, kind)]);
  });
});
