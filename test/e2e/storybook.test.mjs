// The built Storybook (storybook-static/, made by `pnpm build:storybook`), in real
// Chromium: every story renders its widgets and finishes its play function without an
// error, and every docs page (autodocs, Embed) renders; the Introduction and the Embed
// pages give the snippet of this version with its integrity hash; the toolbar's house style
// and widget width work (from the URL's globals and by choosing in the toolbar), and the
// Huisstijlen page shows every house style side by side. Designers and webmasters read
// these pages; a story that breaks must fail the build, not wait for someone to look.
// STORYBOOK_DIR: a Storybook built elsewhere (storybook build --output-dir …).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, staticServer } from './support.mjs';
import { HOUSE_STYLES } from '../support/house-styles.mjs';

const storybook = process.env.STORYBOOK_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '../../storybook-static');
const widgets = join(dirname(fileURLToPath(import.meta.url)), '../../packages/widgets');
const indexFile = join(storybook, 'index.json');
if (!existsSync(indexFile)) throw new Error('Build the Storybook first: pnpm build:storybook');
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);

/** How many pages are open at once. */
const PARALLEL = 4;

/**
 * A Storybook preview page for one entry, with every uncaught error and console error on it.
 * Each page gets its own browser context, so its own window: a tab behind others is
 * hidden, draws no frames and sees no IntersectionObserver entries, so a widget that loads
 * near the viewport (the course finder under a self-check) would never load there.
 */
async function openEntry(browser, base, entry) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
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
          await page.browserContext().close();
        }
        if (problems.length) failures.push(`${entry.id}: ${problems.join(' | ')}`);
      }
    }),
  );
  return failures;
}

/** The story the house-style checks open: a self-check (its primary button) and a course finder. */
const HOUSE_STYLE_STORY = 'huisstijlen--self-check-and-course-finder';
/** Our own primary colour (packages/core/src/styles/theme.ts), on the button without a house style. */
const OUR_PRIMARY = 'rgb(31, 78, 153)';

/** Waits until every house-style stylesheet linked into `frame` has loaded (or failed) and the self-checks have their start button. */
async function houseStylesSettled(frame, selfChecks = 1) {
  await frame.waitForFunction(
    (count) => {
      const links = [...document.querySelectorAll('link[data-dv-house-style]')];
      const checks = [...document.querySelectorAll('dv-self-check')];
      return links.every((link) => link.dataset.dvLoaded) && checks.length === count && checks.every((check) => check.shadowRoot?.querySelector('[part="start"]'));
    },
    { timeout: 20000, polling: 100 },
    selfChecks,
  );
}

/**
 * In the page: for the container `selector`, the self-check's start button's background,
 * and the colour the house style's token gives: the token named in our bridge's
 * `--dv-color-primary` for `className` (the first one in its var() chain the container has),
 * as the browser computes it. No token means the token CSS did not apply.
 */
function primaryColours(frame, selector, className) {
  return frame.evaluate(
    (sel, cls) => {
      const container = document.querySelector(sel);
      const button = container.querySelector('dv-self-check').shadowRoot.querySelector('[part="start"]');
      const bridgeRules = [...document.querySelectorAll('link[data-dv-role="bridge"]')].flatMap((link) => [...(link.sheet?.cssRules ?? [])]);
      const declaration = bridgeRules.find((rule) => rule.selectorText === `.${cls}` && rule.style?.getPropertyValue('--dv-color-primary'))?.style.getPropertyValue('--dv-color-primary') ?? '';
      const token = [...declaration.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]).find((name) => getComputedStyle(container).getPropertyValue(name).trim());
      let expected = null;
      if (token) {
        const probe = document.createElement('span');
        probe.style.color = `var(${token})`;
        container.append(probe);
        expected = getComputedStyle(probe).color;
        probe.remove();
      }
      return {
        button: getComputedStyle(button).backgroundColor,
        declaration,
        token,
        expected,
        classes: container.className,
        links: [...document.querySelectorAll('link[data-dv-house-style]')].map((link) => `${link.dataset.dvHouseStyle} ${link.dataset.dvRole} ${link.dataset.dvLoaded}`),
      };
    },
    selector,
    className,
  );
}

/**
 * Checks one container in one house style (or none) and mode; returns problems as text.
 * `alone`: no other house style's stylesheets may be linked (a story; not the side-by-side page).
 */
