// Firefox and WebKit for the browser tests, next to Chromium (chromium.mjs): Debian's
// firefox-esr, driven by Puppeteer over WebDriver BiDi, and Debian's WPE WebKit (the
// engine of Safari), its cog browser driven by WPEWebDriver over W3C WebDriver.
// No tool downloads a browser. See docs/browser-support.md.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

function found(what, candidates, install) {
  const path = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!path) throw new Error(`No ${what} found. Install it (Debian: apt-get install -y ${install}) or set the path in the environment.`);
  return path;
}

/** Debian's Firefox ESR, or FIREFOX_PATH. */
export const firefoxPath = () => found('Firefox', [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');

/** Debian's cog (WPE WebKit), or COG_PATH, and the WebDriver that drives it, or WPE_WEBDRIVER_PATH. */
export const cogPath = () => found('cog (WPE WebKit)', [process.env.COG_PATH, '/usr/bin/cog'], 'cog');
export const wpeWebDriverPath = () => found('WPEWebDriver', [process.env.WPE_WEBDRIVER_PATH, '/usr/bin/WPEWebDriver'], 'wpewebkit-driver');

/** Firefox through Puppeteer (WebDriver BiDi); each test file in its own browser context, as in Chromium. */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  });
}

/** A TCP port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WPEWebDriver on a free port (stopped when the test run ends) and returns a
 * launcher for cog, headless. WebDriver runs one test file at a time (one page).
 */
export async function webkitLauncher() {
  const port = await freePort();
  const driver = spawn(wpeWebDriverPath(), [`--port=${port}`], { stdio: 'ignore' });
  process.once('exit', () => driver.kill());
  const until = Date.now() + 10_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WPEWebDriver exited (${driver.exitCode})`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > until) throw new Error(`WPEWebDriver did not answer on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      'wpe:browserOptions': { binary: cogPath(), args: ['--automation', '--platform=headless'] },
    },
  });
  // The launcher names a browser by the capabilities asked for, and WPEWebDriver takes no browserName.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = 'WebKit';
  };
  return launcher;
}
