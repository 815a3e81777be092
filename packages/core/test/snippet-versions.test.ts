import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Every snippet names the version of @digivaardig/widgets that packages/widgets/package.json
 * has: a page that copies it gets a version that exists, and the one the docs describe.
 * Looked at: every text file git knows (README.md, docs/, stories/, the packages' READMEs,
 * code), except changelogs and pending changesets, which speak of other versions.
 *
 * When this fails after `changeset version`: run `pnpm run docs` (it rewrites them all).
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const version = (JSON.parse(readFileSync(join(root, 'packages/widgets/package.json'), 'utf8')) as { version: string }).version;

// The package name in pieces, so this file holds no snippet of its own.
const NAME = ['@digivaardig', 'widgets'].join('/');
/** `<name>@<version or tag>`; a dot inside the version only ("…@0.1.0." ends a sentence). */
const SNIPPET = new RegExp(`${NAME}@([\\w^~*+-]+(?:\\.[\\w^~*+-]+)*)`, 'g');
const LEFT_ALONE = [/(^|\/)CHANGELOG\.md$/, /^\.changeset\//, /^pnpm-lock\.yaml$/];

function textFiles(): string[] {
  const list = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
  return [...new Set(list.toString('utf8').split('\0').filter(Boolean))]
    .filter((file) => !LEFT_ALONE.some((pattern) => pattern.test(file)) && existsSync(join(root, file)))
    .filter((file) => !readFileSync(join(root, file)).subarray(0, 8192).includes(0));
}

/** Every snippet version in a text (the name, `@`, the version), with its line. */
function snippetsIn(text: string): { line: number; version: string }[] {
  return [...text.matchAll(SNIPPET)].map((match) => ({
    line: text.slice(0, match.index).split('\n').length,
    version: match[1]!,
  }));
}

describe('snippet versions', () => {
  const found = textFiles().flatMap((file) =>
    snippetsIn(readFileSync(join(root, file), 'utf8')).map((snippet) => ({ file, ...snippet })),
  );

  it('reads versions as a snippet writes them', () => {
    const at = (text: string) => snippetsIn(text).map((snippet) => snippet.version);
    expect(at(`npm/${NAME}@1/dist/digivaardig.js`)).toEqual(['1']);
    expect(at(`npm/${NAME}@0.1.0/dist/digivaardig.js`)).toEqual(['0.1.0']);
    expect(at(`Install ${NAME}@1.0.0-rc.1.`)).toEqual(['1.0.0-rc.1']);
    expect(at(`${NAME}@latest and ${NAME}@^1.2`)).toEqual(['latest', '^1.2']);
    expect(at(`npm/${NAME}@\${version}/dist/ and ${NAME}@<version>`)).toEqual([]);
  });

  it('finds the snippets in the README, the getting-started guide and the widget docs', () => {
    const files = new Set(found.map((snippet) => snippet.file));
    for (const file of ['README.md', 'docs/getting-started.md', 'docs/widgets/stat-card.md']) {
      expect(files, file).toContain(file);
    }
  });

  it(`names ${version}, the version in packages/widgets/package.json, everywhere`, () => {
    const drifted = found
      .filter((snippet) => snippet.version !== version)
      .map((snippet) => `${snippet.file}:${snippet.line}: @${snippet.version}`);
    expect(drifted, `Run pnpm run docs to bring every snippet to ${version}`).toEqual([]);
  });
});
