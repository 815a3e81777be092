// Per-package output of the custom-elements manifest, for npm users. `pnpm run cem` writes
// the repository's manifest (custom-elements.json at the root, read by Storybook and the
// docs); this analyzer plugin then writes, for every package in packages/:
//
// - `custom-elements.json`: the package's own modules, with paths inside the package
//   (`dist/…/x.js`, the files npm users import) and references to the other packages by
//   name. package.json's `customElements` points at it, and it is in the tarball.
// - for a package with widgets, in `dist/`: VS Code custom data
//   (`vscode.html-custom-data.json`, `vscode.css-custom-data.json`), JetBrains web-types
//   (`web-types.json`, named by package.json's `web-types`) and JSX types for React 19,
//   Preact and other JSX frameworks (`jsx.d.ts`, exported as `<package>/jsx`).
// - for @digivaardig/widgets (the script-tag bundle, which defines every widget): all of
//   the above for every widget, and `dist/digivaardig.d.ts`, the types of its entry.
//
// The editor data and JSX types come from custom-element-vs-code-integration,
// custom-element-jet-brains-integration and @wc-toolkit/jsx-types, given each package's
// part of the manifest.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';

/** The package that bundles every widget for the script tag. */
const BUNDLE = 'widgets';
/** The module of the bundle's entry: it defines every widget (through the autoloader). */
const BUNDLE_ENTRY = 'dist/digivaardig.js';

const isTag = (name) => /^[a-z][a-z0-9]*-[-.\w]*$/.test(name);

/** The packages of the workspace: folder, name, version, and where `tsc` puts a source file. */
export function workspacePackages(root = '.') {
  const dir = join(root, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'package.json')))
    .map((entry) => {
      const folder = join(dir, entry.name);
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const tsconfig = join(folder, 'tsconfig.build.json');
      const rootDir = existsSync(tsconfig) ? JSON.parse(readFileSync(tsconfig, 'utf8')).compilerOptions?.rootDir : 'src';
      // `src/a/b.ts` → `dist/a/b.js` (rootDir "src") or `dist/src/a/b.js` (rootDir ".").
      const distPath = (sourcePath) =>
        posix.join('dist', rootDir === '.' ? sourcePath : posix.relative('src', sourcePath)).replace(/\.ts$/, '.js');
      return { dir: entry.name, folder, prefix: `packages/${entry.name}/`, name: pkg.name, version: pkg.version, distPath };
    });
}

/** The custom elements with a tag declared in a manifest's modules, with their module paths. */
function taggedElements(modules) {
  return modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ module, declaration })),
  );
}

/**
 * The tags each module defines with `defineElement('dv-x', Class)`, which the analyzer
 * does not see (it only knows `customElements.define`).
 */
function definitionsIn(sourceFile) {
  const text = readFileSync(sourceFile, 'utf8');
  return [...text.matchAll(/defineElement\(\s*['"]([^'"]+)['"]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g)].map(([, tag, className]) => ({
    tag,
    className,
  }));
}

/**
 * The manifest of one package: its modules with package-relative paths, references into
 * other packages by package name, and the tags its entry files define.
 */
export function packageManifest(rootManifest, pkg, packages, root = '.') {
  const owner = (path) => packages.find((candidate) => path.startsWith(candidate.prefix));
  // `module` in a reference is relative to the repository root, or (a re-export) to the
  // module that holds the reference: `./x.js` next to `packages/p/src/index.ts`.
  const rewrite = (value, base) => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, base));
    if (!value || typeof value !== 'object') return value;
    const out = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item, base)]));
    if (typeof value.module === 'string' && !value.package) {
      const path = value.module.startsWith('.')
        ? posix.join(posix.dirname(base), value.module).replace(/\.js$/, '.ts')
        : value.module;
      const from = owner(path);
      if (from) {
        out.module = from.distPath(path.slice(from.prefix.length));
        if (from !== pkg) out.package = from.name;
      }
    }
    return out;
  };
  const modules = rootManifest.modules
    .filter((module) => module.path.startsWith(pkg.prefix))
    .map((module) => {
      const sourcePath = module.path.slice(pkg.prefix.length);
      const copy = rewrite(module, module.path);
      copy.path = pkg.distPath(sourcePath);
      // Keep the analyzer's definitions of real tags only (core's defineElement(tag, element)
      // is no definition of its own), and add the defineElement() calls.
      const exports = (copy.exports ?? []).filter((item) => item.kind !== 'custom-element-definition' || isTag(item.name));
      for (const { tag, className } of definitionsIn(join(root, module.path))) {
        const declared = rootManifest.modules.find(
          (candidate) =>
            candidate.path.startsWith(pkg.prefix) &&
            candidate.declarations?.some((declaration) => declaration.name === className && declaration.customElement),
        );
        if (!declared) throw new Error(`${module.path}: defineElement('${tag}', ${className}) names no custom element of ${pkg.name}`);
        exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: pkg.distPath(declared.path.slice(pkg.prefix.length)) },
        });
      }
      if (exports.length) copy.exports = exports;
      return copy;
    });
  return { schemaVersion: rootManifest.schemaVersion, readme: '', modules };
}

/**
 * The bundle's manifest: its entry, which defines every widget, with a copy of each
 * widget's declaration (references point into the widget packages by name).
 */
