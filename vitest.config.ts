import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two cores: more workers only fight over the database.
    maxWorkers: 2,
    // CI asks for a JSON report beside the console output, to sum the runs on both engines.
    ...(process.env.GUIBIN_TEST_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.GUIBIN_TEST_REPORT } }
      : {}),
    projects: [
      {
        test: {
          name: 'server',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'packages/web/**'],
          globalSetup: ['packages/server/src/test-support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One search key for test processes and the guibin commands they run (test-support/search-key.ts).
          env: { GUIBIN_SEARCH_KEY: 'dGVzdC1vbmx5IHNlYXJjaCBrZXksIG5ldmVyIGluIHByb2R1Y3Rpb24h' },
        },
      },
      // The web app's component tests: a DOM of their own, no database.
      'packages/web/vitest.config.ts',
      // End-to-end journeys in Chromium against the real server with the demo bank.
      'e2e/vitest.config.ts',
    ],
  },
});
