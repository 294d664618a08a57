import { defineConfig } from 'vitest/config';

// End-to-end tests: the built server in a child process, driven through Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