function bundleManifest(rootManifest, packageManifests) {
  const elements = packageManifests.flatMap(({ pkg, manifest }) =>
    taggedElements(manifest.modules).map(({ module, declaration }) => ({ pkg, module, declaration })),
  );
  const inPackage = (value, pkg, modulePath) => {
    if (Array.isArray(value)) return value.map((item) => inPackage(item, pkg, modulePath));
    if (!value || typeof value !== 'object') return value;
    const out = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inPackage(item, pkg, modulePath)]));
    if (typeof value.module === 'string' && !value.package) out.package = pkg.name;
    return out;
  };
  return {
    schemaVersion: rootManifest.schemaVersion,
    readme: '',
    modules: [
      {
        kind: 'javascript-module',
        path: BUNDLE_ENTRY,
        description: 'The script-tag entry: defines every widget, loading each one only when its tag is on the page.',
        declarations: elements.map(({ pkg, module, declaration }) => inPackage(declaration, pkg, module.path)),
        exports: elements.map(({ declaration }) => ({
          kind: 'custom-element-definition',
          name: declaration.tagName,
          declaration: { name: declaration.name, module: BUNDLE_ENTRY },
        })),
      },
    ],
  };
}

/** Runs a generator without its "Generated …" line (it logs that even with hideLogs). */
function quietly(generate) {
  const log = console.log;
  console.log = () => {};
  try {
    generate();
  } finally {
    console.log = log;
  }
}

/**
 * Editor data and JSX types for the given tagged elements (root-manifest modules, so the
 * module path names the package each class is exported from).
 */
function writeEditorData(rootManifest, elements, outdir, identity, packages) {
  mkdirSync(outdir, { recursive: true });
  // One module per element, holding only the element: the JSX types import every
  // declaration of a module from its package's entry, which exports the elements.
  const manifest = structuredClone({
    schemaVersion: rootManifest.schemaVersion,
    modules: elements.map(({ module, declaration }) => ({
      kind: 'javascript-module',
      path: module.path,
      declarations: [declaration],
      exports: [
        { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: module.path } },
        { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } },
      ],
    })),
  });
  const packageOf = (modulePath) => packages.find((pkg) => modulePath.startsWith(pkg.prefix)).name;

  quietly(() =>
    generateVsCodeCustomElementData(structuredClone(manifest), {
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
  );

  const webTypes = JSON.parse(
    getWebTypesData(structuredClone(manifest), { hideLogs: true, modulePathTemplate: (name, modulePath) => packageOf(modulePath) }),
  );
  // The generator names the package whose folder it runs in (the repository root).
  webTypes.name = identity.name;
  webTypes.version = identity.version;
  writeFileSync(join(outdir, 'web-types.json'), JSON.stringify(webTypes, null, 2) + '\n');

  generateJsxTypes(structuredClone(manifest), {
    outdir,
    fileName: 'jsx.d.ts',
    stronglyTypedEvents: true,
    componentTypePath: (name, tag, modulePath) => packageOf(modulePath),
  });
  // The generator types `ref` as the element or a callback that never gets null, so
  // React's `ref={useRef<DvSelfCheck>(null)}` (and Preact's createRef) would not compile.
  // Accept what React and Preact pass: a ref object, or a callback that also gets null.
  const jsxFile = join(outdir, 'jsx.d.ts');
  const narrowRef = 'ref?: (T | ((e: T) => void)) | undefined;';
  const jsx = readFileSync(jsxFile, 'utf8');
  if (!jsx.includes(narrowRef)) throw new Error(`${jsxFile}: the generator's ref type changed; look again at this fix`);
  writeFileSync(jsxFile, jsx.replace(narrowRef, 'ref?: T | { current: T | null } | ((element: T | null) => void | (() => void)) | null | undefined;'));
}

/** Every package's manifest, editor data and JSX types (see the top of this file). */
export function writePackageOutputs(rootManifest, root = '.') {
  const packages = workspacePackages(root);
  const manifests = packages
    .filter((pkg) => pkg.dir !== BUNDLE)
    .map((pkg) => ({ pkg, manifest: packageManifest(rootManifest, pkg, packages, root) }));
  for (const { pkg, manifest } of manifests) {
    writeFileSync(join(pkg.folder, 'custom-elements.json'), JSON.stringify(manifest, null, 2) + '\n');
    const elements = taggedElements(rootManifest.modules.filter((module) => module.path.startsWith(pkg.prefix)));
    if (elements.length) writeEditorData(rootManifest, elements, join(pkg.folder, 'dist'), pkg, packages);
  }

  const bundle = packages.find((pkg) => pkg.dir === BUNDLE);
  if (!bundle) return;
  writeFileSync(join(bundle.folder, 'custom-elements.json'), JSON.stringify(bundleManifest(rootManifest, manifests), null, 2) + '\n');
  const widgetPackages = new Set(manifests.map(({ pkg }) => pkg));
  const elements = taggedElements(rootManifest.modules.filter((module) => [...widgetPackages].some((pkg) => module.path.startsWith(pkg.prefix))));
  const outdir = join(bundle.folder, 'dist');
  writeEditorData(rootManifest, elements, outdir, bundle, packages);
  // The types of `import '@digivaardig/widgets'`: the element classes, from their packages
  // (whose types also add each tag to HTMLElementTagNameMap).
  const byPackage = new Map();
  for (const { module, declaration } of elements) {
    const name = packages.find((pkg) => module.path.startsWith(pkg.prefix)).name;
    byPackage.set(name, [...(byPackage.get(name) ?? []), declaration.name]);
  }
  const lines = [...byPackage].map(([name, classes]) => `export type { ${classes.join(', ')} } from '${name}';`);
  writeFileSync(
    join(outdir, 'digivaardig.d.ts'),
    `// Generated by scripts/cem-packages.mjs. The script-tag entry defines every widget;\n// the element classes come from their packages.\n${lines.join('\n')}\n`,
  );
}

/** The analyzer plugin: runs after every other plugin has changed the manifest. */
export function packageOutputsPlugin() {
  return {
    name: 'digivaardig-package-outputs',
    packageLinkPhase({ customElementsManifest }) {
      writePackageOutputs(customElementsManifest);
    },
  };
}
