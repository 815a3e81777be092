// The CDN bundle: dist/digivaardig.js (autoloader) and one entry per widget, sharing
// chunks through relative imports only, so dist/ can be hosted anywhere as it is.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { esbuildTargets } from '../../scripts/lib/browsers.mjs';
import { foldTemplates } from './scripts/fold-templates.mjs';
import { litLeftovers } from './scripts/lit-leftovers.mjs';

const here = dirname(new URL(import.meta.url).pathname);
/** Where the bundle goes: dist/, or WIDGETS_DIST (an absolute path) for a build beside it. */
const out = process.env.WIDGETS_DIST ?? join(here, 'dist');

/** Writes bundle-graph.json (which chunk imports which) for `pnpm size`. */
function bundleGraph() {
  return {
    name: 'bundle-graph',
    generateBundle(_options, bundle) {
      const graph = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // Where the chunk's code comes from ("core", "ido-finder", "leaflet"…), for `pnpm size`.
        const origins = new Set(
          Object.keys(chunk.modules).map(
            (id) => id.match(/packages\/([^/]+)\/(src|data)\//)?.[1] ?? id.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? 'other',
          ),
        );
        graph[file] = {
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          origins: [...origins].sort(),
        };
      }
      this.emitFile({ type: 'asset', fileName: 'bundle-graph.json', source: JSON.stringify(graph, null, 2) });
    },
  };
}

/*
 * Comments are stripped from the code, so the licences of what ships go in one file
 * beside it, dist/THIRD-PARTY-LICENSES.txt. Every build (main and each chart type) adds
 * the packages it bundled; the last build writes the file.
 */
const bundledPackages = new Map();

function thirdPartyLicences({ write }) {
  return {
    name: 'third-party-licences',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const match = id.match(/^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//);
          if (match && !bundledPackages.has(match[2])) bundledPackages.set(match[2], match[1]);
        }
      }
    },
    writeBundle() {
      if (!write) return;
      const sections = [...bundledPackages.entries()].sort().map(([name, dir]) => {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(dir, f)).find(existsSync);
        return `${name}@${pkg.version} (${pkg.license})\n\n${file ? readFileSync(file, 'utf8').trim() : pkg.license}`;
      });
      writeFileSync(
        join(out, 'THIRD-PARTY-LICENSES.txt'),
        `Digivaardig widgets (EUPL-1.2) include these packages:\n\n${sections.join('\n\n---\n\n')}\n`,
      );
    },
  };
}

/**
 * Lit's css``, html`` and svg`` templates keep their source indentation in the bundle, and
 * the CSS its comments and spaces: fold them (scripts/fold-templates.mjs), also in templates
 * nested in another template's `${…}`.
 */
function foldTemplateWhitespace() {
  return {
    name: 'fold-template-whitespace',
    transform(code, id) {
      if (!/packages\/[^/]+\/src\/.*\.ts$/.test(id)) return null;
      const folded = foldTemplates(code, id);
      return folded === code ? null : { code: folded, map: null };
    },
  };
}

/**
 * Files referenced as `new URL('../data/x.json', import.meta.url)` (data fetched at run
 * time, such as the question sets) are copied into dist/chunks/ and the reference points
 * at the copy, relative to the chunk, so dist/ stays self-contained.
 */
