// The built Storybook (storybook-static/, made by `pnpm build:storybook`), in real
// Chromium: every story renders its widgets and finishes its play function without an
// error, and every docs page (autodocs, Embed) renders; the Introduction and the Embed
// pages give the snippet of this version with its integrity hash. Designers and webmasters read
// these pages; a story that breaks must fail the build, not wait for someone to look.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, staticServer } from './support.mjs';

const storybook = join(dirname(fileURLToPath(import.meta.url)), '../../storybook-static');
const widgets = join(dirname(fileURLToPath(import.meta.url)), '../../packages/widgets');
const indexFile = join(storybook, 'index.json');
if (!existsSync(indexFile)) throw new Error('Build the Storybook first: pnpm build:storybook');
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);

/** How many pages are open at once. */
const PARALLEL = 4;

/** A Storybook preview page for one entry, with every uncaught error and console error on it. */
async function openEntry(browser, base, entry) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The error stories ask for a feed that is not there on purpose; the browser logs that.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`);
  return { page, problems };
}

/** Waits for a story's render and play function to end; returns what the page shows. */
async function storyOutcome(page) {
  await page.waitForFunction(
    () => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.storyRenders?.at(-1)?.phase),
    { timeout: 20000, polling: 100 },
  );
  // Widgets render in their own time after Storybook's render: wait for their first frame.
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('dv-')).every((el) => el.shadowRoot?.querySelector('[part="base"]')),
      { timeout: 10000, polling: 100 },
    )
    .catch(() => undefined);
  return page.evaluate(() => {
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('dv-'));
    return {
      phase: window.__STORYBOOK_PREVIEW__.storyRenders.at(-1).phase,
      errorShown: document.body.classList.contains('sb-show-errordisplay'),
      error: document.querySelector('#error-message')?.textContent?.trim() ?? '',
      widgets: widgets.length,
      unrendered: widgets.filter((el) => !el.shadowRoot?.querySelector('[part="base"]')).map((el) => el.localName),
    };
  });
}

/**
 * Opens every index entry of `type`, a few at a time, and runs `check(page, problems, entry)` on
 * it; returns one line per entry with problems (uncaught errors, console errors, or what
 * `check` adds).
 */
async function problemsOf(browser, base, type, check) {
  const queue = entries.filter((entry) => entry.type === type);
  const failures = [];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const { page, problems } = await openEntry(browser, base, entry);
        try {
          await check(page, problems, entry);
        } catch (error) {
          problems.push(String(error));
        } finally {
          await page.close();
        }
        if (problems.length) failures.push(`${entry.id}: ${problems.join(' | ')}`);
      }
    }),
  );
  return failures;
}

describe('the built Storybook', () => {
  let server;
  let browser;
  let base = '';
  before(async () => {
    server = await staticServer((path) => join(storybook, path === '/' ? 'index.html' : path));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('has stories and docs for every widget', () => {
    for (const tag of ['stat-card', 'stat-grid', 'self-check', 'ido-finder', 'course-finder']) {
      assert.ok(entries.some((entry) => entry.type === 'story' && entry.id.startsWith(`widgets-${tag}--`)), `stories for ${tag}`);
      assert.ok(entries.some((entry) => entry.type === 'docs' && entry.id === `widgets-${tag}--embed`), `an Embed page for ${tag}`);
    }
  });

  it('renders every story, with its widgets, and finishes its play function without an error', async () => {
    const failures = await problemsOf(browser, base, 'story', async (page, problems) => {
      const outcome = await storyOutcome(page);
      if (outcome.phase !== 'finished' || outcome.errorShown) problems.push(`story ${outcome.phase}: ${outcome.error}`);
      if (outcome.widgets === 0) problems.push('no dv-* widget on the story');
      if (outcome.unrendered.length) problems.push(`never rendered: ${outcome.unrendered.join(', ')}`);
    });
    assert.deepEqual(failures, []);
  });

  it('renders every docs page (autodocs and Embed) without an error; the Introduction and Embed pages give the snippet of this version with its integrity hash', async () => {
    // The Storybook reads the hash from the CDN build, which pnpm test makes before it.
    const integrityFile = join(widgets, 'dist/integrity.json');
    assert.ok(existsSync(integrityFile), 'Build the CDN bundle before the Storybook: pnpm build:cdn');
    const { version } = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(integrityFile, 'utf8'));
    const integrity = manifest.files['digivaardig.js'];
    const link =
      `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@digivaardig/widgets@${version}/dist/digivaardig.css" ` +
      `integrity="${manifest.styles['digivaardig.css']}" crossorigin="anonymous">`;
    const script =
      `<script type="module" src="https://cdn.jsdelivr.net/npm/@digivaardig/widgets@${version}/dist/digivaardig.js" ` +
      `integrity="${integrity}" crossorigin="anonymous"></script>`;
    const withSnippet = (entry) => entry.id.endsWith('--embed') || entry.id === 'introduction--docs';
    assert.equal(entries.filter((entry) => entry.type === 'docs' && withSnippet(entry)).length, 6, 'the Introduction and five Embed pages');

    const failures = await problemsOf(browser, base, 'docs', async (page, problems, entry) => {
      await page.waitForFunction(
        () => document.querySelector('#storybook-docs .sbdocs-content')?.textContent?.trim() || document.body.classList.contains('sb-show-errordisplay'),
        { timeout: 20000, polling: 100 },
      );
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) problems.push('error display shown');
      if (!withSnippet(entry)) return;
      await page.waitForFunction(() => [...document.querySelectorAll('#storybook-docs pre')].some((pre) => pre.textContent.includes('<script')), {
        timeout: 20000,
        polling: 100,
      });
      const code = await page.evaluate(() => [...document.querySelectorAll('#storybook-docs pre')].map((pre) => pre.textContent));
      if (!code.some((text) => text.startsWith(`${link}\n${script}\n<dv-`))) problems.push(`no snippet with ${version} and its hash: ${code.join(' | ').slice(0, 300)}`);
    });
    assert.deepEqual(failures, []);
  });
});
