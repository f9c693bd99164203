/**
 * The part of teams-js sign-in uses (teams-sign-in.ts): app, for initialize in auth.html's window,
 * authentication (Teams' own sign-in window) and nestedAppAuth (whether to broker with NAA). Named
 * imports, so the bundler leaves out the rest of the library (teams-sdk-app.ts says why).
 * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/authentication
 * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/nestedappauth
 */
export { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
