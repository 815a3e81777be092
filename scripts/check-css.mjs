#!/usr/bin/env node
// CSS features against the supported browsers (.browserslistrc). Checks the CSS the
// widgets ship: every css`…` template in packages/*/src (tests left out) and Leaflet's
// style sheet. Two sources of data, one list of browsers:
//   - MDN's browser-compat-data: every property and its keywords (overflow: clip…), CSS
//     functions (color-mix()…) and media features (forced-colors…);
//   - doiuse (caniuse data): selectors (:has(), :focus-visible…), @container, nesting
//     and the other features caniuse knows. Its "partial support" notes concern details
//     of a feature (the properties and keywords, checked above), so only "not supported"
//     counts.
// A declaration with its -webkit- form in the same rule counts as supported where that
// form is. Features that degrade acceptably are listed in ALLOWED below, each with what
// the visitor gets instead (docs/browser-support.md repeats them).
// Exits 1, listing file, line and feature, for anything else.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import postcss from 'postcss';
import doiuse from 'doiuse';
import { root, supportedBrowsers } from './lib/browsers.mjs';

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data');

/**
 * Features outside the list that ship anyway, because what a browser without them shows
 * is fine. [feature as reported (a name or a pattern), file pattern, what happens without it].
 */
const ALLOWED = [
  [/^(@media forced-colors|forced-color-adjust)/, /./, 'forced colours (Windows high contrast) exist only in Windows browsers, which all have them; Safari before 16 skips these rules'],
  [/^(cursor: |css3-cursors)/, /./, 'touch screens (iOS) show no pointer'],
  [/^(css-container-queries|container)$/, /ido-finder\/src\/ido-finder\/dv-ido-finder\.styles\.ts$/, 'without container queries (Safari before 16, Chromium before 105) the finder keeps its one-column layout, the map above the list'],
  ['css-has', /self-check\/src\/self-check\/dv-self-check\.styles\.ts$/, 'without :has() (Firefox before 121, Chromium before 105) the chosen answer’s box is not highlighted; its radio button still shows the choice'],
  ['color-mix()', /ido-finder\/src\/map\/map-view\.ts$/, 'without color-mix() (Safari before 16.2, Chromium before 111) the map without tiles shows its water in Leaflet’s grey instead of a tint of the primary colour'],
  // Leaflet's own style sheet.
  ['css-selection', /leaflet-css\.ts$/, 'Leaflet hides the selection highlight of map tiles; iOS shows no such highlight anyway'],
];

const browsers = supportedBrowsers();

/** The CSS the widgets ship: [file, CSS text, line of the file where the CSS starts]. */
export function cssSources() {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ':(glob)packages/*/src/**/*.ts'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !/\.test\.ts$/.test(file) && !file.includes('/test/'));
  const sources = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    // A css`…` template (not a file name in a comment, such as "`utrecht.css`").
    for (const match of text.matchAll(/(?<![\w.`])css`([^`]*)`/g)) {
      const start = text.slice(0, match.index).split('\n').length;
      // An interpolation (tokens, another sheet) becomes a comment: the CSS around it still parses.
      sources.push([file, match[1].replace(/\$\{[^}]*\}/g, '/**/'), start]);
    }
  }
  // Stylesheets shipped as files: the house-style bridges, the reserved sizes.
  const sheets = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ':(glob)packages/*/src/**/*.css'], { cwd: root, encoding: 'utf8' });
  for (const file of sheets.split('\n').filter(Boolean)) sources.push([file, readFileSync(join(root, file), 'utf8'), 1]);
  const leaflet = join(root, 'packages/ido-finder/src/map/leaflet-css.ts');
  const leafletCss = readFileSync(leaflet, 'utf8').match(/export const leafletCss = ("(?:[^"\\]|\\.)*");/)[1];
  sources.push([relative(root, leaflet), JSON.parse(leafletCss), 1]);
  return sources;
}

/** Browserslist name → browser-compat-data name. */
const BCD_NAMES = {
  chrome: 'chrome',
  and_chr: 'chrome_android',
  edge: 'edge',
  firefox: 'firefox',
  and_ff: 'firefox_android',
  safari: 'safari',
  ios_saf: 'safari_ios',
  samsung: 'samsunginternet_android',
  opera: 'opera',
};

/** The lowest supported version per browser-compat-data browser. */
const lowest = new Map();
for (const entry of browsers) {
  const [name, version] = entry.split(' ');
  const bcdName = BCD_NAMES[name];
  if (!bcdName) throw new Error(`No browser-compat-data name for "${name}" (.browserslistrc): add it to BCD_NAMES.`);
  const number = Number.parseFloat(version.split('-')[0]);
  if (!(lowest.get(bcdName) <= number)) lowest.set(bcdName, number);
}

const versionNumber = (added) => (typeof added === 'string' ? Number.parseFloat(added.replace('≤', '')) : Number.NaN);

/**
 * The supported browsers that lack a browser-compat-data feature ("safari 15.4 (from 16)",
 * …); [] when all have it. `prefixes` are the vendor prefixes the rule also writes. A
 * partial implementation counts (outline before Safari 16.4 does not follow the border
 * radius): its notes are details, not a missing feature.
 */
