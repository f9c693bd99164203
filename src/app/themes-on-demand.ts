/**
 * The Fluent themes other than the web light one, in a chunk of their own: the first open in Outlook
 * and the browser shows the web light theme, and each theme is some kilobytes of tokens (issue #13).
 * Loaded by ./theme when the host asks for one of them.
 */
export { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme } from '@fluentui/react-components';
