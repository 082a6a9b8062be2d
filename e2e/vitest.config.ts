import { defineConfig } from 'vitest/config';

/**
 * End-to-end journeys: the real server (`guibin start`, demo bank loaded on an empty database)
 * driven by Debian's Chromium through playwright-core. One server for the whole run
 * (support/global-setup.ts); files run one after another, each with its own browser.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['journeys/**/*.e2e.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    // Starting the server loads and evaluates the demo bank (about a minute, more on a busy machine).
    hookTimeout: 600_000,
  },
});
