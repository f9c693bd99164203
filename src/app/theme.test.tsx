// @vitest-environment jsdom
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HostTheme } from '../domain/host-port';
import { fluentThemeNow, loadFluentTheme, useFluentTheme } from './theme';

// The tests run in order: the first ones see the module before any theme was loaded on demand.
describe('Fluent themes on demand (issue #13)', () => {
  it('has only the web light theme at hand before a load: the others are not in the first open’s code', () => {
    expect(fluentThemeNow('light', 'standalone')).toBe(webLightTheme);
    expect(fluentThemeNow('light', 'outlook')).toBe(webLightTheme);
    expect(fluentThemeNow('dark', 'standalone')).toBeNull();
    expect(fluentThemeNow('light', 'teams')).toBeNull();
  });

  it('shows the theme shown before until the wanted one has loaded, then switches', async () => {
    const { result, rerender } = renderHook(({ theme }: { theme: HostTheme }) => useFluentTheme(theme, 'standalone'), {
      initialProps: { theme: 'light' },
    });
    expect(result.current).toBe(webLightTheme);
    rerender({ theme: 'dark' });
    expect(result.current).toBe(webLightTheme);
    await waitFor(() => expect(result.current).toBe(webDarkTheme));
    act(() => rerender({ theme: 'contrast' }));
    expect(result.current).toBe(teamsHighContrastTheme);
  });
});

describe('fluentTheme', () => {
  it("uses Teams' own light, dark and high-contrast themes when hosted in Teams", async () => {
    expect(await loadFluentTheme('light', 'teams')).toBe(teamsLightTheme);
    expect(await loadFluentTheme('dark', 'teams')).toBe(teamsDarkTheme);
    expect(await loadFluentTheme('contrast', 'teams')).toBe(teamsHighContrastTheme);
    expect(fluentThemeNow('dark', 'teams')).toBe(teamsDarkTheme);
  });

  it('uses the web themes in Outlook and the browser (contrast has only the Teams theme in Fluent v9)', async () => {
    for (const kind of ['outlook', 'standalone'] as const) {
      expect(await loadFluentTheme('light', kind)).toBe(webLightTheme);
      expect(await loadFluentTheme('dark', kind)).toBe(webDarkTheme);
      expect(await loadFluentTheme('contrast', kind)).toBe(teamsHighContrastTheme);
    }
  });

  it('Teams light differs from the web brand theme (the point of switching)', () => {
    expect(teamsLightTheme.colorBrandBackground).not.toBe(webLightTheme.colorBrandBackground);
  });
});
