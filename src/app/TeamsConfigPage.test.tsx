// @vitest-environment jsdom
import '../../tests/setup-dom';
import { teamsDarkTheme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TabInstanceConfig, TeamsConfigSdk } from '../hosts/teams-config';
import { showTeamsConfigPage, themeFeed } from './TeamsConfigPage';

function fakeTeams(inTeams: boolean) {
  const calls: string[] = [];
  const saved: TabInstanceConfig[] = [];
  let themeHandler: ((theme: string) => void) | null = null;
  const sdk: TeamsConfigSdk = {
    app: {
      initialize: async () => {
        if (!inTeams) throw new Error('not in Teams');
      },
      getContext: async () => ({ app: { theme: 'dark' } }),
      notifySuccess: () => void calls.push('notifySuccess'),
      registerOnThemeChangeHandler: (handler) => {
        themeHandler = handler;
      },
    },
    pages: {
      config: {
        registerOnSaveHandler: (handler) => {
          calls.push('registerOnSaveHandler');
          handler({ notifySuccess: () => calls.push('saved'), notifyFailure: () => calls.push('failed') });
        },
        setValidityState: (valid) => void calls.push(`valid:${valid}`),
        setConfig: async (config) => void saved.push(config),
      },
    },
  };
  return { sdk, calls, saved, changeTheme: (theme: string) => themeHandler?.(theme) };
}

describe('the Teams configuration page', () => {
  it('explains Punkt in Danish, sets Save valid and saves the tab’s contentUrl and websiteUrl, then tells Teams it succeeded', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const teams = fakeTeams(true);
    const unmount = await showTeamsConfigPage(root, 'da', 'https://punkt.kommune.dk', async () => teams.sdk);
    expect(await screen.findByRole('heading', { name: 'Tilføj Punkt til mødet' })).toBeInTheDocument();
    expect(screen.getByText(/Vælg Gem for at tilføje Punkt/)).toBeInTheDocument();
    await waitFor(() => expect(teams.calls).toContain('saved'));
    expect(teams.calls).toContain('valid:true');
    expect(teams.saved[0]).toMatchObject({
      contentUrl: 'https://punkt.kommune.dk/',
      websiteUrl: 'https://punkt.kommune.dk/',
      suggestedDisplayName: 'Punkt',
    });
    expect(document.documentElement.lang).toBe('da');
    unmount();
    root.remove();
  });

  it('hands a theme Teams switched to before the page listened to the page when it starts listening', () => {
    const feed = themeFeed();
    feed.start('dark');
    const seen: string[] = [];
    // Teams switched after the first render had read the theme, before the page's effect subscribed.
    feed.push('contrast');
    const stop = feed.listen((theme) => seen.push(theme));
    feed.push('light');
    stop();
    feed.push('dark');
    expect(seen).toEqual(['contrast', 'light']);
  });

  it('starts in Teams’ theme and restyles at once when the user switches theme', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const teams = fakeTeams(true);
    const unmount = await showTeamsConfigPage(root, 'da', 'https://punkt.kommune.dk', async () => teams.sdk);
    await screen.findByRole('heading', { name: 'Tilføj Punkt til mødet' });
    // Fluent writes the theme's tokens as CSS variables into a style tag for the provider.
    const background = () => {
      const css = [...document.querySelectorAll('style')]
        .map((el) => (el.textContent ?? '') + [...(el.sheet?.cssRules ?? [])].map((rule) => rule.cssText).join('\n'))
        .join('\n');
      return [...css.matchAll(/--colorNeutralBackground1:\s*([^;]+);/g)].at(-1)?.[1]?.trim();
    };
    expect(background()).toBe(webDarkTheme.colorNeutralBackground1);
    // Teams' own dark theme, not the web brand colour (issue #15).
    const css = [...document.querySelectorAll('style')]
      .map((el) => [...(el.sheet?.cssRules ?? [])].map((r) => r.cssText).join('\n'))
      .join('\n');
    expect([...css.matchAll(/--colorBrandBackground:\s*([^;]+);/g)].at(-1)?.[1]?.trim()).toBe(teamsDarkTheme.colorBrandBackground);
    act(() => teams.changeTheme('contrast'));
    expect(background()).toBe(teamsHighContrastTheme.colorNeutralBackground1);
    act(() => teams.changeTheme('default'));
    expect(background()).toBe(webLightTheme.colorNeutralBackground1);
    unmount();
    root.remove();
  });

  it('says the page belongs in Teams when opened in a plain browser (English)', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const teams = fakeTeams(false);
    const unmount = await showTeamsConfigPage(root, 'en', 'https://punkt.kommune.dk', async () => teams.sdk);
    expect(await screen.findByRole('heading', { name: 'Add Punkt to the meeting' })).toBeInTheDocument();
    expect(screen.getByText(/meant for Teams/)).toBeInTheDocument();
    expect(teams.calls).toEqual([]);
    unmount();
    root.remove();
  });
});
