// The packages as an npm user gets them: every package packed (`pnpm pack`, which turns
// `workspace:*` into the real version), the tarballs installed with npm into a blank
// project outside the workspace (no workspace links; linked like pnpm, so each package
// sees only what it declares), type-checked as a TypeScript user would, and a page built
// with Vite that imports @digivaardig/self-check and @digivaardig/ido-finder opened in
// Chromium. Needs `pnpm build` first (dist/ and the manifests); writes only to a
// temporary folder, removed afterwards.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launch, settledText, staticServer } from './support.mjs';

const run = promisify(execFile);
const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const packagesDir = join(repo, 'packages');
const packages = readdirSync(packagesDir)
  .filter((dir) => existsSync(join(packagesDir, dir, 'package.json')))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')) }));

/** Every file path a package.json field or export points at (`./dist/x.js` → `dist/x.js`). */
function pointedAt(pkg) {
  const targets = [];
  const visit = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const [path, target] of Object.entries(pkg.exports ?? {})) if (!path.includes('*')) visit(target);
  for (const field of ['customElements', 'web-types']) if (pkg[field]) targets.push(pkg[field]);
  return targets.map((target) => target.replace(/^\.\//, ''));
}

const CONSUMER_PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>An npm user's page</title>
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <dv-self-check id="check"></dv-self-check>
    <dv-ido-finder id="finder" postcode="2311 EZ" tiles="none"></dv-ido-finder>
  </body>
</html>
`;

// As the READMEs say: importing a widget's package defines its element.
const CONSUMER_SCRIPT = `import '@digivaardig/self-check';
import '@digivaardig/ido-finder';
`;

// A TypeScript user's view of the installed types (no \`source\` condition, no workspace).
const CONSUMER_TS = `import { DvSelfCheck, CHARTS } from '@digivaardig/self-check';
import { DvIdoFinder } from '@digivaardig/ido-finder';
import { formatDistance } from '@digivaardig/core';
import { loadFeed } from '@digivaardig/core/loader';
import { questionSetUrls } from '@digivaardig/data/question-sets';
import type { DvStatCard } from '@digivaardig/widgets';
import type { CustomElements } from '@digivaardig/widgets/jsx';

// The packages add their tags to HTMLElementTagNameMap.
const check: DvSelfCheck = document.querySelector('dv-self-check')!;
const finder: DvIdoFinder = document.createElement('dv-ido-finder');
check.persist = true;
// @ts-expect-error persist is a boolean: the types are real, not any.
check.persist = 'yes';
finder.postcode = '2311 EZ';
const card: DvStatCard | null = document.querySelector('dv-stat-card');
const props: CustomElements['dv-self-check'] = { framework: 'slo', persist: true };
export const used = [CHARTS, formatDistance(1, 'nl'), questionSetUrls.digiq, loadFeed, card, props];
`;

describe('the packed packages, installed with npm outside the workspace', () => {
  let work;
  let server;
  let browser;
  const packed = new Map();

  before(
    async () => {
      for (const { dir, pkg } of packages) {
        if (!existsSync(join(packagesDir, dir, 'dist')) || (pkg.customElements && !existsSync(join(packagesDir, dir, pkg.customElements)))) {
          throw new Error(`packages/${dir} is not built: run pnpm build first`);
        }
      }
      work = mkdtempSync(join(tmpdir(), 'digivaardig-pack-'));
      const tarballs = join(work, 'tarballs');
      mkdirSync(tarballs);
      for (const { dir, pkg } of packages) {
        const { stdout } = await run('pnpm', ['pack', '--json', '--pack-destination', tarballs], { cwd: join(packagesDir, dir) });
        const result = JSON.parse(stdout);
        packed.set(pkg.name, { dir, pkg, tarball: result.filename, files: result.files.map((file) => file.path) });
      }

      const app = join(work, 'app');
      mkdirSync(app);
      writeFileSync(
        join(app, 'package.json'),
        JSON.stringify(
          {
            name: 'an-npm-users-app',
            private: true,
            type: 'module',
            dependencies: Object.fromEntries([...packed].map(([name, { tarball }]) => [name, `file:${tarball}`])),
          },
          null,
          2,
        ),
      );
      // One install for every tarball, so they satisfy each other's exact versions. Linked,
      // as pnpm does: a package sees only what it declares, so an undeclared import fails
      // the build below.
      await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--install-strategy=linked'], {
        cwd: app,
      });

      writeFileSync(join(app, 'index.html'), CONSUMER_PAGE);
      writeFileSync(join(app, 'main.js'), CONSUMER_SCRIPT);
      // The repository's Vite, run on the app: it resolves the app's node_modules only.
      const { build } = await import('vite');
      await build({ root: app, configFile: false, logLevel: 'error', build: { outDir: join(app, 'dist') } });

      server = await staticServer((path) => join(app, 'dist', path === '/' ? 'index.html' : path));
      browser = await launch();
    },
    { timeout: 240_000 },
  );

  after(async () => {
    await browser?.close();
    server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs every package with what its package.json points at, its README and LICENSE, and no tests', () => {
    assert.equal(packed.size, 8);
    for (const [name, { pkg, files }] of packed) {
      const missing = pointedAt(pkg).filter((path) => !files.includes(path));
      assert.deepEqual(missing, [], `${name}: package.json points at files not in the tarball`);
      for (const file of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json']) assert.ok(files.includes(file), `${name} lacks ${file}`);
      const tests = files.filter((path) => /\.test\.|(^|\/)test\//.test(path));
      assert.deepEqual(tests, [], `${name} publishes tests`);
    }
    for (const name of ['@digivaardig/self-check', '@digivaardig/ido-finder', '@digivaardig/course-finder', '@digivaardig/stat-card', '@digivaardig/widgets']) {
      const { files } = packed.get(name);
      for (const file of ['dist/jsx.d.ts', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json']) {
        assert.ok(files.includes(file), `${name} lacks ${file}`);
      }
    }
  });

  it('installs packages whose dependencies are real versions, with manifests that describe the files in them', () => {
    const modules = join(work, 'app', 'node_modules');
    for (const name of packed.keys()) {
      const installed = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
      const workspace = Object.entries({ ...installed.dependencies, ...installed.peerDependencies }).filter(([, range]) => range.startsWith('workspace:'));
      assert.deepEqual(workspace, [], `${name} still says workspace:`);
      const manifest = JSON.parse(readFileSync(join(modules, name, installed.customElements), 'utf8'));
      const absent = manifest.modules.map((module) => module.path).filter((path) => !existsSync(join(modules, name, path)));
      assert.deepEqual(absent, [], `${name}: custom-elements.json names modules not in the package`);
    }
    const tags = (name) => {
      const manifest = JSON.parse(readFileSync(join(modules, name, 'custom-elements.json'), 'utf8'));
      return manifest.modules.flatMap((module) => (module.exports ?? []).filter((item) => item.kind === 'custom-element-definition').map((item) => item.name)).sort();
    };
    assert.deepEqual(tags('@digivaardig/self-check'), ['dv-self-check']);
    assert.deepEqual(tags('@digivaardig/stat-card'), ['dv-stat-card', 'dv-stat-grid']);
    assert.deepEqual(tags('@digivaardig/widgets'), ['dv-course-finder', 'dv-ido-finder', 'dv-self-check', 'dv-stat-card', 'dv-stat-grid']);
    // One Lit and one @lit/localize for everything: the packages ask for the same ranges.
    const store = join(modules, '.store');
    assert.equal(readdirSync(store).filter((dir) => dir.startsWith('lit@')).length, 1, 'one copy of lit');
    assert.equal(readdirSync(join(store, '@lit')).filter((dir) => dir.startsWith('localize@')).length, 1, 'one copy of @lit/localize');
  });

  it('type-checks an app against the installed types', { timeout: 60_000 }, async () => {
    const app = join(work, 'app');
    writeFileSync(join(app, 'check.ts'), CONSUMER_TS);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['check.ts'],
      }),
    );
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      await run(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], { cwd: app });
    } catch (error) {
      assert.fail(`tsc found errors in an npm user's app:\n${error.stdout}${error.stderr}`);
    }
  });

  it('renders both widgets in a page built with Vite, with no console error', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    // Every dv-ready, from the first byte on (it bubbles out of the widget, composed).
    const ready = [];
    await page.exposeFunction('widgetReady', (tag) => ready.push(tag));
    await page.evaluateOnNewDocument(() => {
      window.addEventListener('dv-ready', (event) => window.widgetReady(event.target.localName));
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    assert.match(await settledText(page, '#check'), /vijf minuten|5 minuten/i);
    assert.match(await settledText(page, '#finder'), /Leiden/);
    // The map (Leaflet and its CSS, from the installed leaflet) draws the markers.
    await page.waitForFunction(() => document.querySelector('#finder')?.shadowRoot?.querySelector('.leaflet-container .leaflet-marker-icon'), {
      timeout: 10_000,
    });
    const phases = await page.evaluate(() =>
      ['#check', '#finder'].map((selector) => document.querySelector(selector).shadowRoot.querySelector('[part="base"]').dataset.phase),
    );
    assert.deepEqual(phases, ['ready', 'ready']);
    assert.deepEqual([...new Set(ready)].sort(), ['dv-ido-finder', 'dv-self-check']);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
