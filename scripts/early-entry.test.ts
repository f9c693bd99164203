import { describe, expect, it } from 'vitest';
import { asyncModuleEntries } from './early-entry';

describe("the built page's entry runs without waiting for office.js", () => {
  it('makes every module script with a src async, once, and leaves inline and classic scripts alone', () => {
    const html = [
      '<script type="module" crossorigin src="/assets/boot-x.js"></script>',
      '<script type="module" async crossorigin src="/assets/runtime-y.js"></script>',
      '<script type="module">import "/@react-refresh";</script>',
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    ].join('\n');
    expect(asyncModuleEntries(html).split('\n')).toEqual([
      '<script type="module" async crossorigin src="/assets/boot-x.js"></script>',
      '<script type="module" async crossorigin src="/assets/runtime-y.js"></script>',
      '<script type="module">import "/@react-refresh";</script>',
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    ]);
  });
});
