/**
 * Vite for the app: React, the embedded local Graph service at /graph, and office.js.
 * office.js comes from the npm copy (dev, offline tests, PUNKT_OFFICE_JS=local) or Microsoft's CDN
 * (production builds, PUNKT_OFFICE_JS=cdn); Office add-ins must load it from the CDN in the store.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Connect, type HtmlTagDescriptor, type Plugin } from 'vite';
import { firstOpenModules, type ModuleGraph } from './scripts/boot-chunk';
import { bootPreloadScript } from './scripts/boot-preload';
import { asyncModuleEntries } from './scripts/early-entry';
import { httpsOptions } from './scripts/dev-certs';
import { localGraphPlugin } from './scripts/vite-local-graph';
import { teamsHostPlugin } from './scripts/vite-teams-host';
import { publicEnvironment } from './src/app/config/load-config';
import { uiAfterFirstPaint } from './src/app/first-paint/ui-timing';

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_PREFIX = '/node_modules/@microsoft/office-js/dist/';
const officeDist = fileURLToPath(new URL('./node_modules/@microsoft/office-js/dist/', import.meta.url));

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
};

/**
 * Serves the npm copy of office.js untouched: it is a classic script that loads its host and
 * locale files relative to its own URL, so Vite must not transform it.
 */
const serveOfficeDist: Connect.NextHandleFunction = (req, res, next) => {
  const url = (req.url ?? '').split('?')[0] ?? '';
  if (!url.startsWith(OFFICE_JS_LOCAL_PREFIX)) return next();
  const file = normalize(join(officeDist, decodeURIComponent(url.slice(OFFICE_JS_LOCAL_PREFIX.length))));
  if (!file.startsWith(officeDist.endsWith(sep) ? officeDist : officeDist + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return next();
  }
  const ext = file.slice(file.lastIndexOf('.'));
  res.setHeader('content-type', contentTypes[ext] ?? 'application/octet-stream');
  res.setHeader('cache-control', 'public, max-age=3600');
  createReadStream(file).pipe(res);
};

/**
 * Injects the office.js script tag in <head>, from the CDN or the local npm copy: first in development,
 * after the entry's async module scripts in a build (scripts/early-entry.ts), so the entry can run
 * while the parser waits for office.js.
 */
function officeJsPlugin(source: 'cdn' | 'local'): Plugin {
  const src = source === 'cdn' ? OFFICE_JS_CDN : `${OFFICE_JS_LOCAL_PREFIX}office.js`;
  return {
    name: 'punkt-office-js',
    configureServer(server) {
      server.middlewares.use(serveOfficeDist);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveOfficeDist);
    },
    transformIndexHtml(html, ctx) {
      // The local Teams host (dev only) and its test probe are no add-in pages: office.js in a frame
      // outside Office navigates the page to about:blank (office.debug.js, unless OsfOptOut is set).
      if (ctx.path.startsWith('/teams-host/') || ctx.path === '/tests/e2e/pages/teams-probe.html') return [];
      // redirect.html is MSAL's redirect bridge in the sign-in popup: it must run nothing but the bridge.
      if (ctx.path === '/redirect.html') return [];
      // A build's hooks run after Vite has put the entry's tags at the end of <head> (ctx.bundle is set).
      // Only the app's page starts early: auth.html's sign-in bridge reads Office at once.
      const early = ctx.bundle !== undefined && ctx.path === '/index.html';
      const injectTo: HtmlTagDescriptor['injectTo'] = early ? 'head' : 'head-prepend';
      // The boot chunk is imported on demand by the entry: it and its own imports are fetched with the page, not
      // once the entry has run; except on the managers' agenda outside Teams, whose static first paint comes
      // before React (the page decides, by the entry's own rule: scripts/boot-preload.ts).
      const boot = early ? Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'boot') : undefined;
      const bootFiles = boot?.type === 'chunk' ? [boot.fileName, ...boot.imports].filter((f) => !html.includes(f)) : [];
      const preload: HtmlTagDescriptor[] =
        bootFiles.length > 0
          ? [
              {
                tag: 'script',
                children: bootPreloadScript(
                  bootFiles.map((file) => `/${file}`),
                  uiAfterFirstPaint,
                ),
                injectTo,
              },
            ]
          : [];
      const tags: HtmlTagDescriptor[] = [
        ...preload,
        // office.js sends a framed page that is not in Office to about:blank unless OsfOptOut is defined
        // (office.debug.js; the flag is read nowhere else): the Teams tab is such a page.
        { tag: 'script', children: 'window.OsfOptOut = true;', injectTo },
        { tag: 'script', attrs: { src }, injectTo },
      ];
      return early ? { html: asyncModuleEntries(html), tags } : tags;
    },
  };
}

