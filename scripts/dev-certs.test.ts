import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { certPaths, ensureCertificates, httpsOptions } from './dev-certs';

const root = mkdtempSync(join(tmpdir(), 'punkt-certs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('dev certificates', () => {
  it('serves plain http unless PUNKT_HTTPS=1', () => {
    expect(httpsOptions({}, root)).toBeUndefined();
  });

  it('says how to fix a missing certificate when https is asked for', () => {
    expect(() => httpsOptions({ PUNKT_HTTPS: '1' }, root)).toThrow(/npm run certs/);
  });

  it('creates a localhost certificate signed by a local CA inside the project, once', async () => {
    await expect(ensureCertificates(root)).resolves.toBe(true);
    const options = httpsOptions({ PUNKT_HTTPS: '1' }, root)!;
    const cert = new X509Certificate(options.cert);
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.checkIssued(new X509Certificate(readFileSync(certPaths(root).ca)))).toBe(true);
    expect(options.key.toString()).toMatch(/PRIVATE KEY/);
    await expect(ensureCertificates(root)).resolves.toBe(false);
  });
});
