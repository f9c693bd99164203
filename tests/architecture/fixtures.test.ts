import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The fixtures are vendored so a fresh clone runs on its own; they must stay identical to the
// shared originals whenever ../shared is beside the project (as in CI).
const shared = new URL('../../../shared/fixtures/referater/', import.meta.url);
const vendored = new URL('../fixtures/referater/', import.meta.url);
// The local Graph service seeds its demo from a copy of its own (issue #12, point 1): production
// code never reads tests/. It is the same shared originals.
const seedData = new URL('../../local-graph/seed-data/referater/', import.meta.url);

const texts = (dir: URL): string[] =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();

describe('vendored fixtures', () => {
  it.skipIf(!existsSync(shared))('match ../shared/fixtures/referater byte for byte', () => {
    const names = readdirSync(shared)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    expect(
      readdirSync(vendored)
        .filter((n) => n.endsWith('.txt'))
        .sort(),
    ).toEqual(names);
    for (const name of names) {
      expect(readFileSync(new URL(name, vendored)).equals(readFileSync(new URL(name, shared))), name).toBe(true);
    }
  });

  it("local-graph's seed data are the same referater, byte for byte", () => {
    expect(texts(seedData)).toEqual(texts(vendored));
    for (const name of texts(vendored)) {
      expect(readFileSync(new URL(name, seedData)).equals(readFileSync(new URL(name, vendored))), name).toBe(true);
    }
  });
});