/**
 * Lazy modules every panel open needs at once: the UI half (React, Fluent, the shell) and the default
 * (managers') view. They go in the boot chunk, which the built page modulepreloads beside its entry
 * (officeJsPlugin; the managers' agenda outside Teams fetches it only after its static first paint). The
 * entry chunk itself holds main.tsx with the data layer and the hosts, so the first Graph request starts
 * before the boot chunk's ~100 ms of evaluation (issue #13).
 */
const EARLY_MODULES = ['src/app/ui-start.ts', 'src/features/agenda/index.tsx'];
/** Entries whose own modules stay out of the boot chunk: the app's (data first) and the sign-in page's. */
const ENTRY_MODULES = ['src/app/main.tsx', 'src/app/auth-main.ts'];

/**
 * Build only: the `boot` chunk holds what the first open of the managers' view runs (see
 * scripts/boot-chunk.ts). Modules the sign-in page (auth.html) also runs stay out, so that page does
 * not download the whole app.
 */
function bootChunkName(roots: string[], excludedRoots: string[], name = 'boot'): (id: string, graph: ModuleGraph) => string | null {
  let boot: Set<string> | null = null;
  return (id, graph) => {
    if (!boot) {
      const excluded = firstOpenModules(graph, excludedRoots);
      boot = new Set([...firstOpenModules(graph, roots)].filter((m) => !excluded.has(m)));
    }
    return boot.has(id) ? name : null;
  };
}

const sourcePath = (path: string): string => fileURLToPath(new URL(`./${path}`, import.meta.url));

/** Prints where to go after Vite's own address lines. */
function addressHintsPlugin(): Plugin {
  return {
    name: 'punkt-address-hints',
    configureServer(server) {
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const base = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
        server.config.logger.info(
          [
            `  ➜  Punkt:   ${base} opens the managers' view of the next demo meeting`,
            `     Roles:   ${base}?role=notes (note-taker), ${base}?role=prepare (secretary)`,
            `     Options: ?meeting=EVENT_ID  ?lang=en  ?user=notetaker|reader  ?theme=dark|contrast`,
            `     Teams:   ${base}teams-host.html (the side panel in a local Teams meeting host)`,
          ].join('\n'),
        );
      };
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const env = process.env.PUNKT_OFFICE_JS;
  // Only the public PUNKT_* ids reach the bundle (see load-config.ts); .env files and the shell both count.
  const punktEnv = publicEnvironment({ ...loadEnv(mode, process.cwd(), 'PUNKT_'), ...process.env });
  const officeSource = env === 'cdn' || env === 'local' ? env : command === 'build' ? 'cdn' : 'local';
  return {
    plugins: [
      react(),
      // Builds only: our makeStyles/makeResetStyles become Griffel's pre-resolved __styles/__resetStyles (as
      // Fluent's own packages ship), so the first open runs no style resolver (stylis, rtl-css-js, hashing).
      // Dev keeps the runtime, as the plugin advises. https://github.com/microsoft/griffel/tree/main/packages/vite-plugin
      // It evaluates the style modules' imports from their TypeScript sources, hence Babel's TypeScript preset.
      command === 'build' && griffel({ babelOptions: { presets: ['@babel/preset-typescript'] } }),
      officeJsPlugin(officeSource),
      localGraphPlugin(),
      teamsHostPlugin(),
      addressHintsPlugin(),
    ],
    define: { __PUNKT_ENV__: JSON.stringify(punktEnv) },
    // PUNKT_HTTPS=1 (npm run start:https): the local certificate from .certs/, for sideloading.
    server: { port: 5173, host: 'localhost', https: httpsOptions() },
    preview: { https: httpsOptions() },
    // The manifest's ribbon buttons point at /icon-16.png etc.: serve and copy assets/ at the root.
    publicDir: 'assets',
    build: {
      target: 'es2022',
      sourcemap: true,
      // The boot chunk is the whole first open (about 700 kB minified, 210 kB gzip) on purpose.
      chunkSizeWarningLimit: 800,
      // auth.html is the Office dialog's sign-in page (the fallback where nested app auth is unavailable).
      rolldownOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          auth: fileURLToPath(new URL('./auth.html', import.meta.url)),
          // redirect.html is where the sign-in popup returns in a plain browser (src/auth/redirect-main.ts).
          redirect: fileURLToPath(new URL('./redirect.html', import.meta.url)),
        },
        output: {
          codeSplitting: {
            groups: [
              {
                // The entry's own modules, first: pulled into the boot chunk with the UI modules that also
                // import them (rolldown takes a group's dependencies along), the entry would wait for it.
                debugName: 'start',
                name: bootChunkName([sourcePath('src/app/main.tsx')], [sourcePath('src/app/auth-main.ts')], 'start'),
                priority: 2,
              },
              {
                debugName: 'boot',
                name: bootChunkName(EARLY_MODULES.map(sourcePath), ENTRY_MODULES.map(sourcePath)),
                priority: 1,
              },
            ],
          },
        },
      },
    },
  };
});
