import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (the `chromium` package); GUIBIN_CHROMIUM points elsewhere. */
export const CHROMIUM_PATH = process.env.GUIBIN_CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}
