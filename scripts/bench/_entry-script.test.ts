import { describe, expect, it } from 'vitest';
import { entryScript } from './_entry-script';

describe("the built page's entry script", () => {
  it("is the async module script after Vite's modulepreload polyfill, not the page's first module script", () => {
    const html = `<head>
      <script type="module" async crossorigin src="/assets/modulepreload-polyfill-P2Xu9kJm.js"></script>
      <script type="module" async crossorigin src="/assets/start-BTUkYuS5.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/boot-BC8mau1C.js">
      <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
    </head>`;
    expect(entryScript(html)).toBe('/assets/start-BTUkYuS5.js');
  });

  it('is the only module script of a page without the polyfill', () => {
    expect(entryScript('<script type="module" crossorigin src="/assets/start-A.js"></script>')).toBe('/assets/start-A.js');
  });

  it('refuses a page with no entry or with two, rather than timing the wrong file', () => {
    expect(() => entryScript('<script src="/office.js"></script>')).toThrow(/no entry/);
    expect(() => entryScript('<script type="module" src="/a.js"></script><script type="module" src="/b.js"></script>')).toThrow(
      /more than one/,
    );
  });
});
