import { describe, expect, it } from 'vitest';
import { uiAfterFirstPaint } from '../src/app/first-paint/ui-timing';
import { bootPreloadScript, type AfterPaintRule } from './boot-preload';

/** Runs `script` against a page at `search` (framed or not) and returns the links it added to <head>. */
function run(script: string, search: string, framed = false): Array<{ rel: string; href: string; crossOrigin: string | null }> {
  const added: Array<{ rel: string; href: string; crossOrigin: string | null }> = [];
  const document = {
    createElement: () => ({ rel: '', href: '', crossOrigin: null as string | null }),
    head: { appendChild: (link: (typeof added)[number]) => added.push(link) },
  };
  const self = {};
  const window = { self, top: framed ? {} : self };
  new Function('location', 'window', 'document', script)({ search }, window, document);
  return added;
}

const FILES = ['/assets/boot-X.js', '/assets/rolldown-runtime-Y.js'];

describe("the built page's boot chunk preload (issue #13)", () => {
  it('adds crossorigin modulepreload links for every page but the managers’ agenda outside Teams', () => {
    const script = bootPreloadScript(FILES, uiAfterFirstPaint);
    expect(run(script, '?role=prepare')).toEqual(FILES.map((href) => ({ rel: 'modulepreload', href, crossOrigin: '' })));
    expect(run(script, '?role=notes')).toHaveLength(2);
    expect(run(script, '?host=teams')).toHaveLength(2);
    expect(run(script, '?role=agenda', true)).toHaveLength(2);
    expect(run(script, '')).toEqual([]);
    expect(run(script, '?role=agenda&lang=en')).toEqual([]);
  });

  it('preloads as before when the rule throws', () => {
    const broken: AfterPaintRule = () => {
      throw new Error('no URLSearchParams');
    };
    expect(run(bootPreloadScript(FILES, broken), '')).toHaveLength(2);
  });

  it('cannot close its script element early', () => {
    const script = bootPreloadScript(['/assets/</script><img src=x>.js'], uiAfterFirstPaint);
    expect(script).not.toMatch(/<\/script/i);
  });
});