async function houseStyleProblems(frame, selector, style, mode = 'light', alone = true) {
  if (!style) {
    const { button, links, classes } = await primaryColours(frame, selector, '');
    return [
      ...(button === OUR_PRIMARY ? [] : [`none: button ${button}, not ours (${OUR_PRIMARY})`]),
      ...(links.length ? [`none: house-style stylesheets still linked: ${links.join(', ')}`] : []),
      ...(HOUSE_STYLES.some((s) => classes.split(' ').includes(s.className)) ? [`none: a house style's class on the container: ${classes}`] : []),
    ];
  }
  const className = mode === 'dark' ? style.dark.className : style.className;
  const found = await primaryColours(frame, selector, className);
  const problems = [];
  const label = `${style.id} (${mode})`;
  if (!found.classes.split(' ').includes(className)) problems.push(`${label}: container classes "${found.classes}" lack ${className}`);
  if (found.links.some((link) => !link.endsWith(' yes'))) problems.push(`${label}: a stylesheet did not load: ${found.links.join(', ')}`);
  if (alone && found.links.some((link) => !link.startsWith(`${style.id} `))) problems.push(`${label}: other house styles linked too: ${found.links.join(', ')}`);
  if (!found.declaration) problems.push(`${label}: no --dv-color-primary for .${className} in the bridge`);
  else if (!found.token) problems.push(`${label}: none of the tokens in "${found.declaration}" is set: the token CSS did not apply`);
  else {
    if (found.button !== found.expected) problems.push(`${label}: button ${found.button}, token ${found.token} is ${found.expected}`);
    if (found.expected === OUR_PRIMARY) problems.push(`${label}: the token's colour is ours; the check cannot tell`);
  }
  return problems;
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

  it('shows a story in the house style and width its URL globals name: the token package and our bridge linked, the class on the container, the self-check button in the token colour; none shows ours', async () => {
    const page = await browser.newPage();
    const problems = [];
    try {
      for (const style of [undefined, ...HOUSE_STYLES]) {
        for (const mode of style?.dark ? ['light', 'dark'] : ['light']) {
          const globals = [`houseStyle:${style?.id ?? 'none'}`, ...(mode === 'dark' ? ['backgrounds.value:dark'] : [])].join(';');
          await page.goto(`${base}/iframe.html?id=${HOUSE_STYLE_STORY}&viewMode=story&globals=${globals}`);
          await houseStylesSettled(page);
          problems.push(...(await houseStyleProblems(page, '#storybook-root .dv-house-style', style, mode)));
        }
      }
      for (const width of ['320', '375', '768', '1280', 'full']) {
        await page.goto(`${base}/iframe.html?id=${HOUSE_STYLE_STORY}&viewMode=story&globals=widgetWidth:${width}`);
        await houseStylesSettled(page);
        const { container, root } = await page.evaluate(() => ({
          container: document.querySelector('#storybook-root .dv-house-style').getBoundingClientRect().width,
          root: document.querySelector('#storybook-root').getBoundingClientRect().width,
        }));
        const wanted = width === 'full' ? root : Number(width);
        if (Math.abs(container - wanted) > 0.5) problems.push(`width ${width}: container is ${container} px`);
      }
    } finally {
      await page.close();
    }
    assert.deepEqual(problems, []);
  });

  it('toolbar: choosing a house style and a width restyles the story, the choice stays on another story, and page language and background are still there', async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1400, height: 900 });
      await page.goto(`${base}/?path=/story/${HOUSE_STYLE_STORY}`);
      const choose = async (tool, item) => {
        const button = await page.waitForSelector(`button[aria-label*="${tool}"]`, { timeout: 20000 });
        await button.click();
        const option = await page.waitForSelector(`::-p-xpath(//li[@role="option"][normalize-space(.)="${item}"])`, { timeout: 5000 });
        await option.click();
      };
      const preview = async () => {
        const frame = await (await page.waitForSelector('#storybook-preview-iframe')).contentFrame();
        return frame;
      };
      for (const tool of ['Page language:', 'Preview background', 'House style:', 'Width:']) {
        assert.ok(await page.waitForSelector(`button[aria-label*="${tool}"]`, { timeout: 20000 }), `the ${tool} tool`);
      }
      const [first, second] = HOUSE_STYLES;
      await choose('House style:', `House style: ${first.name}`);
      let frame = await preview();
      await frame.waitForSelector(`#storybook-root .dv-house-style.${first.className}`, { timeout: 20000 });
      await houseStylesSettled(frame);
      assert.deepEqual(await houseStyleProblems(frame, '#storybook-root .dv-house-style', first), []);

      await choose('House style:', `House style: ${second.name}`);
      await choose('Width:', 'Width: 375 px');
      frame = await preview();
      await frame.waitForSelector(`#storybook-root .dv-house-style.${second.className}[data-widget-width="375"]`, { timeout: 20000 });
      await houseStylesSettled(frame);
      // The first house style's stylesheets are gone: only the second's are linked.
      assert.deepEqual(await houseStyleProblems(frame, '#storybook-root .dv-house-style', second), []);
      assert.equal(await frame.evaluate(() => document.querySelector('#storybook-root .dv-house-style').getBoundingClientRect().width), 375);

      // Another story (the walkthrough, in the sidebar): the house style and width stay.
      const link = await page.waitForSelector('::-p-xpath(//a[normalize-space(.)="A visitor’s morning"])', { timeout: 10000 });
      await link.click();
      await page.waitForFunction(() => location.search.includes('walkthroughs-a-visitor-s-morning'), { timeout: 10000 });
      assert.match(await page.evaluate(() => decodeURIComponent(location.search)), new RegExp(`houseStyle:${second.id}`));
      frame = await preview();
      await frame.waitForFunction(() => /morning/.test(location.search), { timeout: 20000 });
      await frame.waitForSelector(`#storybook-root .dv-house-style.${second.className}[data-widget-width="375"]`, { timeout: 20000 });
      await houseStylesSettled(frame);
      assert.deepEqual(await houseStyleProblems(frame, '#storybook-root .dv-house-style', second), []);
    } finally {
      await page.close();
    }
  });

  it('the Huisstijlen page shows every widget in each house style side by side, each section in its own house style, with the line to add', async () => {
    const { version } = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8'));
    const integrityFile = join(widgets, 'dist/integrity.json');
    const integrity = existsSync(integrityFile) ? JSON.parse(readFileSync(integrityFile, 'utf8')) : undefined;
    const { page, problems } = await openEntry(browser, base, { id: 'huisstijlen--docs', type: 'docs' });
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await houseStylesSettled(page, HOUSE_STYLES.length + 1);
      const sections = await page.evaluate(() =>
        [...document.querySelectorAll('section[data-house-style]')].map((section) => ({
          id: section.dataset.houseStyle,
          widgets: [...section.querySelectorAll('*')].filter((element) => element.localName.startsWith('dv-')).map((element) => element.localName),
          code: section.querySelector('pre')?.textContent ?? '',
        })),
      );
      assert.deepEqual(sections.map((section) => section.id), ['none', ...HOUSE_STYLES.map((style) => style.id)]);
      for (const section of sections) {
        assert.deepEqual(new Set(section.widgets), new Set(['dv-self-check', 'dv-course-finder', 'dv-ido-finder', 'dv-stat-card', 'dv-stat-grid']), section.id);
      }
      for (const style of HOUSE_STYLES) {
        const { code } = sections.find((section) => section.id === style.id);
        // With the CDN bundle built (pnpm test builds it first), the line carries the bridge's hash.
        const hash = integrity?.version === version ? integrity.themes?.[`themes/${style.bridge}`] : undefined;
        const href = `href="https://cdn.jsdelivr.net/npm/@digivaardig/widgets@${version}/dist/themes/${style.bridge}"`;
        const line = hash ? `<link rel="stylesheet" ${href} integrity="${hash}" crossorigin="anonymous">` : `<link rel="stylesheet" ${href}>`;
        assert.ok(code.includes(line), `${style.id}: ${line} in ${code}`);
        assert.ok(code.includes(`${style.tokenPackage}@`) && code.includes(`class="${style.className}"`), `${style.id}: the token CSS and class in ${code}`);
        problems.push(...(await houseStyleProblems(page, `section[data-house-style="${style.id}"]`, style, 'light', false)));
      }
      problems.push(...(await houseStyleProblems(page, 'section[data-house-style="none"]', undefined).then((found) => found.filter((problem) => !problem.includes('still linked') && !problem.includes("a house style's class")))));
    } finally {
      await page.browserContext().close();
    }
    assert.deepEqual(problems, []);
  });
});
