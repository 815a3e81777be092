#!/usr/bin/env node
// Publishes the packages to npm: `pnpm release:publish`. A person runs it on their own
// machine, logged in to npm, after `pnpm release:version` has been committed; CI never
// publishes (see docs/releasing.md).
//
// It stops, before anything is built, when CI is set, when the working tree has changes
// (what is published must be a commit), when changesets are still waiting for
// `pnpm release:version`, or when a snippet names another version than the one being
// published. Then it builds everything and runs every test, so dist/integrity.json and
// dist/snippet.html describe exactly the files that go out, and runs `changeset publish`:
// each package whose version is not on npm yet is published, and the commit is tagged.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { widgetsVersion } from './lib/snippet-version.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function stop(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

if (process.env.CI) stop('CI is set. Releases are published by a person, not by CI (docs/releasing.md).');

const changes = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
if (changes) stop(`the working tree has changes; publish from a commit.\n${changes}`);

const pending = readdirSync(join(root, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
if (pending.length) stop(`changesets wait for a version (${pending.join(', ')}): run pnpm release:version, review and commit first.`);

const version = widgetsVersion(root);
try {
  run('node', ['scripts/docs.mjs', '--check']);
} catch {
  stop(`the docs are not up to date for ${version}: run pnpm run docs and commit.`);
}

run('pnpm', ['build']);
run('pnpm', ['test']);

const integrity = JSON.parse(readFileSync(join(root, 'packages/widgets/dist/integrity.json'), 'utf8'));
if (integrity.version !== version) stop(`dist/integrity.json is of ${integrity.version}, not ${version}.`);

run('pnpm', ['exec', 'changeset', 'publish']);

console.log(`
Published ${version}. Next:
  git push --follow-tags
The snippet, with the hash of the files just published (packages/widgets/dist/snippet.html):
${readFileSync(join(root, 'packages/widgets/dist/snippet.html'), 'utf8')}
Check the CDN serves that file (docs/releasing.md) before announcing it.`);
