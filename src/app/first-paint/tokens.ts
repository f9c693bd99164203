/**
 * The few Fluent design tokens the static first paint uses, with the values of each Fluent theme the React
 * view renders in (src/app/theme.ts: the web themes in Outlook and the browser, the Teams themes in Teams,
 * Teams' high contrast for contrast everywhere). Copied, not imported: @fluentui/react-components would bring
 * Fluent into the entry chunk, and the first paint exists so the manager need not wait for it (issue #13).
 * tokens.test.ts checks every value against Fluent's own themes, so a Fluent upgrade that changes one fails.
 */
import type { HostKind, HostTheme } from '../../domain/host-port';

/** The Fluent themes the React view can render in (theme.ts). */
export type FluentThemeName = 'webLightTheme' | 'webDarkTheme' | 'teamsLightTheme' | 'teamsDarkTheme' | 'teamsHighContrastTheme';

/** The same choice as theme.ts makes for the React view. */
export function fluentThemeName(theme: HostTheme, kind: HostKind): FluentThemeName {
  const teams = kind === 'teams';
  if (theme === 'contrast') return 'teamsHighContrastTheme';
  if (theme === 'dark') return teams ? 'teamsDarkTheme' : 'webDarkTheme';
  return teams ? 'teamsLightTheme' : 'webLightTheme';
}

/** Tokens equal in every theme (sizes, spacing, weights). */
export const SHARED_TOKENS = {
  fontSizeBase100: '10px',
  fontSizeBase200: '12px',
  fontSizeBase300: '14px',
  fontSizeBase400: '16px',
  fontSizeBase500: '20px',
  lineHeightBase100: '14px',
  lineHeightBase200: '16px',
  lineHeightBase300: '20px',
  lineHeightBase400: '22px',
  lineHeightBase500: '28px',
  fontWeightRegular: '400',
  fontWeightSemibold: '600',
  spacingVerticalXXS: '2px',
  spacingVerticalXS: '4px',
  spacingVerticalS: '8px',
  spacingVerticalM: '12px',
  spacingHorizontalXXS: '2px',
  spacingHorizontalXS: '4px',
  spacingHorizontalS: '8px',
  spacingHorizontalM: '12px',
  spacingHorizontalL: '16px',
  spacingHorizontalXXL: '24px',
  strokeWidthThin: '1px',
  strokeWidthThickest: '4px',
  borderRadiusSmall: '2px',
  borderRadiusMedium: '4px',
} as const;

/** The colour tokens, in the order of each theme's values below. */
export const COLOR_TOKENS = [
  'colorNeutralBackground1',
  'colorNeutralForeground1',
  'colorNeutralForeground2',
  'colorNeutralForeground3',
  'colorNeutralForegroundDisabled',
  'colorNeutralStroke2',
  'colorNeutralBackground4',
  'colorBrandBackground2',
  'colorBrandForeground2',
  'colorBrandStroke2',
  'colorPaletteGreenBackground1',
  'colorPaletteGreenForeground1',
  'colorPaletteGreenBorder1',
  'colorPaletteYellowBackground1',
  'colorPaletteYellowForeground1',
  'colorPaletteYellowBorder1',
  'colorStatusWarningForeground1',
  'colorTransparentStroke',
  'colorTransparentBackground',
] as const;

const WEB_FONT = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";
const TEAMS_FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", system-ui, "Apple Color Emoji", "Segoe UI Emoji", sans-serif';

/** Each theme's font and colours (COLOR_TOKENS order). */
const THEMES: Record<FluentThemeName, { font: string; colors: readonly string[] }> = {
  webLightTheme: {
    font: WEB_FONT,
    colors: [
      '#ffffff',
      '#242424',
      '#424242',
      '#616161',
      '#bdbdbd',
      '#e0e0e0',
      '#f0f0f0',
      '#ebf3fc',
      '#115ea3',
      '#b4d6fa',
      '#f1faf1',
      '#0e700e',
      '#9fd89f',
      '#fffef5',
      '#817400',
      '#fef7b2',
      '#bc4b09',
      'transparent',
      'transparent',
    ],
  },
  webDarkTheme: {
    font: WEB_FONT,
    colors: [
      '#292929',
      '#ffffff',
      '#d6d6d6',
      '#adadad',
      '#5c5c5c',
      '#525252',
      '#0a0a0a',
      '#082338',
      '#62abf5',
      '#0e4775',
      '#052505',
      '#54b054',
      '#107c10',
      '#4c4400',
      '#feee66',
      '#fde300',
      '#faa06b',
      'transparent',
      'transparent',
    ],
  },
  teamsLightTheme: {
    font: TEAMS_FONT,
    colors: [
      '#ffffff',
      '#242424',
      '#424242',
      '#616161',
      '#bdbdbd',
      '#e0e0e0',
      '#f0f0f0',
      '#e8ebfa',
      '#4f52b2',
      '#c5cbfa',
      '#f1faf1',
      '#0e700e',
      '#9fd89f',
      '#fffef5',
      '#817400',
      '#fef7b2',
      '#bc4b09',
      'transparent',
      'transparent',
    ],
  },
  teamsDarkTheme: {
    font: TEAMS_FONT,
    colors: [
      '#292929',
      '#ffffff',
      '#d6d6d6',
      '#adadad',
      '#5c5c5c',
      '#525252',
      '#141414',
      '#2f2f4a',
      '#aab1fa',
      '#3d3e78',
      '#052505',
      '#54b054',
      '#107c10',
      '#4c4400',
      '#feee66',
      '#fde300',
      '#faa06b',
      'transparent',
      'transparent',
    ],
  },
  teamsHighContrastTheme: {
    font: TEAMS_FONT,
    colors: [
      '#000000',
      '#ffffff',
      '#ffffff',
      '#ffffff',
      '#3ff23f',
      '#ffffff',
      '#000000',
      '#000000',
      '#ffffff',
      '#ffffff',
      '#000000',
      '#ffffff',
      '#ffffff',
      '#000000',
      '#ffffff',
      '#ffffff',
      '#ffffff',
      '#ffffff',
      'transparent',
    ],
  },
};

/** Every token the first paint uses, by its Fluent name, for `theme` (CSS custom properties `--NAME`, as Fluent sets them). */
export function firstPaintTokens(theme: FluentThemeName): Record<string, string> {
  const { font, colors } = THEMES[theme];
  const tokens: Record<string, string> = { ...SHARED_TOKENS, fontFamilyBase: font };
  COLOR_TOKENS.forEach((name, i) => (tokens[name] = colors[i]!));
  return tokens;
}
