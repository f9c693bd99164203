import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The fixtures are vendored so a fresh clone runs on its own; they must stay identical to the
// shared originals whenever ../shared is beside the project (as in CI).
const shared = new URL('../../../shared/fixtures/referater/', import.meta.url);
const vendored = new URL('../fixtures/referater/', import.meta.url);

describe('vendored fixtures', () => {
  it.skipIf(!existsSync(shared))('match ../shared/fixtures/referater byte for byte', () => {
    const names = readdirSync(shared).filter((n) => n.endsWith('.txt')).sort();
    expect(readdirSync(vendored).filter((n) => n.endsWith('.txt')).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(new URL(name, vendored)).equals(readFileSync(new URL(name, shared))), name).toBe(true);
    }
  });
});
