import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../cli-io';
import { NewerSeedError } from '../../local-graph/src/seed-version';
import { parseOptions, startFailure } from './graph-server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('graph-server start failures', () => {
  it('names the port only when the socket failed, and says a data folder from a newer Punkt in its own words', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use'), { code: 'EADDRINUSE' });
    expect(startFailure(inUse, 4100)).toBe('graph-server: cannot start on port 4100 (EADDRINUSE)');
    const newer = new NewerSeedError(5, 4, '/data');
    expect(startFailure(newer, 4100)).toBe(`graph-server: cannot start: ${newer.message}`);
    expect(startFailure(newer, 4100)).not.toContain('port');
  });
});

describe('graph-server options', () => {
  it('reads port, data directory, seed and fault options', () => {
    expect(
      parseOptions([
        '--port',
        '4100',
        '--data',
        'd',
        '--seed',
        '--latency',
        '20',
        '--throttle-rate',
        '0.2',
        '--drop-rate',
        '0.05',
        '--fault-seed',
        '7',
      ]),
    ).toEqual({
      port: 4100,
      dataDir: 'd',
      seed: true,
      faults: { latencyMs: 20, throttleRate: 0.2, dropRate: 0.05, failRate: undefined, seed: 7 },
    });
  });

  it('reads --allow-origin and --allow-host, repeated or comma-separated', () => {
    const options = parseOptions([
      '--port',
      '0',
      '--data',
      'd',
      '--allow-origin',
      'https://punkt.example.org/,http://localhost:5173',
      '--allow-origin',
      'HTTP://Other.test:8080',
      '--allow-host',
      'punkt.test',
      '--allow-host',
      'a.test,b.test',
    ]);
    expect(options.allowOrigins).toEqual(['https://punkt.example.org', 'http://localhost:5173', 'http://other.test:8080']);
    expect(options.allowHosts).toEqual(['punkt.test', 'a.test', 'b.test']);
    expect(parseOptions(['--port', '0', '--data', 'd']).allowOrigins).toBeUndefined();
  });

  it.each([
    [['--port', '0', '--data', 'd', '--allow-origin', 'not an origin']],
    [[]],
    [['--port', '4100']],
    [['--port', 'abc', '--data', 'd']],
    [['--port', '70000', '--data', 'd']],
    [['--port', '0', '--data', 'd', '--fail-rate', '1.5']],
    [['--port', '0', '--data', 'd', '--latency', '-1']],
    [['--port', '0', '--data', 'd', '--unknown']],
    [['--port', '0', '--data', 'd', 'extra']],
    [['--port', '0', '--data', 'd', '--fail-rate', '0.6', '--drop-rate', '0.6']],
  ])('refuses %j with a CliError', (args) => {
    expect(() => parseOptions(args)).toThrow(CliError);
  });
});

function runCli(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/punkt.ts', 'graph-server', ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('graph-server process', () => {
  it('prints exactly one listening line, serves Graph, and exits 0 on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'punkt-cli-'));
    dirs.push(dir);
    const child = runCli(['--port', '0', '--data', dir]);
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+\/v1\.0)\n/.exec(stdout);
        if (match) resolve(match[1] as string);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const site = await fetch(`${url}/sites/punkt-demo`, { headers: { authorization: 'Bearer punkt-dev-token' } });
    expect(site.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stdout).toBe(`listening on ${url}\n`);
  });

  it('exits 2 with one line for bad options', async () => {
    const child = runCli(['--port', 'nope', '--data', 'x']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
