// Element tests in real headless Chromium (Debian's chromium, or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testServerMiddleware } from './test/support/server-middleware.mjs';
import { CHROMIUM_ARGS, chromePath } from './test/support/chromium.mjs';

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
    await session.browser.getPage(session.id).emulateMediaFeatures(payload);
    return true;
  },
};

export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  concurrency: 2,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [testServerMiddleware],
  plugins: [
    mediaFeatures,
    jsonModules,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        args: CHROMIUM_ARGS,
      },
      // A background tab never fires requestAnimationFrame: give each test file its own context.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
