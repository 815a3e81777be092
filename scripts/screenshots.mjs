// Screenshots of each widget at 375 and 1280 px wide, from the built Storybook, into
// docs/images/ (referenced from docs/design.md). Run `pnpm build:storybook` first (or point
// STORYBOOK_DIR at a build elsewhere), then `pnpm screenshots`. Uses puppeteer-core with
// Debian's Chromium, as the end-to-end tests do. Not part of `pnpm test`.
//
// `pnpm screenshots --themes`: one screenshot per NL Design System house style
// (packages/themes/src/house-styles.ts) instead, the self-check and the course finder in
// that house style at 1280 px (the toolbar's global in the story's URL), into
// docs/images/themes/<id>.png (referenced from docs/theming.md).
//
// Each PNG is made smaller with pngquant and optipng when they are installed
// (`apt-get install pngquant optipng`); without them it stays as Chromium wrote it.
import { mkdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { launch, staticServer } from '../test/e2e/support.mjs';
import { HOUSE_STYLES } from '../test/support/house-styles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const storybook = process.env.STORYBOOK_DIR ?? join(root, 'storybook-static');
const THEMES = process.argv.includes('--themes');
const out = join(root, THEMES ? 'docs/images/themes' : 'docs/images');
if (!existsSync(join(storybook, 'iframe.html'))) throw new Error(`Build the Storybook first (pnpm build:storybook), or set STORYBOOK_DIR: ${storybook}`);

/** One story per widget, in a state a visitor sees (a search done where there is one). */
const ONLY = process.env.ONLY;
const WIDGET_SHOTS = [
  ['stat-card', 'widgets-stat-card--default'],
  ['stat-grid', 'widgets-stat-grid--grid-by-topic'],
  ['self-check', 'widgets-self-check--result-basis'],
  ['course-finder', 'widgets-course-finder--default'],
  ['ido-finder', 'widgets-ido-finder--map-without-tiles'],
  ['ido-finder-dark', 'widgets-ido-finder--dark'],
].flatMap(([name, id]) => [375, 1280].map((width) => ({ file: `${name}-${width}.png`, name, id, width, globals: '' })));
/** Per house style: the self-check and the course finder side by side, in that house style. */
const THEME_SHOTS = HOUSE_STYLES.map((style) => ({
  file: `${style.id}.png`,
  name: style.id,
  id: 'huisstijlen--self-check-and-course-finder',
  width: 1280,
  globals: `houseStyle:${style.id}`,
}));
const SHOTS = THEMES ? THEME_SHOTS : WIDGET_SHOTS;
/** Taller pages are cut here: the top of a widget is what the screenshot is for (house styles: the self-check's intro and the first courses). */
const MAX_HEIGHT = THEMES ? 900 : 1400;

const has = (tool) => {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const PNGQUANT = has('pngquant');
const OPTIPNG = has('optipng');

/** Makes the PNG smaller in place, with the tools that are installed. */
function optimise(file) {
  // pngquant: a palette of at most 256 colours (screenshots of flat UI lose nothing visible).
  if (PNGQUANT) execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--quality=70-95', '--output', file, '--', file]);
  if (OPTIPNG) execFileSync('optipng', ['-quiet', '-o2', '-strip', 'all', file]);
}

mkdirSync(out, { recursive: true });
const server = await staticServer((path) => join(storybook, path === '/' ? 'index.html' : path));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
try {
  for (const { file: fileName, name, id, width, globals } of SHOTS.filter((shot) => !ONLY || shot.name === ONLY)) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`, { waitUntil: 'networkidle0' });
    // The house style's stylesheets (token CSS and bridge) have loaded.
    await page.waitForFunction(() => [...document.querySelectorAll('link[data-dv-house-style]')].every((link) => link.dataset.dvLoaded), { timeout: 15000 });
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
    const file = join(out, fileName);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } });
    optimise(file);
    console.log(`${file.slice(root.length + 1)} (${Math.round(statSync(file).size / 1024)} KB)`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
