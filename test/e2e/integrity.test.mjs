// Subresource Integrity of the built CDN bundle (packages/widgets/dist/, `pnpm build:cdn`):
// dist/integrity.json names the sha384 of every entry file, for the version in
// package.json, and dist/snippet.html is the pinned <link> (reserved sizes) and <script> with their hashes.
// Then, in Chromium, what docs/getting-started.md says about it: a page with the hash loads
// its widgets, a wrong hash stops the script, and the hash covers that one file only (a
// chunk it imports is not checked).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dist, launch, staticServer } from './support.mjs';

const widgets = join(dirname(fileURLToPath(import.meta.url)), '../../packages/widgets');
if (!existsSync(join(dist, 'integrity.json'))) throw new Error('Build first: pnpm build:cdn');

const { version } = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
const graph = JSON.parse(readFileSync(join(dist, 'bundle-graph.json'), 'utf8'));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const cdnScript = (url, integrity) => `<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>`;

describe('dist/integrity.json and dist/snippet.html', () => {
  it('are for this version of @digivaardig/widgets, from the pinned CDN address', () => {
    assert.equal(manifest.package, '@digivaardig/widgets');
    assert.equal(manifest.version, version);
    assert.equal(manifest.algorithm, 'sha384');
    assert.equal(manifest.cdn, `https://cdn.jsdelivr.net/npm/@digivaardig/widgets@${version}/dist/`);
  });

  it('name every entry file of the bundle, and nothing else', () => {
    const entries = Object.keys(graph).filter((file) => graph[file].isEntry).sort();
    assert.ok(entries.includes('digivaardig.js') && entries.length >= 6, `entries: ${entries.join(', ')}`);
    assert.deepEqual(Object.keys(manifest.files).sort(), entries);
  });

  it('hold the sha384 of each entry file as built', () => {
    for (const [file, integrity] of Object.entries(manifest.files)) {
      assert.equal(integrity, sha384(readFileSync(join(dist, file))), file);
    }
  });

  it('hold the sha384 of the reserved sizes (digivaardig.css) as built', () => {
    assert.deepEqual(Object.keys(manifest.styles), ['digivaardig.css']);
    assert.equal(manifest.styles['digivaardig.css'], sha384(readFileSync(join(dist, 'digivaardig.css'))));
  });

  it('give the stylesheet and the autoloader script with their hashes, ready to paste', () => {
    const snippet = readFileSync(join(dist, 'snippet.html'), 'utf8');
    const link = `<link rel="stylesheet" href="${manifest.cdn}digivaardig.css" integrity="${manifest.styles['digivaardig.css']}" crossorigin="anonymous">`;
    assert.equal(snippet, `${link}\n${cdnScript(`${manifest.cdn}digivaardig.js`, manifest.files['digivaardig.js'])}\n`);
  });
});

describe('the integrity attribute in Chromium', () => {
  let site;
  let server;
  let browser;
  let base = '';
  before(async () => {
    // A copy of dist/ whose Lit chunk (which every widget imports) has one more statement.
    site = mkdtempSync(join(tmpdir(), 'dv-sri-'));
    cpSync(dist, join(site, 'dist'), { recursive: true });
    const lit = readdirSync(join(site, 'dist/chunks')).find((file) => /^lit-.*\.js$/.test(file));
    assert.ok(lit, 'a chunks/lit-*.js');
    const litPath = join(site, 'dist/chunks', lit);
    writeFileSync(litPath, `${readFileSync(litPath, 'utf8')}\nglobalThis.__dvChunkChanged = true;\n`);
    const page = (integrity) =>
      `<!doctype html><html lang="nl"><body>${cdnScript('/dist/digivaardig.js', integrity)}` +
      '<dv-stat-card stat="digid-accounts"></dv-stat-card></body></html>';
    writeFileSync(join(site, 'original.html'), page(manifest.files['digivaardig.js']));
    writeFileSync(join(site, 'wrong.html'), page(sha384('not the autoloader')));
    server = await staticServer((path) => join(site, path));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  /** Opens a page; tells whether its stat card got defined and settled, and whether the changed chunk ran. */
  async function outcome(name, timeout) {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/${name}.html`, { waitUntil: 'load' });
      await page
        .waitForFunction(() => document.querySelector('dv-stat-card')?.shadowRoot?.querySelector('[part="base"]')?.dataset.phase === 'ready', {
          timeout,
          polling: 50,
        })
        .catch(() => undefined);
      return await page.evaluate(() => ({
        defined: Boolean(customElements.get('dv-stat-card')),
        ready: document.querySelector('dv-stat-card')?.shadowRoot?.querySelector('[part="base"]')?.dataset.phase === 'ready',
        chunkChanged: globalThis.__dvChunkChanged === true,
      }));
    } finally {
      await page.close();
    }
  }

  it("runs the autoloader with its hash, and a chunk it imports is not checked (the limit docs/getting-started.md states)", async () => {
    assert.deepEqual(await outcome('original', 10000), { defined: true, ready: true, chunkChanged: true });
  });

  it('does not run the autoloader when the hash does not match', async () => {
    // Waits a little: the widget must not get defined in that time either.
    assert.deepEqual(await outcome('wrong', 2000), { defined: false, ready: false, chunkChanged: false });
  });
});