function importMetaAssets() {
  const reference = /new URL\((['"])(\.{1,2}\/[^'"]+)\1,\s*import\.meta\.url\)/g;
  // `new URL(`../data/pc4/${hundred}.json`, import.meta.url)`: a folder of files whose name
  // the code builds (the regions of a dataset; see regionFolder below).
  const template = /new URL\(`(\.{1,2}\/[^`$]*\/)([^`$/]*)\$\{([^}`]+)\}([^`$/]*)`,\s*import\.meta\.url\)/g;
  /** JSON goes out without its indentation. */
  const read = (file) => (file.endsWith('.json') ? JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) : readFileSync(file));
  return {
    name: 'import-meta-assets',
    transform(code, id) {
      if (!/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !code.includes('import.meta.url')) return null;
      let replaced = code.replace(reference, (_, _quote, relative) => {
        const file = join(dirname(id), relative);
        const ref = this.emitFile({ type: 'asset', name: basename(file), source: read(file) });
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      replaced = replaced.replace(template, (_, folder, prefix, expression, suffix) => {
        const ref = regionFolder.call(this, join(dirname(id), folder), prefix, suffix, read);
        return `new URL(\`${prefix}\${${expression}}${suffix}\`, import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/**
 * The files of `dir` named prefix…suffix are copied, under their own names, into
 * dist/chunks/<folder>-<hash>/, the hash over all their names and contents: the code builds
 * a file's name (no list of hashed names ships), and a changed file still reaches
 * visitors at once, as the folder's name (in the code that fetches it) changes with it.
 * Returns the reference of one of the copies, the base URL the names are resolved against.
 */
function regionFolder(dir, prefix, suffix, read) {
  const files = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && name.length > prefix.length + suffix.length)
    .sort();
  if (files.length === 0) throw new Error(`import-meta-assets: no files ${prefix}*${suffix} in ${dir}`);
  const sources = files.map((name) => read(join(dir, name)));
  const hash = createHash('sha256');
  files.forEach((name, i) => hash.update(`${name}\0`).update(sources[i]).update('\0'));
  const folder = `chunks/${basename(dir)}-${hash.digest('hex').slice(0, 8)}/`;
  const refs = files.map((name, i) => this.emitFile({ type: 'asset', fileName: `${folder}${name}`, source: sources[i] }));
  return refs[0];
}

/*
 * Chart.js is one big module, so chart types cannot share it and still be tree-shaken
 * apart inside one build. Each chart type is built on its own instead (Chart.js core plus
 * that type only) and the main build imports it as dist/chunks/chart-<type>.js. A page
 * with one chart type loads one of them.
 */
const CHART_TYPES = ['bar', 'line', 'doughnut'];
const chartEntry = /packages\/stat-card\/src\/chart\/(bar|line|doughnut)\.ts$/;

function chartTypesApart() {
  return {
    name: 'chart-types-apart',
    async resolveId(source, importer, options) {
      if (!/^\.\/(bar|line|doughnut)\.js$/.test(source) || !importer?.includes('/stat-card/src/chart/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const type = resolved?.id.match(chartEntry)?.[1];
      // Rendered as written: the importing chunk (chart-view) also lives in chunks/.
      return type ? { id: `./chart-${type}.js`, external: 'absolute' } : null;
    },
  };
}

/** CSS without comments and the white space around its punctuation. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>()])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * A .css file imported from packages/widgets/src (reserve.css: the size each widget keeps
 * before it is there) is its minified text, and is also written as dist/digivaardig.css,
 * for pages that link it so the sizes hold from their first paint.
 */
function cssText() {
  return {
    name: 'css-text',
    load(id) {
      if (!id.endsWith('.css') || !id.includes('/packages/widgets/src/')) return null;
      const text = minifyCss(readFileSync(id, 'utf8'));
      this.emitFile({ type: 'asset', fileName: 'digivaardig.css', source: `${text}\n` });
      return { code: `export default ${JSON.stringify(text)};`, map: null };
    },
  };
}

/**
 * The house-style bridges of @digivaardig/themes (packages/themes/src/<id>.css), minified,
 * as dist/themes/<id>.css: CSS files only, for a page in that house style to link. No
 * widget imports them, so nothing of them enters a JS bundle.
 */
const THEMES = join(here, '../themes/src');

function houseStyleBridges() {
  return {
    name: 'house-style-bridges',
    generateBundle() {
      for (const file of readdirSync(THEMES).filter((name) => name.endsWith('.css')).sort()) {
        this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: `${minifyCss(readFileSync(join(THEMES, file), 'utf8'))}\n` });
      }
    },
  };
}

/** esbuild targets of the supported browsers, e.g. ['chrome100', …, 'safari15.4']. */
const TARGET = esbuildTargets();

/*
 * Subresource Integrity. Once the main build has written its entries, dist/integrity.json
 * holds the sha384 of each entry file (the autoloader and the one file per widget) and of
 * digivaardig.css, for the version in package.json, and dist/snippet.html the ready-to-paste
 * CDN <link> (reserved sizes) and <script> of that version with their hashes. The hash covers that one file only: the chunks it imports
 * at run time are fetched without one (see docs/getting-started.md).
 */
const version = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).version;
const CDN_BASE = `https://cdn.jsdelivr.net/npm/@digivaardig/widgets@${version}/dist/`;

function integrity() {
  return {
    name: 'integrity',
    writeBundle(_options, bundle) {
      const entries = Object.values(bundle)
        .filter((chunk) => chunk.type === 'chunk' && chunk.isEntry)
        .map((chunk) => chunk.fileName)
        .sort();
      // Read back from disk: the hash is of the bytes as served, source map comment included.
      const sha384 = (file) =>
        `sha384-${createHash('sha384').update(readFileSync(join(out, file))).digest('base64')}`;
      const files = Object.fromEntries(entries.map((file) => [file, sha384(file)]));
      // The reserved sizes (digivaardig.css) hold from the first paint only when linked in <head>.
      const styles = { 'digivaardig.css': sha384('digivaardig.css') };
      // The house-style bridges (dist/themes/<id>.css), for a <link> with integrity.
      const themes = Object.fromEntries(
        Object.keys(bundle).filter((file) => file.startsWith('themes/')).sort().map((file) => [file, sha384(file)]),
      );
      const manifest = { package: '@digivaardig/widgets', version, cdn: CDN_BASE, algorithm: 'sha384', files, styles, themes };
      writeFileSync(join(out, 'integrity.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      const link = `<link rel="stylesheet" href="${CDN_BASE}digivaardig.css" integrity="${styles['digivaardig.css']}" crossorigin="anonymous">`;
      const script = `<script type="module" src="${CDN_BASE}digivaardig.js" integrity="${files['digivaardig.js']}" crossorigin="anonymous"></script>`;
      writeFileSync(join(out, 'snippet.html'), `${link}\n${script}\n`);
    },
  };
}

const minify = terser({ module: true, compress: { passes: 2 }, format: { comments: false } });

/** Resolve, compile and minify as every build here does (also used by `pnpm size` for its yardstick). */
export function basePlugins() {
  return [
    nodeResolve({ exportConditions: ['source'], extensions: ['.ts', '.mjs', '.js'], browser: true }),
    json({ preferConst: true, compact: true }),
    foldTemplateWhitespace(),
    // Lit's hooks for polyfills and hydration, its version lists and long error texts.
    litLeftovers(),
    // The syntax target comes from the supported browsers (.browserslistrc): Safari 15.4
    // has no class static blocks, so static fields become assignments after the class.
    esbuild({ target: TARGET, tsconfig: join(here, '../../tsconfig.base.json') }),
    // Dependencies (Lit, Chart.js, Leaflet…) are brought to the same target.
    esbuild({ include: /node_modules\/.*\.m?js$/, exclude: [], loaders: { '.mjs': 'js' }, tsconfig: false, target: TARGET }),
    minify,
  ];
}

const chartBuilds = CHART_TYPES.map((type, index) => ({
  input: join(here, `../stat-card/src/chart/${type}.ts`),
  output: { file: join(out, `chunks/chart-${type}.js`), format: 'es', sourcemap: true },
  plugins: [...basePlugins(), thirdPartyLicences({ write: index === CHART_TYPES.length - 1 })],
}));

const main = {
  input: {
    digivaardig: 'src/digivaardig.ts',
    'stat-card': 'src/stat-card.ts',
    'stat-grid': 'src/stat-grid.ts',
    'self-check': 'src/self-check.ts',
    'ido-finder': 'src/ido-finder.ts',
    'course-finder': 'src/course-finder.ts',
  },
  output: {
    dir: out,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    assetFileNames: 'chunks/[name]-[hash][extname]',
    sourcemap: true,
    // Lit and the core base element are shared by every widget: one cached chunk.
    manualChunks(id) {
      // Translation lookup travels with the translations (see core/src/i18n/catalog.ts).
      if (/@lit\/localize\/internal\/(runtime-msg|id-generation|fnv1a64)/.test(id)) return 'msg-lookup';
      // Lit's core; its directives go with the widgets that use them.
      if (/node_modules\/(lit\/index|lit-html\/(lit-html|is-server)|lit-element\/lit-element|@lit\/reactive-element\/(reactive-element|css-tag)|@lit\/localize\/)/.test(id)) {
        return 'lit';
      }
      // What every widget needs on its first render: the base element and its helpers
      // (not the webmaster's own words, i18n/overrides: only a page that has them loads them).
      // Other core modules (dates, geo, hours, scoring) go where their users are.
      if (/packages\/core\/src\/(base\/(?!problem-view)|styles\/(theme|skeleton)|i18n\/(?!overrides)|format\/(number|intl)|attributes|define|text)/.test(id)) {
        return 'lit';
      }
      // Every widget watches for a local voice ("Lees voor"): a small part, not a request of
      // its own; the button, controller and words load only when there is a voice.
      if (/packages\/core\/src\/speech\/(read-aloud-part|voices)\./.test(id)) return 'lit';
      // Small helpers that several widgets (but not the stat card) use on their first
      // render: one chunk, not one request and one gzip frame each.
      if (/packages\/core\/src\/(controllers\/|styles\/(adopt|layout))/.test(id)) return 'kit';
      // The finders' searches (and the chart and radar views) load with @lit/task; the base
      // element has its own small load controller (core/src/base/load-controller.ts). The
      // finders' first render needs Task: in `kit`, not a request of its own.
      if (/node_modules\/@lit\/task\//.test(id)) return 'kit';
      return undefined;
    },
  },
  preserveEntrySignatures: 'exports-only',
  // @lit/localize declares no sideEffects but has none: keep only what is used.
  treeshake: { moduleSideEffects: (id) => !id.includes('/@lit/localize/') },
  plugins: [
    cssText(),
    houseStyleBridges(),
    chartTypesApart(),
    importMetaAssets(),
    ...basePlugins(),
    bundleGraph(),
    thirdPartyLicences({ write: false }),
    integrity(),
  ],
};

export default [main, ...chartBuilds];
