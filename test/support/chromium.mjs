// The one Chromium every browser test uses (the element tests, the end-to-end tests and
// the benchmarks): Debian's chromium, or CHROME_PATH. No tool downloads a browser.
import { existsSync } from 'node:fs';

export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Pages open side by side (the Storybook test) must all keep running their frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
