#!/usr/bin/env node
// Every text id with its Dutch words, read from each package's xliff/en.xlf, so a webmaster
// can find the id to give their own words for (docs/translations.md, "Your own words").
//   pnpm i18n:ids                        → all packages
//   pnpm i18n:ids --package ido-finder   → one package
// Values show as {0}, {1} … in the order of the Dutch text: write them so in your own words.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const at = process.argv.indexOf('--package');
const only = at > 0 ? process.argv[at + 1] : undefined;
const decode = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const names = readdirSync(join(root, 'packages')).filter((name) => !only || name === only);
if (names.length === 0) {
  console.error(`No package "${only}" in packages/.`);
  process.exit(1);
}
for (const name of names) {
  const file = join(root, 'packages', name, 'xliff', 'en.xlf');
  if (!existsSync(file)) continue;
  console.log(`# ${name}`);
  for (const [, id, body] of readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    // A value is an <x id="N"/> placeholder (N counts in the Dutch order); markup is <x> too.
    let n = 0;
    const text = source.replace(/<x id="[^"]*"[^>]*\/>/g, (x) => (/equiv-text="\$\{/.test(x) ? `{${n++}}` : ''));
    console.log(`${id}\t${decode(text).replace(/\s+/g, ' ').trim()}`);
  }
}
