// The supported browsers, read once from the repository's .browserslistrc, in the forms
// the tools need: esbuild targets for the bundle's syntax, the query for the checks.
// See docs/browser-support.md.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The browsers of .browserslistrc, as browserslist lists them ("safari 15.4", "ios_saf 15.6-15.8", …). */
export function supportedBrowsers() {
  const config = browserslist.loadConfig({ path: root });
  if (!config) throw new Error(`No .browserslistrc found in ${root}`);
  return browserslist(config, { path: root });
}

/** Browserslist names → esbuild engines. Samsung Internet is Chromium underneath. */
const ENGINES = { chrome: 'chrome', and_chr: 'chrome', edge: 'edge', firefox: 'firefox', and_ff: 'firefox', safari: 'safari', ios_saf: 'ios', opera: 'opera' };

/** Samsung Internet version → the Chromium it is built on (the lowest of each row and up). */
const SAMSUNG_CHROMIUM = [
  [19, 102],
  [18, 99],
  [17, 96],
  [16, 92],
  [15, 90],
  [14, 87],
];

/** "15.6-15.8" → 15.6 */
const lowest = (version) => Number.parseFloat(version.split('-')[0]);

/**
 * The esbuild targets of the supported browsers: the lowest version of each engine,
 * e.g. ['chrome100', 'edge100', 'firefox115', 'ios15.4', 'safari15.4'].
 */
export function esbuildTargets(browsers = supportedBrowsers()) {
  const minimum = new Map();
  const note = (engine, version) => {
    if (!(minimum.get(engine) <= version)) minimum.set(engine, version);
  };
  for (const entry of browsers) {
    const [name, version] = entry.split(' ');
    if (name === 'samsung') {
      const chromium = SAMSUNG_CHROMIUM.find(([samsung]) => samsung <= lowest(version))?.[1];
      if (!chromium) throw new Error(`Which Chromium is Samsung Internet ${version} built on? Add it to SAMSUNG_CHROMIUM.`);
      note('chrome', chromium);
    } else if (ENGINES[name]) {
      note(ENGINES[name], lowest(version));
    } else {
      throw new Error(`esbuild has no target for "${entry}" from .browserslistrc: map it to an engine in scripts/lib/browsers.mjs.`);
    }
  }
  return [...minimum].map(([engine, version]) => `${engine}${version}`).sort();
}
