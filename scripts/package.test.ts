import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphScopes } from '../src/auth/msal-config';
import { drawIcons } from './make-icons';
import { PackageError, buildPackage, parseOrigin, parseSharePointScope, renderManifest } from './package';
import { pngSize, validatePackage } from './validate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLIENT = '6b0f9d3e-8a51-4c2f-9a0e-3f1d2c4b5a69';
const ORIGIN = 'https://punkt.kommune.dk';

let dir: string;
let zipPath: string;
let files: Record<string, Uint8Array>;
let manifest: Record<string, unknown>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'punkt-package-'));
  zipPath = buildPackage({ origin: ORIGIN, clientId: CLIENT, out: join(dir, 'punkt.zip') }).zipPath;
  files = unzipSync(readFileSync(zipPath));
  manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, unknown>;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, PUNKT_CLIENT_ID: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Decodes one of our own PNGs (8-bit RGBA, filter 0 on every row) into RGBA bytes. */
function rgba(png: Uint8Array): Uint8Array {
  const { width, height } = pngSize(png)!;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const view = new DataView(png.buffer, png.byteOffset + at);
    const length = view.getUint32(0);
    if (new TextDecoder().decode(png.subarray(at + 4, at + 8)) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) out.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  return out;
}

describe('app package', () => {
  it('holds exactly the manifest and the two icons', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(files['color.png']!)).toEqual({ width: 192, height: 192 });
    expect(pngSize(files['outline.png']!)).toEqual({ width: 32, height: 32 });
  });

  it('has a colour icon on a solid background and a white-on-transparent outline icon', () => {
    const color = rgba(files['color.png']!);
    expect(color.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
    const outline = rgba(files['outline.png']!);
    const alphas = outline.filter((_, i) => i % 4 === 3);
    expect(alphas[0]).toBe(0);
    expect(alphas.some((a) => a === 255)).toBe(true);
    for (let i = 0; i < outline.length; i += 4)
      if (outline[i + 3]! > 0) expect([outline[i], outline[i + 1], outline[i + 2]]).toEqual([255, 255, 255]);
  });

  it('substitutes the origin everywhere and points every URL at it', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/\{\{/);
    const urls = text.match(/https?:\/\/[^"]+/g) ?? [];
    const own = urls.filter(
      (u) => !u.startsWith('https://developer.microsoft.com/json-schemas/') && !u.startsWith('https://graph.microsoft.com/'),
    );
    expect(own.length).toBeGreaterThan(10);
    for (const url of own) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  });

  it('lists the exact host as its only valid domain and declares NAA for the client id', () => {
    expect(manifest.validDomains).toEqual(['punkt.kommune.dk']);
    expect(manifest.webApplicationInfo).toMatchObject({ id: CLIENT, resource: `api://punkt.kommune.dk/${CLIENT}` });
  });

  it('declares nested app authentication with the brk-multihub redirect and the scopes in the order MSAL asks for them', () => {
    const naa = [
      {
        redirectUri: 'brk-multihub://punkt.kommune.dk',
        scopes: [
          'https://graph.microsoft.com/User.Read',
          'https://graph.microsoft.com/Calendars.Read',
          'https://graph.microsoft.com/Chat.ReadBasic',
          'https://graph.microsoft.com/Sites.Selected',
        ],
      },
    ];
    expect((manifest.webApplicationInfo as { nestedAppAuthInfo: unknown }).nestedAppAuthInfo).toEqual(naa);
    expect(naa[0]!.scopes).toEqual(graphScopes('site'));
  });

  it('prefetches the list-scoped token when the app asks for Lists.SelectedOperations.Selected', () => {
    const built = buildPackage({ origin: ORIGIN, clientId: CLIENT, sharePointScope: 'lists', out: join(dir, 'lists.zip') });
    const info = (JSON.parse(built.manifest) as { webApplicationInfo: { nestedAppAuthInfo: Array<{ scopes: string[] }> } })
      .webApplicationInfo;
    expect(info.nestedAppAuthInfo[0]!.scopes).toEqual(graphScopes('lists'));
    expect(info.nestedAppAuthInfo[0]!.scopes.at(-1)).toBe('https://graph.microsoft.com/Lists.SelectedOperations.Selected');
  });

  it('gives Outlook alternate icons as a mail add-in needs them: a 64×64 icon and a 128×128 high-resolution icon', () => {
    const ext = (
      manifest.extensions as Array<{ alternates?: Array<{ alternateIcons?: Record<string, { size: number; url: string }> }> }>
    )[0]!;
    const icons = ext.alternates?.find((a) => a.alternateIcons)?.alternateIcons;
    expect(icons).toBeDefined();
    // The size field is ignored for these but must be a valid value; the files themselves are measured.
    for (const [key, pixels] of [
      ['icon', 64],
      ['highResolutionIcon', 128],
    ] as const) {
      const { size, url } = icons![key]!;
      expect(size).toBe(64);
      expect(url).toBe(`${ORIGIN}/icon-${pixels}.png`);
      expect(pngSize(readFileSync(join(ROOT, 'assets', `icon-${pixels}.png`)))).toEqual({ width: pixels, height: pixels });
    }
  });

  it('opens the secretary view for organizers and the agenda for attendees in Outlook', () => {
    const ext = (
      manifest.extensions as Array<{
        runtimes: Array<{ code: { page: string }; actions: Array<{ id: string }> }>;
        ribbons: Array<{ contexts: string[]; tabs: Array<{ groups: Array<{ controls: Array<{ actionId: string }> }> }> }>;
      }>
    )[0]!;
    const pageFor = (context: string) => {
      const actionId = ext.ribbons.find((r) => r.contexts.includes(context))!.tabs[0]!.groups[0]!.controls[0]!.actionId;
      return ext.runtimes.find((r) => r.actions.some((a) => a.id === actionId))!.code.page;
    };
    expect(pageFor('meetingDetailsOrganizer')).toBe(`${ORIGIN}/?role=prepare`);
    expect(pageFor('meetingDetailsAttendee')).toBe(`${ORIGIN}/`);
  });

  it('points the Outlook ribbon at icons the app serves, at the sizes they claim', () => {
    const icons = JSON.stringify((manifest.extensions as Array<{ ribbons: unknown }>)[0]!.ribbons)
      .match(/\{"size":\d+,"url":"[^"]+"\}/g)!
      .map((s) => JSON.parse(s) as { size: number; url: string });
    expect(icons.length).toBeGreaterThan(0);
    for (const { size, url } of icons) {
      expect(url).toBe(`${ORIGIN}/icon-${size}.png`);
      expect(pngSize(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it('ships the icons exactly as scripts/make-icons.ts draws them (regenerate after changing the drawing)', () => {
    for (const [name, png] of Object.entries(drawIcons())) expect(readFileSync(join(ROOT, 'assets', name)).equals(png), name).toBe(true);
  });

  it('validates offline against the bundled schema', async () => {
    await expect(validatePackage(zipPath)).resolves.toEqual([]);
  });

  it("names in docs/tenant.md the manifest's Mailbox minimum and its alternate icons", () => {
    const doc = readFileSync(join(ROOT, 'docs/tenant.md'), 'utf8');
    const ext = (manifest.extensions as Array<{ requirements: { capabilities: Array<{ name: string; minVersion: string }> } }>)[0]!;
    const mailbox = ext.requirements.capabilities.find((c) => c.name === 'Mailbox')!;
    expect(doc).toContain(`requires \`Mailbox\` ${mailbox.minVersion}`);
    for (const file of ['icon-64.png', 'icon-128.png']) expect(doc).toContain(file);
  });

  it('asks MSAL for fully qualified Graph scopes that exist in docs/tenant.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/tenant.md'), 'utf8');
    for (const scope of graphScopes('site')) expect(doc).toContain(scope.replace('https://graph.microsoft.com/', ''));
  });
});

describe('broken manifests are rejected', () => {
  const broken = (change: (m: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>;
    change(copy);
    const file = join(dir, `broken-${Math.random().toString(36).slice(2)}.zip`);
    writeFileSync(file, zipSync({ ...files, 'manifest.json': new TextEncoder().encode(JSON.stringify(copy)) }));
    return file;
  };

  it('reports a schema violation', async () => {
    const file = broken((m) => ((m.name as { short: string }).short = 'Punkt – dagsorden og referat for Chefforum'));
    const problems = await validatePackage(file);
    expect(problems.join('\n')).toMatch(/schema: .*name\/short.*30/);
  });

  it('reports a wildcard domain and a wrongly sized icon', async () => {
    const file = broken((m) => (m.validDomains = ['*.kommune.dk']));
    const withSmallIcon = zipSync({ ...unzipSync(readFileSync(file)), 'color.png': files['outline.png']! });
    writeFileSync(file, withSmallIcon);
    const problems = await validatePackage(file);
    expect(problems).toContain('validDomains: "*.kommune.dk" is a wildcard or not a host');
    expect(problems).toContain('icons.color: must be a 192×192 PNG');
  });

  it('reports an Outlook extension without alternate icons, or without hiding the XML add-in', async () => {
    const file = broken((m) => delete (m.extensions as Array<Record<string, unknown>>)[0]!.alternates);
    expect(await validatePackage(file)).toEqual([
      'extensions[0]: no alternates[].alternateIcons (the icons for clients without the unified manifest)',
      "extensions[0]: no alternates[].hide.customOfficeAddin naming the XML add-in's own id",
    ]);
  });

  it('reports an NAA entry for another host, and one without scopes against the schema', async () => {
    const naa = (m: Record<string, unknown>) =>
      (m.webApplicationInfo as { nestedAppAuthInfo: Array<Record<string, unknown>> }).nestedAppAuthInfo[0]!;
    const otherHost = await validatePackage(broken((m) => (naa(m).redirectUri = 'brk-multihub://evil.example')));
    expect(otherHost).toEqual([
      'webApplicationInfo.nestedAppAuthInfo: redirectUri "brk-multihub://evil.example" must be brk-multihub:// and a valid domain',
    ]);
    const noScopes = await validatePackage(broken((m) => delete naa(m).scopes));
    // app-manifest's typed reader refuses the shape before the JSON schema runs; either way it names the property.
    expect(noScopes.join('\n')).toMatch(/schema: .*webApplicationInfo.*nestedAppAuthInfo/);
  });

  it('refuses a schema it would have to download', async () => {
    const file = broken((m) => (m.$schema = 'https://example.com/schema.json'));
    expect((await validatePackage(file))[0]).toMatch(/not a Teams schema bundled/);
  });
});

describe('origin and template checks', () => {
  it.each([
    'http://punkt.kommune.dk',
    'https://punkt.kommune.dk/app',
    'https://*.kommune.dk',
    'https://punkt.kommune.dk?x=1',
    'punkt.kommune.dk',
  ])('rejects %s', (origin) => {
    expect(() => parseOrigin(origin)).toThrow(PackageError);
  });

  it('keeps a port in the host (local sideloading)', () => {
    expect(parseOrigin('https://localhost:5173/')).toEqual({ origin: 'https://localhost:5173', host: 'localhost:5173' });
  });

  it('takes the SharePoint scope as site or lists only', () => {
    expect([parseSharePointScope(undefined), parseSharePointScope(''), parseSharePointScope('lists')]).toEqual(['site', 'site', 'lists']);
    expect(() => parseSharePointScope('all')).toThrow(PackageError);
  });

  it('refuses a template placeholder it has no value for', () => {
    expect(() => renderManifest('{"a":"{{NOPE}}"}', {})).toThrow(/\{\{NOPE\}\}/);
  });
});

describe('npm run package / validate', () => {
  it('prints the XML manifest path and then the zip path as the last line, and validate accepts both silently', () => {
    const out = join(dir, 'cli.zip');
    const pkg = run('package.ts', ['--origin', 'https://punkt.kommune.dk', '--client-id', CLIENT, '--out', out]);
    expect(pkg.code).toBe(0);
    expect(pkg.stdout.trim().split('\n')).toEqual([join(dir, 'punkt-addin.xml'), out]);
    const valid = run('validate.ts', [out, join(dir, 'punkt-addin.xml')]);
    expect([valid.code, valid.stdout, valid.stderr]).toEqual([0, '', '']);
  });

  it('exits 1 naming the XML manifest when it is broken', () => {
    const file = join(dir, 'broken-addin.xml');
    writeFileSync(file, readFileSync(join(dir, 'punkt-addin.xml'), 'utf8').replace('<Permissions>ReadWriteItem</Permissions>', ''));
    const result = run('validate.ts', [file]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`${file}: OfficeApp: required <Permissions> is missing`);
  });

  it('exits 2 with one line for an origin with a path', () => {
    const pkg = run('package.ts', ['--origin', 'https://punkt.kommune.dk/app']);
    expect(pkg.code).toBe(2);
    expect(pkg.stderr.trim().split('\n')).toEqual([
      'package: --origin https://punkt.kommune.dk/app: must be an origin without path, query or fragment, e.g. https://punkt.kommune.dk',
    ]);
  });

  it('exits non-zero with the reasons for a broken manifest', () => {
    const file = join(dir, 'manifest.json');
    writeFileSync(file, JSON.stringify({ ...manifest, manifestVersion: '1.99' }));
    const result = run('validate.ts', [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/schema: .*manifestVersion/);
  });
});
