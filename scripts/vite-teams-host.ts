/**
 * Vite plugin (dev server only) that serves the local Teams host at `/teams-host.html`: the page in
 * teams-host/ that frames the app as a Teams meeting does and answers its teams-js. `apply: 'serve'`
 * and the build's explicit inputs (index.html, auth.html) keep it out of the production build; the
 * teams-visible benchmark builds the page on its own (buildTeamsHost in tests/e2e/support/app-server.ts).
 */
import type { Connect, Plugin } from 'vite';

/** The address a newcomer opens, and where the page really lives in the tree. */
export const TEAMS_HOST_PATH = '/teams-host.html';
const TEAMS_HOST_PAGE = '/teams-host/index.html';

/** Rewrites `/teams-host.html` (with its query) to the page in teams-host/, which Vite then serves. */
export const rewriteTeamsHost: Connect.NextHandleFunction = (req, _res, next) => {
  const url = req.url ?? '';
  const [path, query] = [url.split('?')[0], url.includes('?') ? url.slice(url.indexOf('?')) : ''];
  if (path === TEAMS_HOST_PATH) req.url = TEAMS_HOST_PAGE + query;
  next();
};

export function teamsHostPlugin(): Plugin {
  return {
    name: 'punkt-teams-host',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(rewriteTeamsHost);
    },
  };
}
