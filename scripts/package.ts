/**
 * `npm run package -- --origin https://HOST [--client-id ID] [--app-id ID] [--xml-id ID] [--sharepoint-scope site|lists] [--out FILE]`:
 * fills manifest/manifest.template.json for one origin and zips it with the two icons into
 * dist/punkt-app-package.zip (the file Teams admin center and Integrated apps accept).
 * The manifest's nested app authentication entry carries the exact scopes the app requests, so the
 * hosts can fetch the token while the pane loads; `--sharepoint-scope` (or PUNKT_SHAREPOINT_SCOPE)
 * must match the app's own configuration.
 * Beside the zip it writes dist/punkt-addin.xml, the add-in only (XML) manifest for the Outlook
 * clients that do not install the unified manifest (docs/tenant.md, section 7).
 * The zip's path is the last line on stdout; a bad argument exits 2 with one line on stderr.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { type SharePointScope, graphScopes } from '../src/auth/msal-config';
import { XmlTemplateError, renderXmlManifest, shortScopes, withHiddenXmlAddin } from './addin-xml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Punkt's app id: stable, so an uploaded package replaces the previous version instead of adding a second app. */
export const DEFAULT_APP_ID = '2f8e1c7a-4d3b-4a9e-8c61-0b7d5e3f9a12';
/**
 * The XML add-in's own id. It must differ from the app id: the unified manifest hides the XML
 * add-in by this id (`alternates[].hide.customOfficeAddin.officeAddinId`) on clients that install both.
 */
export const DEFAULT_XML_ADDIN_ID = '8c3d6f1e-2b7a-4e59-9d14-6a0f3e8b7c25';
/** Used when no client id is given: the package validates, but sign-in needs the real one. */
export const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A problem with the command's input, reported as one line with exit code 2. */
export class PackageError extends Error {}

/**
 * Checks the origin the app is served from: https, a host only (Teams and Outlook match
 * validDomains and the NAA redirect `brk-multihub://HOST` against the bare origin), no wildcard.
 */
export function parseOrigin(raw: string): { origin: string; host: string } {
  if (raw.includes('*')) throw new PackageError(`--origin ${raw}: wildcards are not allowed; give the exact host`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PackageError(`--origin ${raw}: not a URL; expected https://HOST`);
  }
  if (url.protocol !== 'https:') throw new PackageError(`--origin ${raw}: must use https (Outlook and Teams load add-ins over https only)`);
  if (url.username || url.password) throw new PackageError(`--origin ${raw}: must not contain credentials`);
  if (url.pathname !== '/' || url.search || url.hash || /^https:\/\/[^/]+\/./.test(raw)) {
    throw new PackageError(`--origin ${raw}: must be an origin without path, query or fragment, e.g. https://${url.host}`);
  }
  return { origin: url.origin, host: url.host };
}

/** Replaces every `{{NAME}}`; an unknown placeholder is an error rather than a broken manifest. */
export function renderManifest(template: string, values: Record<string, string>): string {
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new PackageError(`manifest template: no value for ${whole}`);
    return value;
  });
  JSON.parse(text);
  return text;
}

export interface PackageOptions {
  origin: string;
  clientId?: string;
  appId?: string;
  /** The XML manifest's `<Id>`; default DEFAULT_XML_ADDIN_ID. */
  xmlAddinId?: string;
  /** Zip path; default dist/punkt-app-package.zip. */
  out?: string;
  /** Which SharePoint scope the app requests (PUNKT_SHAREPOINT_SCOPE); default `site`. */
  sharePointScope?: SharePointScope;
  /** Project root holding manifest/ and assets/ (tests point elsewhere). */
  root?: string;
}

/**
 * Adds `webApplicationInfo.nestedAppAuthInfo`: with it, Outlook and Teams prefetch the NAA token
 * while the pane loads. Its redirect URI is the `brk-multihub://` form of the app's origin that the
 * Entra app registers, and its scopes must be those of the app's first token request, in the same
 * order ("Order must match that of the proceeding NAA request in the app"), so they come from
 * graphScopes, the list MSAL is given, rather than a second copy here.
 * https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/root-web-application-info-nested-app-auth-info
 */
