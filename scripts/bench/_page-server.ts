/**
 * One HTTP/1.1 server for the page benchmarks: Punkt's production build at `/`, Microsoft's template
 * page at `/template/`, the npm copy of office.js at both pages' office.js paths, and the local Graph
 * service at `/graph`. Every request, static or Graph, waits `delayMs` before it is answered (the
 * "+100 ms per request" of issue #13), so both pages meet the same network. Text files are sent
 * gzip-compressed, as a CDN would; hashed assets are cacheable for the warm open, the rest is not.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const COMPRESSED = new Set(['.js', '.css', '.html', '.json', '.svg']);

/** URL prefix → folder, and its cache-control. The first matching prefix wins. */
export type Mounts = Array<[prefix: string, dir: string, cacheControl: string]>;

export interface PageServer {
  url: string;
  /** Added before every answer; change it between series. */
  delayMs: number;
  close(): Promise<void>;
}

/** The file under `dir` for `rest`, or null when it leaves `dir` or does not exist. */
function fileIn(dir: string, rest: string): string | null {
  const root = dir.endsWith(sep) ? dir : dir + sep;
  const file = normalize(join(root, decodeURIComponent(rest)));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startPageServer(
  mounts: Mounts,
  graph: (req: IncomingMessage, res: ServerResponse, next: () => void) => void,
): Promise<PageServer> {
  const gzipCache = new Map<string, Buffer>();
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end();
  };
  const serveStatic = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return notFound(res);
    const rest = path.slice(mount[0].length);
    const file = fileIn(mount[1], rest === '' ? 'index.html' : rest);
    if (!file) return notFound(res);
    const ext = extname(file);
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('cache-control', mount[2]);
    let body: Buffer = readFileSync(file);
    if (COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipCache.get(file) ?? gzipSync(body);
      gzipCache.set(file, body);
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', body.length);
    res.end(body);
  };
  const state = { delayMs: 0 };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    setTimeout(() => {
      if (path.startsWith('/graph/')) graph(req, res, () => notFound(res));
      else serveStatic(req, res, path);
    }, state.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(value: number) {
      state.delayMs = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
