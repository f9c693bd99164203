/**
 * The part of teams-js the tab's configuration page uses (teams-config.ts): app and pages.config.
 * Named imports, so the bundler leaves out the rest of the library (teams-sdk-app.ts says why).
 * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/pages.config
 */
export { app, pages } from '@microsoft/teams-js';
