import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Only @lit/localize's public API (`msg`, `str`, the types of its index) may be used: its
 * internals (`_installMsgImplementation` throws when called twice) broke npm apps that use
 * @lit/localize themselves. This fails on any import of '@lit/localize/internal/…' or
 * '@lit/localize/init/…' in the repository's sources, tests, stories and scripts.
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', 'generated', 'storybook-static', '.git', 'coverage']);

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

describe('@lit/localize', () => {
  it('is used through its public API only', () => {
    const sources = ['packages', 'scripts', 'test', 'stories', '.storybook'].flatMap((dir) => files(join(root, dir)));
    expect(sources.length).toBeGreaterThan(100);
    const internal = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]@lit\/localize\/(?:internal|init)\b/;
    const offending = sources.filter((file) => internal.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(offending).toEqual([]);
  });
});
