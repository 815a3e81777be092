import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The built datasets are committed, and each is made by a script from the open data in
 * packages/data/sources/. Every script runs here into a temporary folder; its output must
 * equal the committed file byte for byte. When this fails, either a script or a source
 * changed without its output being committed (run the script named below and commit the
 * file), or a dataset was edited by hand (don't: change the script).
 */

const run = promisify(execFile);
// The grid cells that hold a demonstration location (the list is compared too, so a cell added or dropped fails).
const cells = JSON.parse(readFileSync(new URL('../data/locations-demo-cells.json', import.meta.url), 'utf8')) as number[];
const packageDir = fileURLToPath(new URL('../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'dv-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const BUILDS = [
  ['build-pc4.mjs', ['pc4.json', ...Array.from({ length: 90 }, (_, i) => `pc4/${10 + i}.json`)]],
  ['build-outline.mjs', ['nl-outline.json']],
  ['build-locations.mjs', ['locations-demo.json', 'locations-demo-cells.json', ...cells.map((cell) => `locations-demo/${cell}.json`)]],
  ['build-courses.mjs', ['courses-sample.json']],
] as const;

describe('the committed datasets are what their scripts build from packages/data/sources/', () => {
  it.each(BUILDS)('node packages/data/scripts/%s writes data/%s as committed', async (script, files) => {
    await run(process.execPath, [join(packageDir, 'scripts', script), '--out-dir', out]);
    for (const file of files) {
      const built = readFileSync(join(out, file));
      const committed = readFileSync(join(packageDir, 'data', file));
      // Compare as text first (a readable diff), then byte for byte.
      expect(built.toString('utf8'), file).toBe(committed.toString('utf8'));
      expect(built.equals(committed), file).toBe(true);
    }
  });
});