function lacking(compat, prefixes = new Set()) {
  const missing = [];
  for (const [browser, version] of lowest) {
    const statements = [compat.support[browser]].flat().filter(Boolean);
    const supported = statements.some(
      (s) =>
        !s.flags && !s.alternative_name && (!s.prefix || prefixes.has(s.prefix)) && versionNumber(s.version_added) <= version,
    );
    if (!supported) {
      const added = statements.find((s) => !s.flags && !s.prefix && !s.alternative_name)?.version_added;
      missing.push(`${browser} ${version}${typeof added === 'string' ? ` (from ${added})` : ''}`);
    }
  }
  return missing;
}

/** Every CSS function browser-compat-data knows ("color-mix" → its compat data), from css.types. */
const functions = new Map();
(function collect(node) {
  for (const [key, child] of Object.entries(node)) {
    if (key === '__compat') continue;
    if (child.__compat && /^[a-z-]+$/.test(key) && !functions.has(key)) functions.set(key, child.__compat);
    collect(child);
  }
})(bcd.css.types);

/** The vendor prefixes a declaration's rule also writes it with ("-webkit-"). */
const prefixesOf = (decl) => {
  const prefixes = new Set();
  decl.parent.each((sibling) => {
    const match = sibling.type === 'decl' && sibling.prop.match(/^(-[a-z]+-)(.*)$/);
    if (match && match[2] === decl.prop) prefixes.add(match[1]);
  });
  return prefixes;
};

/**
 * Checks CSS sources ([file, CSS, line where it starts]) against the supported browsers;
 * returns the problems ("file:line: feature: message"), [] when there are none. Every
 * allowance must still be needed.
 */
export async function checkCss(sources, { allowed: allowances = ALLOWED } = {}) {
  const problems = [];
  const used = new Set();
  const report = (file, line, feature, message) => {
    const named = (allowed) => (typeof allowed === 'string' ? allowed === feature : allowed.test(feature));
    const allowance = allowances.find(([allowed, files]) => named(allowed) && files.test(file));
    if (allowance) used.add(allowance);
    else problems.push(`${file}:${line}: ${feature}: ${message}`);
  };
  for (const [file, css, startLine] of sources) {
    const line = (node) => startLine + (node.source?.start?.line ?? 1) - 1;
    const result = await postcss([
      doiuse({
        browsers,
        onFeatureUsage({ feature, featureData, usage }) {
          if (!featureData?.missing) return;
          // A vendor form, or a declaration written with its vendor form too, is checked below.
          if (usage.type === 'decl' && (usage.prop.startsWith('-') || prefixesOf(usage).size)) return;
          report(file, line(usage), feature, `not supported by ${featureData.missing}`);
        },
      }),
    ]).process(css, { from: undefined });

    result.root.walkDecls((decl) => {
      if (decl.prop.startsWith('-')) return; // custom properties and vendor forms
      const property = bcd.css.properties[decl.prop];
      if (!property) {
        report(file, line(decl), decl.prop, 'unknown property');
        return;
      }
      const prefixes = prefixesOf(decl);
      const missing = lacking(property.__compat, prefixes);
      if (missing.length) report(file, line(decl), decl.prop, `not supported by ${missing.join(', ')}`);
      // Keywords with data of their own (overflow: clip, display: contents…); a rule that
      // also writes the vendor form is left to that form.
      for (const [word] of prefixes.size ? [] : decl.value.matchAll(/(?<![\w-])[a-z][a-z-]*(?![\w(-])/g)) {
        const keyword = property[word]?.__compat;
        const lacks = keyword && lacking(keyword);
        if (lacks?.length) report(file, line(decl), `${decl.prop}: ${word}`, `not supported by ${lacks.join(', ')}`);
      }
      // Functions in values. clip: rect() is the old form every browser knows, not the shape.
      for (const [, name] of decl.value.matchAll(/(?<![\w-])([a-z][a-z-]*)\(/g)) {
        if (decl.prop === 'clip' && name === 'rect') continue;
        const compat = functions.get(name);
        const lacks = compat && lacking(compat);
        if (lacks?.length) report(file, line(decl), `${name}()`, `not supported by ${lacks.join(', ')}`);
      }
    });
    result.root.walkAtRules('media', (rule) => {
      for (const [, name] of rule.params.matchAll(/\(\s*([a-z-]+)\s*[:)]/g)) {
        const compat = bcd.css['at-rules'].media[name]?.__compat;
        const missing = compat && lacking(compat);
        if (missing?.length) report(file, line(rule), `@media ${name}`, `not supported by ${missing.join(', ')}`);
      }
    });
  }
  // An allowance nothing needs any more would keep a stale line here and in the docs.
  for (const allowance of allowances) {
    if (!used.has(allowance)) problems.push(`ALLOWED: nothing uses ${allowance[0]} in ${allowance[1]} any more: remove it here and in docs/browser-support.md`);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = await checkCss(cssSources());
  if (problems.length) {
    console.error(`CSS outside the supported browsers (.browserslistrc, see docs/browser-support.md):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`CSS: every feature the widgets ship works in ${[...lowest].map(([b, v]) => `${b} ${v}`).join(', ')}, or degrades as listed in ALLOWED.`);
}
