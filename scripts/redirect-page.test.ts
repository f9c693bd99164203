import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let out: string;

// One production build with the project's own vite.config.ts (about 20 s on two cores).
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'punkt-build-'));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'silent',
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
