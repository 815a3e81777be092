// Element tests in real headless Chromium (Debian's chromium, or CHROME_PATH), and in
// Firefox and WebKit: BROWSERS=firefox (or webkit, or a comma-separated list) runs the
// cross-engine files below in those instead (docs/browser-support.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testServerMiddleware } from './test/support/server-middleware.mjs';
import { CHROMIUM_ARGS, chromePath } from './test/support/chromium.mjs';
import { firefoxLauncher, webkitLauncher } from './test/support/engines.mjs';
import { esbuildTargets } from './scripts/lib/browsers.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const engines = (process.env.BROWSERS || 'chromium').split(',').map((name) => name.trim().toLowerCase());
for (const engine of engines) {
  if (!ENGINES.includes(engine)) throw new Error(`BROWSERS: unknown engine "${engine}" (one or more of ${ENGINES.join(', ')})`);
}
/**
 * What Firefox and WebKit run: every example of every widget (renders, settles, axe,
 * keyboard walk, 320 px, moves, language switch) and each widget's main keyboard task.
 * Chromium runs every element test.
 */
const CROSS_ENGINE_FILES = ['packages/*/src/examples.browser.test.ts', 'test/browser/keyboard-tasks.test.ts'];

// `import data from './x.json'` becomes a JS module, but a fetch() of the same file (a
// widget's `src`, or a question set fetched as data) must still get JSON. The runner lets
// the browser cache every file for the whole run, so imports get a URL of their own.
const jsonModules = {
  name: 'json-modules',
  transformImport({ source }) {
    if (/\.json$/.test(source)) return `${source}?json-module`;
    return undefined;
  },
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.query['json-module'] !== undefined) return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.query['json-module'] !== undefined) {
      return { body: `export default ${context.body};`, transformCache: false };
    }
  },
};

/**
 * Test command `emulate-media-features`: any CSS media feature, e.g. forced-colors
 * (Windows high contrast), which the stock emulateMedia command does not pass on.
 */
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    // Chromium only (DevTools protocol); tests that need it run in Chromium only.
    if (session.browser.name !== 'Chrome') throw new Error(`emulate-media-features needs Chromium, not ${session.browser.name}`);
    await session.browser.getPage(session.id).emulateMediaFeatures(payload);
    return true;
  },
};

export default {
  files: engines.every((engine) => engine === 'chromium') ? ['packages/*/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts'] : CROSS_ENGINE_FILES,
  nodeResolve: { exportConditions: ['source', 'browser'] },
  // Firefox and WebKit run one test file at a time: focus (and so :focus-visible and the
  // keyboard) belongs to one window there, and WebDriver drives one page (its alternative,
  // iframes, would share the keyboard too).
  concurrency: engines.every((engine) => engine === 'chromium') ? 2 : 1,
  testsFinishTimeout: 180000,
  // Room for the slowest engine on a busy machine (waits inside tests end as soon as they can).
  testFramework: { config: { timeout: 20000 } },
  middleware: [testServerMiddleware],
  plugins: [
    mediaFeatures,
    jsonModules,
    // The syntax of the supported browsers (.browserslistrc), as the bundle has it.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: esbuildTargets() }),
  ],
  browsers: [
    engines.includes('chromium') &&
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        args: CHROMIUM_ARGS,
      },
      // A background tab never fires requestAnimationFrame: give each test file its own context.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
    engines.includes('firefox') && firefoxLauncher(),
    engines.includes('webkit') && (await webkitLauncher()),
  ].filter(Boolean),
};
