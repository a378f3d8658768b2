import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One initialised PGlite data directory that every PGlite test database is copied from.
    globalSetup: ['test/helpers/pglite-template.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Suites start servers and databases; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
