// The house-style bridges of @digivaardig/themes in the CDN's dist/ (`pnpm build:cdn`):
// each bridge as a minified CSS file dist/themes/<id>.css with its hash in integrity.json,
// nothing of them in the JavaScript (a page without a bridge loads exactly what it did),
// and in Chromium, a page with Utrecht's own token CSS, the bridge and the self-check from
// dist/ shows Utrecht's button colour under a strict Content-Security-Policy. The
// self-hosting zip holds them too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss } from '../../packages/widgets/rollup.config.mjs';
import { CSP, dist, launch, openPage, staticServer } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const sources = join(root, 'packages/themes/src');
if (!existsSync(join(dist, 'integrity.json'))) throw new Error('Build first: pnpm build:cdn');
const bridges = readdirSync(sources).filter((name) => name.endsWith('.css')).sort();
const manifest = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path)];
  });
}

describe('dist/themes/: the house-style bridges', () => {
  it('has one minified file per bridge in packages/themes/src (six house styles)', () => {
    assert.deepEqual(bridges, ['amsterdam.css', 'denhaag.css', 'rijkshuisstijl.css', 'rotterdam.css', 'utrecht.css', 'voorbeeld.css']);
    assert.deepEqual(readdirSync(join(dist, 'themes')).sort(), bridges);
    for (const file of bridges) {
      const built = readFileSync(join(dist, 'themes', file), 'utf8');
      assert.equal(built, `${minifyCss(readFileSync(join(sources, file), 'utf8'))}\n`, file);
      assert.ok(!built.includes('/*'), `${file} ships without comments`);
    }
  });

  it('lists each with its sha384 in integrity.json (themes), as built', () => {
    assert.deepEqual(Object.keys(manifest.themes), bridges.map((file) => `themes/${file}`));
    for (const [file, integrity] of Object.entries(manifest.themes)) assert.equal(integrity, sha384(readFileSync(join(dist, file))), file);
  });

  it('puts nothing of them in the JavaScript: no file reads a house-style token', () => {
    const tokens = new Set(bridges.flatMap((file) => [...readFileSync(join(sources, file), 'utf8').matchAll(/var\((--[\w-]+)/g)].map((match) => match[1])));
    assert.ok(tokens.size > 30, `${tokens.size} tokens`);
    const graph = JSON.parse(readFileSync(join(dist, 'bundle-graph.json'), 'utf8'));
    assert.deepEqual(Object.keys(graph).filter((file) => graph[file].origins.includes('themes')), []);
    for (const file of walk(dist).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(dist, file), 'utf8');
      const found = [...tokens].filter((token) => code.includes(token));
      assert.deepEqual(found, [], `${file} mentions house-style tokens`);
    }
  });
});

describe('the self-hosting zip (pnpm run zip)', () => {
  it('holds the bridges in digivaardig/themes/', () => {
    const widgets = join(root, 'packages/widgets');
    execFileSync(process.execPath, [join(widgets, 'scripts/zip.mjs')], { encoding: 'utf8', env: { ...process.env, WIDGETS_DIST: dist } });
    const { unzipSync } = createRequire(join(widgets, 'package.json'))('fflate');
    const { version } = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8'));
    const files = unzipSync(readFileSync(join(widgets, `release/digivaardig-widgets-${version}.zip`)));
    for (const file of bridges) {
      assert.deepEqual(Buffer.from(files[`digivaardig/themes/${file}`] ?? []), readFileSync(join(dist, 'themes', file)), `themes/${file} in the zip`);
    }
  });
});

describe('a Utrecht page with the bridge from dist/, in Chromium', () => {
  it('gives the self-check Utrecht’s own button colour, under a strict CSP', async () => {
    const tokens = join(root, 'node_modules/@utrecht/design-tokens/dist/index.css');
    const page = '<!doctype html><html lang="nl"><head>' +
      '<link rel="stylesheet" href="/tokens/index.css"><link rel="stylesheet" href="/dist/themes/utrecht.css">' +
      '<script type="module" src="/dist/digivaardig.js"></script></head>' +
      '<body class="utrecht-theme"><dv-self-check></dv-self-check></body></html>';
    const pageFile = join(mkdtempSync(join(tmpdir(), 'dv-themes-')), 'page.html');
    writeFileSync(pageFile, page);
    const server = await staticServer(
      (path) => (path === '/tokens/index.css' ? tokens : path.startsWith('/dist/') ? join(dist, path.slice(6)) : path === '/page.html' ? pageFile : undefined),
      { 'Content-Security-Policy': CSP },
    );
    const browser = await launch();
    try {
      const { page: tab, problems } = await openPage(browser, `http://127.0.0.1:${server.address().port}/page.html`);
      await tab.waitForFunction(() => document.querySelector('dv-self-check')?.shadowRoot?.querySelector('[part="base"]')?.dataset.phase === 'ready', { timeout: 15000 });
      const [button, token] = await tab.evaluate(() => {
        const host = document.querySelector('dv-self-check');
        const primary = [...host.shadowRoot.querySelectorAll('button')].find((b) => !b.classList.contains('secondary'));
        const probe = document.createElement('span');
        probe.style.color = 'var(--utrecht-button-primary-action-background-color)';
        document.body.append(probe);
        return [getComputedStyle(primary).backgroundColor, getComputedStyle(probe).color];
      });
      assert.equal(token, 'rgb(36, 87, 143)', 'Utrecht’s button colour, hsl(211 60% 35%)');
      assert.equal(button, token);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
