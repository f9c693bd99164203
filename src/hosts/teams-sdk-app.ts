/**
 * The part of teams-js the Teams host uses (app: initialize, getContext, the theme, notifySuccess),
 * imported by name so the bundler keeps only it: teams-js 2.x is ES modules, and a named import
 * takes about 16 kB gzip of it where the whole library (`import('@microsoft/teams-js')`, every
 * namespace reachable) is about 54 kB, all on the side panel's first open (issue #13).
 * The sign-in and configuration slices (teams-sdk-sign-in.ts, teams-sdk-config.ts) share these
 * modules through one chunk, so initialize's state is the same for all of them.
 * https://learn.microsoft.com/javascript/api/@microsoft/teams-js/app
 */
export { app } from '@microsoft/teams-js';
