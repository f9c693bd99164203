/**
 * Vite plugin that mounts the local Graph-compatible service at `/graph` in the dev server, so
 * `npm start` runs the app and its backend in one command. Data lives in `.punkt-data/graph`
 * (git-ignored); fault options come from PUNKT_GRAPH_* environment variables.
 */
import type { Plugin } from 'vite';

/**
 * The dev-server plugin. This first version answers every `/graph` request with a Graph-shaped
 * 503 so the app can already be wired against it; the real service replaces the handler.
 */
export function localGraphPlugin(): Plugin {
  return {
    name: 'punkt-local-graph',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/graph', (_req, res) => {
        res.statusCode = 503;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ error: { code: 'serviceNotAvailable', message: 'The local Graph service is not ready yet.' } }));
      });
    },
  };
}
