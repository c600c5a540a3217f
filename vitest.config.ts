import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // NEWSBRIEF_TEST_STORE=postgres: names the run's test schemas and drops them afterwards.
    globalSetup: ['test/support/global-setup.ts'],
  },
});
