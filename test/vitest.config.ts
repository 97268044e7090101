import { defineConfig } from 'vitest/config';

/** The test run: every file gets its own temporary root, removed when the file ends. */
export default defineConfig({
  test: {
    dir: 'test',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['test/temp-root.ts'],
  },
});
