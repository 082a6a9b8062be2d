import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './chromium.ts';
import { startDemoServer, type DemoLogin } from './demo-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoLogins: DemoLogin[];
  }
}

/** One demo server for the whole run (demo-server.ts); the journeys log in with its demo logins. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install chromium), or set GUIBIN_CHROMIUM`);
  }
  const server = await startDemoServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('demoLogins', server.logins);
  return server.stop;
}
