import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The web app's component and unit tests: a DOM (happy-dom), no database, no server.
 * Run alone with `npm test -w @guibin/web`; the root configuration includes it as a project.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    name: 'web',
    root: import.meta.dirname,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-support/setup.ts'],
    // Ant Design's first render in a fresh DOM is slow on a busy 2-core machine.
    testTimeout: 20_000,
    maxWorkers: 2,
  },
});
