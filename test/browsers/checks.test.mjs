// The browser checks of `pnpm run check:browsers` catch what they are there for: syntax,
// CSS and APIs outside .browserslistrc (docs/browser-support.md). Run: node --test test/browsers/
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { ESLint } from 'eslint';
import { checkCss } from '../../scripts/check-css.mjs';
import { esbuildTargets, root } from '../../scripts/lib/browsers.mjs';

test('the build targets the oldest browsers of the list', () => {
  assert.deepEqual(esbuildTargets(), ['chrome100', 'edge100', 'firefox115', 'ios15.4', 'safari15.4']);
  // Samsung Internet is Chromium underneath; a browser esbuild does not know is an error.
  assert.deepEqual(esbuildTargets(['samsung 17.0', 'chrome 120']), ['chrome96']);
  assert.throws(() => esbuildTargets(['op_mini all']), /no target for "op_mini all"/);
});

test('es-check fails on a class static block (Safari before 16.4) and passes the build’s output', async () => {
  const source = 'export class Card extends HTMLElement { static styles = [1]; #seen = 0; get seen() { return this.#seen; } }';
  const compile = (target) =>
    transform(source, { loader: 'ts', target, tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } } }).then((r) => r.code);
  const dir = mkdtempSync(join(tmpdir(), 'es-check-'));
  try {
    writeFileSync(join(dir, 'es2022.js'), await compile('es2022'));
    writeFileSync(join(dir, 'lowered.js'), await compile(esbuildTargets()));
    const esCheck = (file) =>
      promisify(execFile)(join(root, 'node_modules/.bin/es-check'), ['checkBrowser', '--module', '--checkFeatures', file], { cwd: root }).then(
        () => 'passed',
        (error) => `${error.stdout}${error.stderr}`,
      );
    assert.match(await esCheck(join(dir, 'es2022.js')), /ClassStaticBlocks/);
    assert.equal(await esCheck(join(dir, 'lowered.js')), 'passed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CSS check finds features the list lacks, and accepts the vendor form and old syntax', async () => {
  const css = `
    .a { overflow: clip; }
    .b:has(input:checked) { color: red; }
    .c { background: color-mix(in srgb, red 50%, blue); }
    .d { text-wrap: balance; }
    .e { clip: rect(0 0 0 0); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    @media (forced-colors: active) { .f { outline: 2px solid; } }
  `;
  const allowed = [[/^@media forced-colors/, /probe\.ts$/, 'nothing to see'], ['css-nesting', /probe\.ts$/, 'no longer used']];
  const problems = (await checkCss([['packages/x/src/probe.ts', css, 10]], { allowed })).join('\n');
  assert.match(problems, /probe\.ts:11: overflow: clip: .*safari 15\.4/);
  assert.match(problems, /probe\.ts:12: css-has: .*Firefox \(115/);
  assert.match(problems, /probe\.ts:13: color-mix\(\): .*chrome 100/);
  assert.match(problems, /probe\.ts:14: text-wrap/);
  assert.doesNotMatch(problems, /probe\.ts:1[56]:/);
  // An allowance that nothing needs is a problem too.
  assert.match(problems, /ALLOWED: nothing uses css-nesting/);
  assert.doesNotMatch(problems, /ALLOWED: nothing uses .*forced-colors/);
});

test('the API check (eslint-plugin-compat) finds an API the list lacks', async () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (code) => {
    const [result] = await eslint.lintText(code, { filePath: join(root, 'packages/core/src/probe.ts') });
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  };
  assert.deepEqual(await lint('export const pattern = new URLPattern({ pathname: "/x" });'), [
    'compat/compat: URLPattern is not supported in Safari 15.4, iOS Safari 15.4, Firefox 115',
  ]);
  assert.deepEqual(await lint('export const observer = new ResizeObserver(() => undefined);'), []);
});
