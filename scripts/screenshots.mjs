// Screenshots of each widget at 375 and 1280 px wide, from the built Storybook, into
// docs/images/ (referenced from docs/design.md). Run `pnpm build:storybook` first (or point
// STORYBOOK_DIR at a build elsewhere), then `pnpm screenshots`. Uses puppeteer-core with
// Debian's Chromium, as the end-to-end tests do. Not part of `pnpm test`.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { launch, staticServer } from '../test/e2e/support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const storybook = process.env.STORYBOOK_DIR ?? join(root, 'storybook-static');
const out = join(root, 'docs/images');
if (!existsSync(join(storybook, 'iframe.html'))) throw new Error(`Build the Storybook first (pnpm build:storybook), or set STORYBOOK_DIR: ${storybook}`);

/** One story per widget, in a state a visitor sees (a search done where there is one). */
const ONLY = process.env.ONLY;
const SHOTS = [
  ['stat-card', 'widgets-stat-card--default'],
  ['stat-grid', 'widgets-stat-grid--grid-by-topic'],
  ['self-check', 'widgets-self-check--result-basis'],
  ['course-finder', 'widgets-course-finder--default'],
  ['ido-finder', 'widgets-ido-finder--map-without-tiles'],
  ['ido-finder-dark', 'widgets-ido-finder--dark'],
];
const WIDTHS = [375, 1280];
/** Taller pages are cut here: the top of a widget is what the screenshot is for. */
const MAX_HEIGHT = 1400;

mkdirSync(out, { recursive: true });
const server = await staticServer((path) => join(storybook, path === '/' ? 'index.html' : path));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
try {
  for (const [name, id] of SHOTS.filter(([name]) => !ONLY || name === ONLY)) {
    for (const width of WIDTHS) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
      // Every widget on the page has settled (its base box leaves the loading phase).
      const settled = page.waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('dv-') && element.shadowRoot);
          return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot.querySelector('[part="base"]')?.dataset.phase !== 'loading');
        },
        { timeout: 15000 },
      );
      await settled.catch(() => console.warn(`${id}: a widget did not settle in 15 s; shot as it is`));
      await new Promise((resolve) => setTimeout(resolve, 800));
      const height = await page.evaluate(() => Math.ceil(document.querySelector('#storybook-root').getBoundingClientRect().bottom) + 16);
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } });
      console.log(`${file.slice(root.length + 1)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
