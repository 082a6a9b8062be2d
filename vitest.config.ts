import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts'],
    globalSetup: ['packages/server/src/test-support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: more workers only fight over the database.
    maxWorkers: 2,
    // One search key for test processes and the guibin commands they run (test-support/search-key.ts).
    env: { GUIBIN_SEARCH_KEY: 'dGVzdC1vbmx5IHNlYXJjaCBrZXksIG5ldmVyIGluIHByb2R1Y3Rpb24h' },
    // CI asks for a JSON report beside the console output, to sum the runs on both engines.
    ...(process.env.GUIBIN_TEST_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.GUIBIN_TEST_REPORT } }
      : {}),
  },
});
