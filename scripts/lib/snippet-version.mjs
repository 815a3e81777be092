// Every snippet names the version of @digivaardig/widgets it loads from the CDN
// (`https://cdn.jsdelivr.net/npm/@digivaardig/widgets@<version>/dist/digivaardig.js`), and
// that version is the one in packages/widgets/package.json. `node scripts/docs.mjs` rewrites
// the versions after `changeset version` has raised it; `--check` lists the files that differ.
//
// Every text file git knows is looked at (tracked, or new and not ignored), except the
// changelogs and pending changesets, which speak of versions that were or will be.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `@digivaardig/widgets@<version>`: a version or tag (`1`, `0.1.0`, `1.0.0-rc.1`, `latest`,
 * `^1.2`). A dot ends it unless more of the version follows ("…@0.1.0." in a sentence);
 * a template (`@${version}`) or a placeholder (`@<version>`) is not a version.
 */
export const SNIPPET_VERSION = /(@digivaardig\/widgets@)([\w^~*+-]+(?:\.[\w^~*+-]+)*)/g;

export function widgetsVersion(root) {
  return JSON.parse(readFileSync(join(root, 'packages/widgets/package.json'), 'utf8')).version;
}

const LEFT_ALONE = [/(^|\/)CHANGELOG\.md$/, /^\.changeset\//, /^pnpm-lock\.yaml$/];

/** The repository's text files (paths relative to `root`) that may hold a snippet. */
export function snippetFiles(root) {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
  return [...new Set(listed.toString('utf8').split('\0').filter(Boolean))]
    .filter((file) => !LEFT_ALONE.some((pattern) => pattern.test(file)) && existsSync(join(root, file)))
    .filter((file) => !readFileSync(join(root, file)).subarray(0, 8192).includes(0))
    .sort();
}

/** The text with every snippet naming `version`. */
export function withSnippetVersion(text, version) {
  return text.replace(SNIPPET_VERSION, (_whole, prefix) => `${prefix}${version}`);
}
