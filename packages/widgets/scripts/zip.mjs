// One download for self-hosting: a zip of what a page can load from dist/ (the autoloader,
// its CSS, the widget files, the chunks and their data, the licences), without source
// maps, types, editor data or the CDN's integrity files. Written to
// packages/widgets/release/digivaardig-widgets-<version>.zip, every file under a folder
// digivaardig/ (what docs/getting-started.md tells webmasters to upload). Run after
// `pnpm build:cdn`: `pnpm run zip` (root) or `pnpm --filter @digivaardig/widgets run zip`.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = process.env.WIDGETS_DIST ?? join(here, 'dist');
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

/** What a web server needs to serve the widgets; everything else in dist/ is for developers or the CDN. */
export function shipped(path) {
  if (/\.(map|d\.ts)$/.test(path)) return false;
  return !['bundle-graph.json', 'integrity.json', 'snippet.html', 'web-types.json', 'vscode.css-custom-data.json', 'vscode.html-custom-data.json'].includes(path);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path)];
  });
}

const files = walk(dist).filter(shipped).sort();
if (!files.includes('digivaardig.js')) throw new Error(`No ${join(dist, 'digivaardig.js')}: run pnpm build:cdn first.`);
// A fixed date: the same dist/ gives the same zip.
const mtime = new Date('2026-01-01T00:00:00Z');
const entries = Object.fromEntries(files.map((file) => [`digivaardig/${file}`, [readFileSync(join(dist, file)), { mtime }]]));
// The widgets' own licence, beside the licences of what they bundle.
entries['digivaardig/LICENSE.txt'] = [readFileSync(join(here, 'LICENSE')), { mtime }];
const zip = zipSync(entries, { level: 9 });
export const out = join(here, 'release', `digivaardig-widgets-${version}.zip`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zip);
const names = Object.keys(entries);
const chunks = names.filter((name) => name.startsWith('digivaardig/chunks/')).length;
console.log(`${relative(process.cwd(), out)}: ${names.length} files (${names.length - chunks} at the top, ${chunks} in chunks/), ${(zip.length / 1024).toFixed(1)} KB`);
