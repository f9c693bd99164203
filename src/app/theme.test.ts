import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { fluentTheme } from './theme';

describe('fluentTheme', () => {
  it("uses Teams' own light, dark and high-contrast themes when hosted in Teams", () => {
    expect(fluentTheme('light', 'teams')).toBe(teamsLightTheme);
    expect(fluentTheme('dark', 'teams')).toBe(teamsDarkTheme);
    expect(fluentTheme('contrast', 'teams')).toBe(teamsHighContrastTheme);
  });

  it('uses the web themes in Outlook and the browser (contrast has only the Teams theme in Fluent v9)', () => {
    for (const kind of ['outlook', 'standalone'] as const) {
      expect(fluentTheme('light', kind)).toBe(webLightTheme);
      expect(fluentTheme('dark', kind)).toBe(webDarkTheme);
      expect(fluentTheme('contrast', kind)).toBe(teamsHighContrastTheme);
    }
  });

  it('Teams light differs from the web brand theme (the point of switching)', () => {
    expect(teamsLightTheme.colorBrandBackground).not.toBe(webLightTheme.colorBrandBackground);
  });
});
