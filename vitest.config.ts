import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'local-graph/**/*.test.ts',
      'scripts/**/*.test.ts',
      'teams-host/**/*.test.ts',
      'tests/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep the pool small so browser tests and servers are not starved.
    maxWorkers: 2,
  },
});
