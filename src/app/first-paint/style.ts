/**
 * The static first paint's CSS: the same boxes, fonts and colours as the React view's Fluent styles
 * (App.tsx's shell, MeetingHeader compact, AgendaTools, AgendaList, PunktTitle, SlotBadge, Badge,
 * TwoPane), written against Fluent's token names as CSS custom properties, which the painted root sets
 * from ./tokens (Fluent's FluentProvider sets the same names). So the hand-over to React neither jumps
 * nor changes colour; what differs is said in first-paint.e2e.test.ts.
 */

/** Fluent's token `name` as a CSS value. */
const v = (name: string) => `var(--${name})`;

/** The two-pane width of src/ui/TwoPane.tsx (TWO_PANE_QUERY; a test keeps them equal). */
export const FIRST_PAINT_TWO_PANE_QUERY = '(min-width: 900px)';

/** Subtle small Fluent Button, disabled: inert and looking it. */
const inertButton = `display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;min-width:64px;
  padding:3px ${v('spacingHorizontalS')};border:${v('strokeWidthThin')} solid transparent;border-radius:${v('borderRadiusMedium')};
  background:transparent;color:${v('colorNeutralForegroundDisabled')};font-family:${v('fontFamilyBase')};font-size:${v('fontSizeBase200')};
  font-weight:${v('fontWeightRegular')};line-height:${v('lineHeightBase200')};cursor:not-allowed;`;

/** Fluent Badge (medium, rounded) and its tint/outline colours, by the class the renderer gives each. */
const badge = `display:inline-flex;box-sizing:border-box;align-items:center;justify-content:center;height:20px;min-width:20px;
  padding:0 calc(${v('spacingHorizontalXS')} + ${v('spacingHorizontalXXS')});border:${v('strokeWidthThin')} solid;
  border-radius:${v('borderRadiusMedium')};font-size:${v('fontSizeBase200')};font-weight:${v('fontWeightSemibold')};
  line-height:${v('lineHeightBase200')};`;

const tint = (name: string, background: string, foreground: string, border: string) =>
  `.pf-badge-${name}{background:${v(background)};color:${v(foreground)};border-color:${v(border)};}`;

