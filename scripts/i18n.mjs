#!/usr/bin/env node
// Runs lit-localize for every package that has strings (a lit-localize.json):
//   node scripts/i18n.mjs extract   → refresh xliff/en.xlf (translators fill in <target>)
//   node scripts/i18n.mjs build     → write src/generated/locales/en.ts from the XLIFF
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: node scripts/i18n.mjs extract|build');
  process.exit(2);
}
const bin = join(root, 'node_modules', '.bin', 'lit-localize');
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'lit-localize.json'))) continue;
  execFileSync(bin, [command, '--config', 'lit-localize.json'], { cwd: dir, stdio: 'inherit' });
}
