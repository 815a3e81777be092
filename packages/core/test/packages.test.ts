import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Every package must install anywhere: with pnpm's strict layout a package sees only what
 * its package.json declares, so each bare import in its published sources must name a
 * dependency (or peer dependency) of that package, and nothing is declared that no source
 * imports. The rest of what npm users get is checked here too: ranges (not exact pins)
 * for runtime dependencies so they dedupe with the app's, the licence, README and LICENSE,
 * no tests in the tarball, a manifest inside the package, types beside every entry, and
 * `sideEffects` naming every entry that defines an element. (The end-to-end test
 * test/e2e/pack.test.mjs packs and installs them for real.)
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  sideEffects?: boolean | string[];
  exports?: Record<string, string | Record<string, string>>;
  files?: string[];
  customElements?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const packages = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')))
  .map((entry) => {
    const dir = join(root, 'packages', entry.name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
    return { dir, pkg };
  });

/** The published TypeScript sources: src/**\/*.ts without tests and test helpers. */
function publishedSources(dir: string): string[] {
  const src = join(dir, 'src');
  if (!existsSync(src)) return [];
  return (readdirSync(src, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.ts') && !/\.test\.ts$/.test(file) && !/(^|\/)test\//.test(file))
    .map((file) => join(src, file));
}

/** Every module specifier of a file: static and dynamic imports, re-exports, `import type`. */
function specifiers(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((item) => item.fileName);
}

/** `@scope/name/sub/path.js` → `@scope/name`; `name/sub` → `name`; relative and built-in → undefined. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Package → the files that import it (bare imports of the published sources). */
function importedPackages(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of publishedSources(dir)) {
    for (const specifier of specifiers(file)) {
      const name = packageName(specifier);
      if (name) found.set(name, [...(found.get(name) ?? []), relative(root, file)]);
    }
  }
  return found;
}

const declared = (pkg: PackageJson) => new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);

describe('the packages as npm users get them', () => {
  it('finds every package and its sources', () => {
    expect(packages.map(({ pkg }) => pkg.name).sort()).toEqual([
      '@digivaardig/core',
      '@digivaardig/course-finder',
      '@digivaardig/data',
      '@digivaardig/ido-finder',
      '@digivaardig/self-check',
      '@digivaardig/stat-card',
      '@digivaardig/themes',
      '@digivaardig/widgets',
    ]);
    // The scan sees the imports it must see (comments and strings aside).
    const ido = importedPackages(packages.find(({ pkg }) => pkg.name === '@digivaardig/ido-finder')!.dir);
    expect([...ido.keys()]).toEqual(expect.arrayContaining(['lit', '@lit/localize', 'leaflet', '@digivaardig/core', '@digivaardig/data']));
    expect(packageName('@lit/localize/init/install.js')).toBe('@lit/localize');
    expect(packageName('leaflet/dist/leaflet-src.esm.js')).toBe('leaflet');
    expect(packageName('node:fs')).toBeUndefined();
    expect(packageName('./x.js')).toBeUndefined();
  });

  it.each(packages.map(({ dir, pkg }) => [pkg.name, dir, pkg] as const))(
    '%s declares every package its sources import, and imports every package it declares',
    (name, dir, pkg) => {
      const imported = importedPackages(dir);
      const undeclared = [...imported]
        .filter(([dependency]) => dependency !== name && !declared(pkg).has(dependency))
        .map(([dependency, files]) => `${dependency} (imported by ${files.join(', ')})`);
      expect(undeclared, `imported but not in dependencies or peerDependencies of ${name}`).toEqual([]);
      const unused = [...declared(pkg)].filter((dependency) => !imported.has(dependency));
      expect(unused, `declared by ${name} but imported by none of its sources`).toEqual([]);
    },
  );

  it.each(packages.map(({ pkg }) => [pkg.name, pkg] as const))('%s asks for ranges, not exact versions, of what it needs at run time', (_name, pkg) => {
    // An exact pin (lit "3.3.3") gives an app with another 3.x a second copy of Lit.
    const pinned = Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies }).filter(
      ([, range]) => !range.startsWith('workspace:') && /^\d/.test(range),
    );
    expect(pinned).toEqual([]);
  });

  it.each(packages.map(({ dir, pkg }) => [pkg.name, dir, pkg] as const))(
    '%s has its licence, README and manifest in the tarball, and no tests',
    (_name, dir, pkg) => {
      expect(pkg.license).toBe('EUPL-1.2');
      expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'));
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(new RegExp(`npm install ${pkg.name}`));
      const files = pkg.files ?? [];
      expect(files).toContain('!**/*.test.*');
      if (files.includes('src')) expect(files).toContain('!src/test');
      // The manifest is written into the package by `pnpm run cem`, and published with it.
      expect(pkg.customElements).toBe('custom-elements.json');
      expect(files).toContain(pkg.customElements);
    },
  );

  it.each(packages.map(({ pkg }) => [pkg.name, pkg] as const))('%s gives types with every entry', (_name, pkg) => {
    const entries = Object.entries(pkg.exports ?? {}).filter(([, target]) => typeof target === 'object' && 'default' in target);
    expect(entries.length).toBeGreaterThan(0);
    for (const [path, target] of entries) {
      const conditions = target as Record<string, string>;
      expect(conditions.types, `${pkg.name} exports "${path}" without types`).toMatch(/^\.\/dist\/.*\.d\.ts$/);
      // `types` must come before `default`: conditions are tried in order.
      const order = Object.keys(conditions);
      expect(order.indexOf('types')).toBeLessThan(order.indexOf('default'));
      if (conditions.source) {
        // The types are where tsc writes the declarations of the source entry.
        const stem = conditions.source.replace(/^\.\//, '').replace(/\.ts$/, '');
        expect(conditions.types.endsWith(`${stem.replace(/^src\//, '')}.d.ts`)).toBe(true);
        expect(conditions.default).toBe(conditions.types.replace(/\.d\.ts$/, '.js'));
      }
    }
  });

  it.each(packages.map(({ dir, pkg }) => [pkg.name, dir, pkg] as const))(
    '%s lists every entry that defines an element (directly or through its imports) in sideEffects',
    (_name, dir, pkg) => {
      if (pkg.sideEffects === true) return;
      const defines = (file: string) => {
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        return source.statements.some(
          (statement) =>
            ts.isExpressionStatement(statement) &&
            ts.isCallExpression(statement.expression) &&
            /^(defineElement|customElements\.define)$/.test(statement.expression.expression.getText(source)),
        );
      };
      // Static relative imports only: a lazily imported module is no side effect of its importer.
      const reaches = (file: string, seen = new Set<string>()): boolean => {
        if (seen.has(file)) return false;
        seen.add(file);
        if (defines(file)) return true;
        const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
        return info.importedFiles
          .map((item) => item.fileName)
          .filter((specifier) => specifier.startsWith('.'))
          .map((specifier) => join(dirname(file), specifier.replace(/\.js$/, '.ts')))
          .some((target) => existsSync(target) && reaches(target, seen));
      };
      const listed = new Set(Array.isArray(pkg.sideEffects) ? pkg.sideEffects : []);
      for (const target of Object.values(pkg.exports ?? {})) {
        if (typeof target !== 'object' || !target.source) continue;
        const entry = join(dir, target.source);
        const sideEffect = reaches(entry);
        for (const path of [target.source, target.default]) {
          expect(listed.has(path), `${pkg.name}: sideEffects ${sideEffect ? 'lacks' : 'names'} ${path}`).toBe(sideEffect);
        }
      }
      // And nothing else: every listed file is an entry's source or its build, or a
      // stylesheet (a bundler must keep `import '@digivaardig/themes/utrecht.css'`).
      const entryFiles = Object.values(pkg.exports ?? {}).flatMap((target) => (typeof target === 'object' ? [target.source, target.default] : []));
      expect([...listed].filter((path) => !entryFiles.includes(path) && !path.endsWith('.css'))).toEqual([]);
    },
  );
});