export const FIRST_PAINT_CSS = `
.pf-root{min-height:100vh;background:${v('colorNeutralBackground1')};color:${v('colorNeutralForeground1')};
  font-family:${v('fontFamilyBase')};font-size:${v('fontSizeBase300')};font-weight:${v('fontWeightRegular')};
  line-height:${v('lineHeightBase300')};text-align:left;}
.pf-shell{box-sizing:border-box;max-width:720px;margin:0 auto;padding:${v('spacingVerticalM')} ${v('spacingHorizontalM')};
  display:flex;flex-direction:column;gap:${v('spacingVerticalM')};overflow-x:hidden;overflow-x:clip;overflow-wrap:anywhere;}
.pf-account{display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;column-gap:${v('spacingHorizontalS')};row-gap:${v('spacingVerticalXS')};}
.pf-account-name{color:${v('colorNeutralForeground2')};font-size:${v('fontSizeBase200')};line-height:${v('lineHeightBase200')};}
.pf-button{${inertButton}}
.pf-view{display:flex;flex-direction:column;gap:${v('spacingVerticalM')};min-width:0;}
.pf-header{display:flex;flex-direction:column;}
.pf-h1{margin:0;font-size:${v('fontSizeBase500')};line-height:${v('lineHeightBase500')};font-weight:${v('fontWeightSemibold')};}
.pf-when{margin:0;color:${v('colorNeutralForeground2')};overflow-wrap:anywhere;font-size:${v('fontSizeBase200')};line-height:${v('lineHeightBase200')};}
.pf-header .pf-button{align-self:flex-start;}
.pf-tools{display:flex;flex-direction:column;gap:${v('spacingVerticalXS')};min-width:0;}
.pf-tools-row{display:flex;flex-wrap:wrap;align-items:center;gap:${v('spacingHorizontalXS')};}
.pf-search{flex-grow:1;min-width:10rem;max-width:100%;box-sizing:border-box;height:32px;padding:0 ${v('spacingHorizontalM')};
  border:${v('strokeWidthThin')} solid ${v('colorNeutralForegroundDisabled')};border-radius:${v('borderRadiusMedium')};
  background:transparent;color:${v('colorNeutralForegroundDisabled')};font:inherit;}
.pf-search::placeholder{color:${v('colorNeutralForegroundDisabled')};}
.pf-count{font-size:${v('fontSizeBase200')};line-height:${v('lineHeightBase200')};}
.pf-list{display:flex;flex-direction:column;min-width:0;}
.pf-item{display:flex;flex-direction:column;gap:${v('spacingVerticalXXS')};padding:${v('spacingVerticalXS')} ${v('spacingHorizontalS')};
  border-bottom:${v('strokeWidthThin')} solid ${v('colorNeutralStroke2')};border-left:${v('strokeWidthThickest')} solid transparent;min-width:0;}
.pf-heading{margin:0;font-size:inherit;font-weight:${v('fontWeightSemibold')};min-width:0;display:flex;align-items:center;}
.pf-heading-text{display:block;flex:1 1 auto;min-width:0;}
.pf-heading-static{display:block;padding:${v('spacingVerticalXS')} 0;}
.pf-chevron-room{flex:0 0 auto;width:32px;}
.pf-title{min-width:0;overflow-wrap:anywhere;font-weight:${v('fontWeightRegular')};}
.pf-number{margin-right:${v('spacingHorizontalXS')};white-space:nowrap;}
.pf-prefix{${badge}height:16px;min-width:16px;padding:0 calc(${v('spacingHorizontalXXS')} + ${v('spacingHorizontalXXS')});
  font-size:${v('fontSizeBase100')};line-height:${v('lineHeightBase100')};border-radius:${v('borderRadiusSmall')};
  margin-right:${v('spacingHorizontalXS')};vertical-align:text-bottom;}
.pf-line{display:flex;flex-wrap:wrap;align-items:center;column-gap:${v('spacingHorizontalS')};row-gap:${v('spacingVerticalXXS')};}
.pf-slot{font-variant-numeric:tabular-nums;white-space:nowrap;color:${v('colorNeutralForeground2')};font-size:${v('fontSizeBase200')};
  line-height:${v('lineHeightBase200')};font-weight:${v('fontWeightSemibold')};}
.pf-badge{${badge}}
${tint('informative', 'colorNeutralBackground4', 'colorNeutralForeground3', 'colorNeutralStroke2')}
.pf-badge-outline{border-radius:9999px;background:transparent;color:${v('colorNeutralForeground3')};border-color:${v('colorNeutralStroke2')};}
${tint('brand', 'colorBrandBackground2', 'colorBrandForeground2', 'colorBrandStroke2')}
${tint('success', 'colorPaletteGreenBackground1', 'colorPaletteGreenForeground1', 'colorPaletteGreenBorder1')}
${tint('warning', 'colorPaletteYellowBackground1', 'colorPaletteYellowForeground1', 'colorPaletteYellowBorder1')}
.pf-meta{color:${v('colorNeutralForeground3')};font-size:${v('fontSizeBase200')};line-height:${v('lineHeightBase200')};}
.pf-warning{display:block;margin:0;color:${v('colorStatusWarningForeground1')};font-size:${v('fontSizeBase200')};line-height:${v('lineHeightBase200')};}
.pf-pause{display:flex;gap:${v('spacingHorizontalS')};padding:${v('spacingVerticalXXS')} ${v('spacingHorizontalS')};color:${v('colorNeutralForeground3')};
  border-bottom:${v('strokeWidthThin')} dashed ${v('colorNeutralStroke2')};font-variant-numeric:tabular-nums;}
.pf-index{display:none;}
@media ${FIRST_PAINT_TWO_PANE_QUERY}{
  .pf-shell:has(.pf-panes){max-width:80rem;}
  .pf-panes{display:grid;grid-template-columns:minmax(14rem,20rem) minmax(0,1fr);column-gap:${v('spacingHorizontalXXL')};align-items:start;}
  .pf-index{display:block;box-sizing:border-box;padding-right:${v('spacingHorizontalS')};border-right:${v('strokeWidthThin')} solid ${v('colorNeutralStroke2')};}
  .pf-index ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:${v('spacingVerticalXXS')};}
  .pf-index li{display:flex;flex-direction:column;gap:${v('spacingVerticalXXS')};padding:5px ${v('spacingHorizontalM')};
    border-left:${v('strokeWidthThickest')} solid transparent;}
  .pf-index .pf-slot{font-weight:${v('fontWeightRegular')};}
}
.pf-detail{min-width:0;}
`;
