// What the end-to-end tests share: a small static server (for the built dist/, served
// twice as two "versions" under /a/ and /b/, and the test pages, with a strict
// Content-Security-Policy; or for the built Storybook), Chromium, and page helpers.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from '../support/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// WIDGETS_DIST: a bundle built elsewhere (WIDGETS_DIST=… pnpm build:cdn writes it there).
export const dist = process.env.WIDGETS_DIST ?? join(here, '../../packages/widgets/dist');
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * A static file server on a free local port. `fileFor(path)` maps a request path to a
 * file (or undefined for a 404); `headers` go on every answer.
 */
export function staticServer(fileFor, headers = {}) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = fileFor(path);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** dist/ as two "versions" (/a/, /b/) and the test pages (/pages/), under the strict CSP. */
export function startServer() {
  if (!existsSync(join(dist, 'digivaardig.js'))) throw new Error('Build first: pnpm build:cdn');
  return staticServer(
    (path) => (/^\/[ab]\//.test(path) ? join(dist, path.slice(3)) : path.startsWith('/pages/') ? join(here, path) : undefined),
    { 'Content-Security-Policy': CSP },
  );
}

export function launch() {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Opens a page and records every console error, page error and CSP violation on it. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/**
 * Scrolls down the page to its end in steps and back to the top, as a visitor reading it
 * would: a course finder far below the fold loads its courses only when the visitor comes
 * near (charts and the map too), so a test that waits for every widget scrolls first.
 */
export async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
}

/**
 * Text inside a widget's shadow root (and nested ones), once it has settled. `selector`
 * may cross into shadow roots with ' >>> ' ("#host >>> dv-stat-card").
 */
export async function settledText(page, selector, { timeout = 10000 } = {}) {
  await page.waitForFunction(
    (sel) => {
      const find = (root, s) => s.split(' >>> ').reduce((at, part, i) => (i === 0 ? at : at?.shadowRoot)?.querySelector(part), root);
      const el = find(document, sel);
      const phase = el?.shadowRoot?.querySelector('[part="base"]')?.dataset.phase;
      return phase === 'ready' || phase === 'error' || phase === 'empty';
    },
    { timeout },
    selector,
  );
  return page.evaluate((sel) => {
    const find = (root, s) => s.split(' >>> ').reduce((at, part, i) => (i === 0 ? at : at?.shadowRoot)?.querySelector(part), root);
    const text = (node) =>
      node.nodeType === 3 ? node.textContent : [...(node.shadowRoot ? [node.shadowRoot] : []), ...node.childNodes].map(text).join(' ');
    return text(find(document, sel)).replace(/\s+/g, ' ');
  }, selector);
}

/**
 * For a test file: serves dist/ and launches Chromium before its tests, closes both after.
 * Read `browser` and `base` inside tests (they are set once `before` has run).
 */
export function servedDist() {
  const site = { browser: undefined, base: '', server: undefined };
  before(async () => {
    site.server = await startServer();
    site.base = `http://127.0.0.1:${site.server.address().port}`;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

/** Waits until the stat card `#chart` has painted pixels on its canvas (the chart really drew). */
export const chartDrawn = (page) =>
  page.waitForFunction(
    () => {
      const canvas = document.querySelector('#chart')?.shadowRoot?.querySelector('canvas');
      if (!canvas?.width) return false;
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      return data.some((value, index) => index % 4 === 3 && value > 0);
    },
    { timeout: 10000 },
  );