export function withNestedAppAuth(manifestText: string, host: string, scopes: readonly string[]): string {
  const manifest = JSON.parse(manifestText) as { webApplicationInfo?: Record<string, unknown> };
  if (!manifest.webApplicationInfo) throw new PackageError('manifest template: no webApplicationInfo to add nested app authentication to');
  manifest.webApplicationInfo.nestedAppAuthInfo = [{ redirectUri: `brk-multihub://${host}`, scopes: [...scopes] }];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads `site` or `lists`; anything else is an error rather than a manifest whose scopes the app does not ask for. */
export function parseSharePointScope(raw: string | undefined): SharePointScope {
  if (raw === undefined || raw === '') return 'site';
  if (raw === 'site' || raw === 'lists') return raw;
  throw new PackageError(`--sharepoint-scope ${raw}: expected site or lists (as PUNKT_SHAREPOINT_SCOPE)`);
}

/**
 * Builds the app package and the XML manifest beside it; returns their absolute paths and contents.
 * The XML add-in gets its own id, which the unified manifest names to hide it where both install.
 */
export function buildPackage(options: PackageOptions): { zipPath: string; manifest: string; xmlPath: string; xml: string } {
  const root = options.root ?? ROOT;
  const { origin, host } = parseOrigin(options.origin);
  const clientId = options.clientId ?? PLACEHOLDER_CLIENT_ID;
  const appId = options.appId ?? DEFAULT_APP_ID;
  const xmlAddinId = options.xmlAddinId ?? DEFAULT_XML_ADDIN_ID;
  if (!GUID.test(clientId)) throw new PackageError(`--client-id ${clientId}: expected the Entra app's client id, a GUID`);
  if (!GUID.test(appId)) throw new PackageError(`--app-id ${appId}: expected a GUID`);
  if (!GUID.test(xmlAddinId)) throw new PackageError(`--xml-id ${xmlAddinId}: expected a GUID`);
  if (xmlAddinId.toLowerCase() === appId.toLowerCase())
    throw new PackageError(`--xml-id ${xmlAddinId}: must differ from the app id (the unified manifest hides the XML add-in by it)`);
  const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
  const template = readFileSync(resolve(root, 'manifest/manifest.template.json'), 'utf8');
  const rendered = renderManifest(template, { ORIGIN: origin, HOST: host, CLIENT_ID: clientId, APP_ID: appId, VERSION: version });
  const scopes = graphScopes(options.sharePointScope ?? 'site');
  const manifest = withHiddenXmlAddin(withNestedAppAuth(rendered, host, scopes), xmlAddinId);
  const xml = renderXmlManifest(readFileSync(resolve(root, 'manifest/manifest.template.xml'), 'utf8'), {
    XML_ADDIN_ID: xmlAddinId,
    VERSION: version,
    ORIGIN: origin,
    HOST: host,
    CLIENT_ID: clientId,
    SCOPE: shortScopes(scopes),
  });
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(manifest),
    'color.png': readFileSync(resolve(root, 'assets/color.png')),
    'outline.png': readFileSync(resolve(root, 'assets/outline.png')),
  });
  const zipPath = resolve(options.out ?? resolve(root, 'dist/punkt-app-package.zip'));
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zip);
  const xmlPath = resolve(dirname(zipPath), 'punkt-addin.xml');
  writeFileSync(xmlPath, xml);
  return { zipPath, manifest, xmlPath, xml };
}

/** Parses `--name value` pairs; unknown flags are errors so a typo is not silently ignored. */
export function parseArgs(args: string[], known: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !known.includes(name))
      throw new PackageError(`unknown argument ${flag}; expected ${known.map((k) => `--${k}`).join(', ')}`);
    const value = args[++i];
    if (value === undefined) throw new PackageError(`${flag} needs a value`);
    out[name] = value;
  }
  return out;
}

function main(args: string[]): number {
  try {
    const opts = parseArgs(args, ['origin', 'client-id', 'app-id', 'xml-id', 'sharepoint-scope', 'out']);
    if (!opts.origin) throw new PackageError('missing --origin https://HOST (the address the app is served from)');
    const clientId = opts['client-id'] ?? (process.env.PUNKT_CLIENT_ID || undefined);
    const { zipPath, xmlPath } = buildPackage({
      origin: opts.origin,
      clientId,
      appId: opts['app-id'] ?? (process.env.PUNKT_APP_ID || undefined),
      xmlAddinId: opts['xml-id'] ?? (process.env.PUNKT_XML_ADDIN_ID || undefined),
      sharePointScope: parseSharePointScope(opts['sharepoint-scope'] ?? process.env.PUNKT_SHAREPOINT_SCOPE?.trim()),
      out: opts.out,
    });
    if (!clientId)
      process.stderr.write(`package: no --client-id or PUNKT_CLIENT_ID; used ${PLACEHOLDER_CLIENT_ID}, so sign-in will not work\n`);
    process.stdout.write(`${xmlPath}\n${zipPath}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof PackageError) && !(error instanceof XmlTemplateError)) throw error;
    process.stderr.write(`package: ${error.message}\n`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
