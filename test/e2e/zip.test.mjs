// The self-hosting download (packages/widgets/scripts/zip.mjs): everything a page can
// load, nothing for developers, and every import inside it found inside it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dist } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, '../../packages/widgets/scripts/zip.mjs');
// fflate is the widgets package's own dev dependency (it makes the zip).
const { unzipSync } = createRequire(join(here, '../../packages/widgets/package.json'))('fflate');
const { version } = JSON.parse(readFileSync(join(here, '../../packages/widgets/package.json'), 'utf8'));

describe('the self-hosting zip of dist/', () => {
  it('holds the autoloader, its CSS, every widget and chunk, with no source map, and nothing it imports is missing', () => {
    const said = execFileSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, WIDGETS_DIST: dist } });
    assert.match(said, /\d+ files/);
    const files = unzipSync(readFileSync(join(here, `../../packages/widgets/release/digivaardig-widgets-${version}.zip`)));
    const names = Object.keys(files);
    assert.ok(names.every((name) => name.startsWith('digivaardig/')), 'one folder');
    for (const name of ['digivaardig.js', 'digivaardig.css', 'stat-card.js', 'self-check.js', 'ido-finder.js', 'course-finder.js', 'stat-grid.js', 'THIRD-PARTY-LICENSES.txt', 'LICENSE.txt']) {
      assert.ok(names.includes(`digivaardig/${name}`), `${name} is in the zip`);
    }
    assert.deepEqual(names.filter((name) => /\.map$|\.d\.ts$|bundle-graph|integrity\.json|snippet\.html/.test(name)), []);
    // Every relative import and asset URL in the JavaScript points at a file in the zip.
    for (const name of names.filter((file) => file.endsWith('.js'))) {
      const code = new TextDecoder().decode(files[name]);
      for (const [, target] of code.matchAll(/["'`](\.{1,2}\/[\w./-]+\.(?:js|json|css))["'`]/g)) {
        const resolved = normalize(join(dirname(name), target));
        assert.ok(names.includes(resolved), `${name} refers to ${target}, which is not in the zip`);
      }
    }
  });
});
