/**
 * `npm run validate [-- ZIP_OR_MANIFEST...]`: validates the app package and the add-in only (XML)
 * manifest (default dist/punkt-app-package.zip and dist/punkt-addin.xml) offline. The XML is checked
 * structurally (scripts/validate-addin-xml.ts). The manifest is checked by office-addin-manifest against the
 * JSON schema bundled in @microsoft/app-manifest, plus what the schema cannot see: the icons are in
 * the zip at the right sizes, validDomains has no wildcard, every URL is https, the Outlook
 * extension has alternate icons, and the NAA redirect names the app's own host.
 * Valid → prints nothing, exit 0. Invalid → one reason per line on stderr, exit 1. Unusable input → exit 2.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { validateManifest } from 'office-addin-manifest';
import { checkAddinXml } from './validate-addin-xml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** Width and height of a PNG from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The bundled schema file for a manifest's `$schema`, or null. app-manifest would otherwise fetch
 * an unknown schema from the internet; validation here must work offline, so that is a failure.
 */
function bundledSchema(schemaUrl: unknown): string | null {
  const match =
    typeof schemaUrl === 'string' &&
    /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(schemaUrl);
  if (!match) return null;
  const base = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(base, 'build/json-schemas/teams', match[1]!, 'MicrosoftTeams.schema.json');
  return existsSync(file) ? file : null;
}

/**
 * What the schema leaves optional but Punkt's package must have. `alternates[].alternateIcons`:
 * Microsoft documents it as "for future use", the icons its coming system will use to install
 * unified-manifest add-ins on clients that do not read that manifest (Outlook on Mac, mobile,
 * perpetual Windows); the package carries them so that needs no new release.
 * https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/extension-alternate-versions-array-alternate-icons
 * The NAA prefetch needs a redirect URI of the form `brk-multihub://` + the app's host.
 * https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/root-web-application-info-nested-app-auth-info
 */
function checkOutlookClients(manifest: Record<string, unknown>, domains: unknown[]): string[] {
  const problems: string[] = [];
  const extensions = Array.isArray(manifest.extensions) ? (manifest.extensions as Array<Record<string, unknown>>) : [];
  extensions.forEach((ext, i) => {
    const alternates = Array.isArray(ext.alternates) ? (ext.alternates as Array<Record<string, unknown>>) : [];
    if (!alternates.some((a) => a.alternateIcons))
      problems.push(`extensions[${i}]: no alternates[].alternateIcons (the icons for clients without the unified manifest)`);
    // The XML add-in for those clients is hidden where this one installs, so no one sees Punkt twice.
    // https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/extension-alternate-versions-array-hide-custom-office-addin
    const hidden = alternates.map((a) => (a.hide as { customOfficeAddin?: { officeAddinId?: unknown } } | undefined)?.customOfficeAddin);
    if (!hidden.some((h) => typeof h?.officeAddinId === 'string' && h.officeAddinId !== manifest.id))
      problems.push(`extensions[${i}]: no alternates[].hide.customOfficeAddin naming the XML add-in's own id`);
  });
  const naa = (manifest.webApplicationInfo as { nestedAppAuthInfo?: Array<{ redirectUri?: unknown }> } | undefined)?.nestedAppAuthInfo;
  for (const entry of naa ?? []) {
    const host = typeof entry.redirectUri === 'string' ? /^brk-multihub:\/\/([^/]+)$/.exec(entry.redirectUri)?.[1] : undefined;
    if (!host || !domains.includes(host))
      problems.push(
        `webApplicationInfo.nestedAppAuthInfo: redirectUri "${String(entry.redirectUri)}" must be brk-multihub:// and a valid domain`,
      );
  }
  return problems;
}

