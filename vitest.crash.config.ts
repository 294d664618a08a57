import { defineConfig } from 'vitest/config';

// The publishing crash test: Chorus processes killed and PostgreSQL restarted, so it runs alone,
// on PostgreSQL (TEST_DATABASE_URL), after the build.
export default defineConfig({
  test: {
    include: ['test/crash/**/*.crash.ts'],
    setupFiles: ['test/support/no-network.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
