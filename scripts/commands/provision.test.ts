import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalGraph } from '../../local-graph/src/index';
import { startTempLocalGraph } from '../../tests/helpers/local-graph/temp-local-graph';
import { run } from './provision';

let graph: LocalGraph;
beforeEach(async () => {
  graph = await startTempLocalGraph('punkt-provision-');
});
afterEach(async () => {
  await graph.close();
});

async function provisionLines(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await run(args, (l) => lines.push(l));
  return { code, lines };
}

/** The command's exit code and what it wrote to stderr (kept off the test's output). */
async function provisionErrors(args: string[]): Promise<{ code: number; stderr: string }> {
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const { code } = await provisionLines(args);
    return { code, stderr: stderr.mock.calls.map((c) => String(c[0])).join('') };
  } finally {
    stderr.mockRestore();
  }
}

describe('punkt provision', () => {
  it('prints the plan on a dry run and changes nothing', async () => {
    const dry = await provisionLines(['--graph', graph.url, '--site', 'punkt-demo', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.lines.map((l) => l.split(' with ')[0])).toEqual([
      'would create list PunktMeetings',
      'would create list PunktItems',
      'would create list PunktClosedItems',
    ]);
    expect((await provisionLines(['--graph', graph.url, '--site', 'punkt-demo', '--dry-run'])).lines).toEqual(dry.lines);
  });

  it('creates the lists once; the second run has nothing to do', async () => {
    const first = await provisionLines(['--graph', graph.url, '--site', 'punkt-demo']);
    expect(first.lines).toHaveLength(3);
    expect(first.lines[0]).toMatch(/^create list PunktMeetings with columns MeetingKey \(text, indexed, unique\)/);
    expect(await provisionLines(['--graph', graph.url, '--site', 'punkt-demo'])).toEqual({
      code: 0,
      lines: ['nothing to do: the lists on punkt-demo are up to date'],
    });
  });

  it('exits 2 with one line for a missing site option or an unknown site', async () => {
    expect(await provisionErrors(['--graph', graph.url])).toEqual({
      code: 2,
      stderr: 'provision: --site is required; usage: punkt provision --graph URL --site SITE-ID [--dry-run]\n',
    });
    expect(await provisionErrors(['--graph', graph.url, '--site', 'no-such-site'])).toEqual({
      code: 2,
      stderr: `provision: ${graph.url}: 404 itemNotFound: The site 'no-such-site' could not be found.\n`,
    });
    expect(await provisionErrors(['--bogus'])).toEqual({
      code: 2,
      stderr: "provision: Unknown option '--bogus'; usage: punkt provision --graph URL --site SITE-ID [--dry-run]\n",
    });
  });
});
