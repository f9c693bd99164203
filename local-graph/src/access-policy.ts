/**
 * Who may talk to the stand-alone service from a browser. Two checks, as a local development
 * server needs them:
 * - Host: only this machine's loopback names with the listening port, or names the operator
 *   allows. A web page can point its own domain at 127.0.0.1 (DNS rebinding) and then read this
 *   service as "same origin"; its requests still carry that domain in Host, so they are refused
 *   with 421 Misdirected Request (RFC 9110 §15.5.20, https://www.rfc-editor.org/rfc/rfc9110#name-421-misdirected-request).
 *   Vite guards its dev server the same way (https://vite.dev/config/server-options#server-allowedhosts).
 * - CORS: only the app's own origins get `Access-Control-Allow-Origin` (the Origin echoed, with
 *   `Vary: Origin`, https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches); any other page
 *   gets no CORS header, so the browser keeps the response from it.
 * The Vite middleware needs neither here: Vite's own host check and CORS run before it.
 */

/** The Vite dev server's origins (`npm start`), allowed unless `--allow-origin` replaces them. */
export const DEV_SERVER_ORIGINS: readonly string[] = ['http://localhost:5173', 'http://127.0.0.1:5173'];

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** The resolved policy of one running server. */
export interface AccessPolicy {
  /** Exact origins (`scheme://host[:port]`) that get CORS headers. */
  readonly origins: ReadonlySet<string>;
  /** Accepted Host values: `name:port`, or a bare `name` that matches any port. */
  readonly hosts: ReadonlySet<string>;
}

/** What the operator configured; `allowOrigins` replaces the dev-server origins when given. */
export interface AccessOptions {
  allowOrigins?: readonly string[];
  allowHosts?: readonly string[];
}

/** An origin in the form browsers send it (lower-case scheme and host, no default port, no slash). */
export function normalizeOrigin(value: string): string {
  const url = new URL(value);
  if (url.origin === 'null') throw new TypeError(`'${value}' is not an http(s) origin`);
  return url.origin;
}

/** The policy for a server listening on `port`: its own loopback origins are always allowed. */
export function createAccessPolicy(port: number, options: AccessOptions = {}): AccessPolicy {
  const own = LOOPBACK_NAMES.map((name) => `http://${name}:${port}`);
  const origins = new Set([...(options.allowOrigins ?? DEV_SERVER_ORIGINS), ...own].map(normalizeOrigin));
  const hosts = new Set([
    ...LOOPBACK_NAMES.map((name) => `${name}:${port}`),
    ...(options.allowHosts ?? []).map((h) => h.trim().toLowerCase()),
  ]);
  // Port 80 is left out of Host by clients.
  if (port === 80) LOOPBACK_NAMES.forEach((name) => hosts.add(name));
  return { origins, hosts };
}

/** True when the Host header names this service. */
export function hostAllowed(policy: AccessPolicy, host: string | undefined): boolean {
  if (!host) return false;
  const value = host.trim().toLowerCase();
  if (policy.hosts.has(value)) return true;
  const name = value.replace(/:\d+$/, '');
  return name !== value && policy.hosts.has(name) && !LOOPBACK_NAMES.includes(name);
}

/** The CORS response headers for a request from `origin` (always `Vary: Origin`). */
export function corsHeaders(policy: AccessPolicy, origin: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { vary: 'Origin' };
  if (origin && policy.origins.has(origin)) {
    headers['access-control-allow-origin'] = origin;
    headers['access-control-expose-headers'] = 'ETag, Location, Retry-After, request-id, client-request-id';
  }
  return headers;
}
