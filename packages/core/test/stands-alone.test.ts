import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The repository stands alone: no file (code, comment, doc, script, data) refers to a
 * folder beside the checkout, such as the shared folder the open data once came from. The
 * data the scripts need is in packages/data/sources/. Every file git knows (tracked, or new
 * and not ignored) is read; binary files and the lockfile are skipped.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

// Spelled in pieces, so this file does not match itself.
const SHARED = ['..', 'shared'].join('/');
const OUTSIDE = [
  { what: `a path into ${SHARED}/`, pattern: new RegExp(`\\.\\./shared\\b`) },
  { what: 'the shared data folder', pattern: new RegExp(`(^|[^\\w/.-])shared/(data|context)\\b`) },
];

function repositoryFiles(): string[] {
  const list = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
  return [...new Set(list.toString('utf8').split('\0').filter(Boolean))];
}

/** Text of a file, or undefined for a binary file (a NUL byte in its first 8 KB). */
function textOf(path: string): string | undefined {
  const bytes = readFileSync(path);
  return bytes.subarray(0, 8192).includes(0) ? undefined : bytes.toString('utf8');
}

describe('the repository stands alone', () => {
  const files = repositoryFiles().filter((file) => file !== 'pnpm-lock.yaml' && existsSync(join(root, file)));

  it('finds the files to check', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('packages/data/sources/pc4_centroids.csv');
  });

  it('has no reference to files outside the repository', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = textOf(join(root, file));
      if (text === undefined) continue;
      text.split('\n').forEach((line, index) => {
        for (const { what, pattern } of OUTSIDE) {
          if (pattern.test(line)) found.push(`${file}:${index + 1}: ${what}: ${line.trim().slice(0, 120)}`);
        }
      });
    }
    expect(found, 'Refer to packages/data/sources/ (or another path inside the repository) instead').toEqual([]);
  });
});
