#!/usr/bin/env node
// Runs lit-localize for every package that has strings (a lit-localize.json):
//   node scripts/i18n.mjs extract   → refresh xliff/<locale>.xlf (translators fill in <target>);
//                                     translations follow a message whose id changed (by
//                                     its Dutch source) and plural categories Dutch lacks
//                                     stay (scripts/i18n-remap.mjs)
//   (add package names to run for those only: node scripts/i18n.mjs extract core)
//   node scripts/i18n.mjs build     → write src/generated/locales/<locale>.ts from the XLIFF,
//                                     translated messages only (scripts/i18n-build.mjs)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackage } from './i18n-build.mjs';
import { restore, snapshot } from './i18n-remap.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/i18n.mjs extract|build');
  process.exit(2);
}
const bin = join(root, 'node_modules', '.bin', 'lit-localize');
const only = process.argv.slice(3);
for (const name of readdirSync(join(root, 'packages'))) {
  if (only.length && !only.includes(name)) continue;
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'lit-localize.json'))) continue;
  if (command === 'build') {
    console.log(`${name}: ${JSON.stringify(buildPackage(dir))}`);
    continue;
  }
  const saved = snapshot(dir);
  execFileSync(bin, ['extract', '--config', 'lit-localize.json'], { cwd: dir, stdio: 'inherit' });
  restore(dir, saved);
}
