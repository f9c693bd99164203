/**
 * HTTPS for local sideloading into Outlook on the web and Teams.
 * `npm run certs` creates a local CA and a localhost certificate in .certs/ (git-ignored) with
 * office-addin-dev-certs' generateCertificates — offline, and without touching the system's
 * certificate store (trust .certs/ca.crt yourself in the browser if you want no warning).
 * `npm run start:https` creates them when missing and runs Vite with PUNKT_HTTPS=1; vite.config.ts
 * passes `httpsOptions()` to `server.https`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the certificate files live. */
export function certPaths(root = ROOT): { dir: string; ca: string; cert: string; key: string } {
  const dir = join(root, '.certs');
  return { dir, ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
}

/**
 * The key and certificate for Vite's `server.https` when PUNKT_HTTPS=1, or undefined (plain http).
 * Throws with the fix when https is asked for but the certificates have not been made.
 */
export function httpsOptions(env: NodeJS.ProcessEnv = process.env, root = ROOT): { key: Buffer; cert: Buffer } | undefined {
  if (env.PUNKT_HTTPS !== '1' && env.PUNKT_HTTPS !== 'true') return undefined;
  const paths = certPaths(root);
  if (!existsSync(paths.key) || !existsSync(paths.cert))
    throw new Error(`PUNKT_HTTPS=1 but ${paths.dir} has no certificate: run npm run certs`);
  return { key: readFileSync(paths.key), cert: readFileSync(paths.cert) };
}

/** Creates .certs/ (CA + localhost certificate, valid 30 days) unless it is already there. */
export async function ensureCertificates(root = ROOT, days = 30): Promise<boolean> {
  const paths = certPaths(root);
  if (existsSync(paths.key) && existsSync(paths.cert)) return false;
  // Imported lazily: vite.config.ts imports httpsOptions and should not load mkcert for plain http.
  const { generateCertificates } = await import('office-addin-dev-certs');
  // generateCertificates writes nothing when ca.crt already exists, so a half-made .certs/ must go.
  rmSync(paths.ca, { force: true });
  await generateCertificates(paths.ca, paths.cert, paths.key, days, ['localhost', '127.0.0.1']);
  return true;
}

async function main(args: string[]): Promise<number> {
  const made = await ensureCertificates();
  const { dir } = certPaths();
  if (args[0] !== '--start') {
    console.log(made ? `created ${dir} (CA: ca.crt; trust it in your browser for no warnings)` : `${dir} already has a certificate`);
    return 0;
  }
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  // Vite's module runner loads the config (its TypeScript imports have no extensions): no warning at start.
  const child = spawn(process.execPath, [vite, '--configLoader', 'runner', ...args.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, PUNKT_HTTPS: '1' },
  });
  // Forward Ctrl-C so Vite (and its embedded services) shut down cleanly.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`certs: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
