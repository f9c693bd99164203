/**
 * The slice of jsdom the scripts use (its XML parser for the add-in manifest). jsdom ships no types
 * and @types/jsdom is not installed; the DOM types come from TypeScript's own lib.dom.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
