import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let out: string;
/** The source modules of each chunk the build wrote, by chunk name (e.g. `boot`). */
const modulesByChunk = new Map<string, string[]>();

/** Records which modules each chunk holds: a minified chunk without source maps no longer says. */
const recordChunks: Plugin = {
  name: 'record-chunk-modules',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk') modulesByChunk.set(output.name, [...(modulesByChunk.get(output.name) ?? []), ...output.moduleIds]);
    }
  },
};

// One production build with the project's own vite.config.ts (about 20 s on two cores).
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'punkt-build-'));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'silent',
    plugins: [recordChunks],
    build: { outDir: out, emptyOutDir: true, sourcemap: false },
  });
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the sign-in popup redirect page in the production build', () => {
  it('emits redirect.html with its own small entry that runs MSAL’s redirect bridge', () => {
    const html = readFileSync(join(out, 'redirect.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\/(assets\/redirect-[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const code = readFileSync(join(out, entry!), 'utf8');
    // broadcastResponseToMainFrame sets this title while it hands the answer to the opener.
    expect(code).toContain('Microsoft Authentication');
    expect(code.length).toBeLessThan(5_000);
    expect(html).not.toMatch(/boot-[^"]+\.js/);
  });

  it('loads no office.js there, unlike the app page', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const html = readFileSync(join(out, 'redirect.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*office\.js/);
    expect(html).not.toContain('OsfOptOut');
  });
});

// Issue #13: Griffel's resolver (makeStyles → CSS: stylis, rtl-css-js, hashing) ran in every first open
// (Griffel with stylis took about 43 ms of its CPU in the lead's profile). The build resolves our makeStyles/makeResetStyles ahead of time (@griffel/vite-plugin
// in vite.config.ts), as Fluent's own packages ship theirs, so the page only inserts ready CSS rules.
describe("Griffel's styles in the production build (issue #13)", () => {
  const resolver =
    /\/node_modules\/(stylis|rtl-css-js)\/|\/@griffel\/core\/src\/(makeStyles|makeResetStyles|makeStaticStyles|resolveStyleRulesForSlots|runtime\/resolveStyleRules)\.js$/;

  it("the boot chunk inserts pre-resolved styles and holds none of Griffel's runtime resolver", () => {
    const boot = modulesByChunk.get('boot') ?? [];
    expect(boot.some((id) => id.endsWith('/@griffel/core/src/__styles.js'))).toBe(true);
    expect(boot.filter((id) => resolver.test(id))).toEqual([]);
  });

  it('no chunk resolves styles at run time: every view is built the same way', () => {
    const resolving = [...modulesByChunk].filter(([, ids]) => ids.some((id) => resolver.test(id))).map(([name]) => name);
    expect(resolving).toEqual([]);
  });
});

// Issue #13: the app page's entry runs while the parser still waits for office.js (scripts/early-entry.ts),
// and the boot chunk (React, Fluent, the view) loads beside it instead of before the data layer runs.
describe("the app page's entry in the production build", () => {
  const html = () => readFileSync(join(out, 'index.html'), 'utf8');
  const head = () => html().slice(0, html().indexOf('</head>'));

  it('is async and comes before office.js, which stays a parser-blocking script in <head>; auth.html keeps office.js first', () => {
    const entry = head().search(/<script type="module" async crossorigin src="\/assets\/start-[^"]+\.js"/);
    const office = head().search(/<script src="[^"]*\/office\.js"><\/script>/);
    expect(entry).toBeGreaterThan(-1);
    expect(office).toBeGreaterThan(entry);
    expect(head()).not.toMatch(/<script type="module"(?![^>]*\basync\b)[^>]*\bsrc=/);
    const auth = readFileSync(join(out, 'auth.html'), 'utf8');
    expect(auth.search(/office\.js/)).toBeLessThan(auth.search(/<script type="module"/));
  });

  it("holds the data layer in the entry's start chunk, and React in the boot chunk, which the page preloads before office.js except on the managers' agenda", () => {
    expect(modulesByChunk.get('start')?.some((id) => id.endsWith('src/graph/agenda-repository.ts'))).toBe(true);
    expect(modulesByChunk.get('start')?.some((id) => /node_modules\/react(-dom)?\//.test(id))).toBe(false);
    expect(modulesByChunk.get('boot')?.some((id) => /node_modules\/react-dom\//.test(id))).toBe(true);
    // No static link: an inline script decides (scripts/boot-preload.ts), before office.js blocks the parser.
    expect(head()).not.toMatch(/<link rel="modulepreload"[^>]*boot-/);
    const inline = [...head().matchAll(/<script>([\s\S]*?)<\/script>/g)].find(([, body]) => /\/assets\/boot-[^"]+\.js/.test(body!));
    expect(inline).toBeDefined();
    expect(inline!.index).toBeLessThan(head().search(/<script src="[^"]*\/office\.js">/));
    const links = (search: string) => {
      const added: Array<{ rel: string; href: string }> = [];
      const self = {};
      const document = { createElement: () => ({}), head: { appendChild: (link: { rel: string; href: string }) => added.push(link) } };
      new Function('location', 'window', 'document', inline![1]!)({ search }, { self, top: self }, document);
      return added;
    };
    expect(links('?role=prepare').map((l) => l.href)).toContainEqual(expect.stringMatching(/^\/assets\/boot-[^/]+\.js$/));
    expect(links('?role=prepare').every((l) => l.rel === 'modulepreload')).toBe(true);
    expect(links('')).toEqual([]);
  });
});