/** Checks the schema cannot express: no wildcard domains, https everywhere, icons present and sized. */
function checkBeyondSchema(manifest: Record<string, unknown>, files: Map<string, Uint8Array> | null): string[] {
  const problems: string[] = [];
  const domains = Array.isArray(manifest.validDomains) ? (manifest.validDomains as unknown[]) : [];
  for (const d of domains)
    if (typeof d !== 'string' || d.includes('*')) problems.push(`validDomains: "${String(d)}" is a wildcard or not a host`);
  const text = JSON.stringify(manifest);
  for (const url of text.match(/"http:\/\/[^"]*"/g) ?? []) problems.push(`${url}: must be https`);
  problems.push(...checkOutlookClients(manifest, domains));
  const left = text.match(/\{\{[A-Z_]+\}\}/);
  if (left) problems.push(`unfilled placeholder ${left[0]} (build with npm run package)`);
  if (files) {
    const icons = (manifest.icons ?? {}) as Record<string, unknown>;
    for (const [key, size] of [
      ['color', 192],
      ['outline', 32],
    ] as const) {
      const name = icons[key];
      const bytes = typeof name === 'string' ? files.get(name) : undefined;
      const dims = bytes ? pngSize(bytes) : null;
      if (!bytes) problems.push(`icons.${key}: "${String(name)}" is not in the package`);
      else if (!dims || dims.width !== size || dims.height !== size) problems.push(`icons.${key}: must be a ${size}×${size} PNG`);
    }
  }
  return problems;
}

/** Validates a package zip or a manifest.json; returns the problems (empty when valid). */
export async function validatePackage(path: string): Promise<string[]> {
  const isZip = path.endsWith('.zip');
  const files = isZip ? new Map(Object.entries(unzipSync(readFileSync(path)))) : null;
  const manifestBytes = isZip ? files!.get('manifest.json') : readFileSync(path);
  if (!manifestBytes) return [`${path}: no manifest.json at the root of the zip`];
  const manifestText = new TextDecoder().decode(manifestBytes);
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(manifestText) as Record<string, unknown>;
  } catch (error) {
    return [`manifest.json: not JSON (${(error as Error).message})`];
  }
  if (!bundledSchema(manifest.$schema))
    return [`$schema ${String(manifest.$schema)}: not a Teams schema bundled in @microsoft/app-manifest (offline validation needs one)`];
  const localFiles =
    files ??
    new Map(
      ['color.png', 'outline.png'].filter((f) => existsSync(join(dirname(path), f))).map((f) => [f, readFileSync(join(dirname(path), f))]),
    );
  const problems = checkBeyondSchema(manifest, localFiles);
  // office-addin-manifest reads a file path and decides JSON vs XML by the name.
  const dir = mkdtempSync(join(tmpdir(), 'punkt-validate-'));
  try {
    const file = join(dir, 'manifest.json');
    writeFileSync(file, manifestText);
    const result = await validateManifest(file);
    if (!result.isValid)
      for (const issue of result.report?.errors ?? []) problems.push(`schema: ${issue.content ?? issue.title ?? 'invalid'}`);
    if (!result.isValid && !result.report?.errors?.length) problems.push('schema: invalid');
  } catch (error) {
    // app-manifest's typed reader throws on a wrong shape before schema validation runs.
    problems.push(`schema: ${(error as Error).message.replaceAll(join(dir, 'manifest.json'), 'manifest.json').replace(/\s*\n\s*/g, ' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

/** Validates the add-in only (XML) manifest offline; returns the problems (empty when valid). */
export function validateAddinXml(path: string): string[] {
  return checkAddinXml(readFileSync(path, 'utf8'));
}

async function main(args: string[]): Promise<number> {
  const targets = (args.length ? args : [join(ROOT, 'dist/punkt-app-package.zip'), join(ROOT, 'dist/punkt-addin.xml')]).map((t) =>
    resolve(t),
  );
  let failed = false;
  for (const target of targets) {
    if (!existsSync(target)) {
      process.stderr.write(`validate: ${target} does not exist; run npm run package -- --origin https://HOST first\n`);
      return 2;
    }
    const problems = target.endsWith('.xml') ? validateAddinXml(target) : await validatePackage(target);
    for (const p of problems) process.stderr.write(`${target}: ${p}\n`);
    failed ||= problems.length > 0;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`validate: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
