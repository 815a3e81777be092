// Custom Elements Manifest: the API docs that Storybook's autodocs and docs/widgets/*.md read.
import { packageOutputsPlugin } from './scripts/cem-packages.mjs';

/** Class name → names declared `{ state: true }` in its `static properties`. */
const internalState = new Map();

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/generated/**', '**/test/**', '**/examples.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Lit's reactive state ({ state: true }) is internal, yet the analyzer lists it as a
      // public attribute and property. Find it in the source and drop it from the API.
      name: 'digivaardig-hide-internal-state',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          const isStaticProperties =
            ts.isPropertyDeclaration(member) &&
            member.name.getText() === 'properties' &&
            member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
          if (!isStaticProperties || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
          const names = member.initializer.properties
            .filter((property) => ts.isPropertyAssignment(property) && /\bstate:\s*true\b/.test(property.initializer.getText()))
            .map((property) => property.name.getText());
          internalState.set(node.name.getText(), new Set(names));
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        const isInternal = (item, owner) =>
          (internalState.get(item.inheritedFrom?.name ?? owner) ?? new Set()).has(item.fieldName ?? item.name);
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((item) => !isInternal(item, declaration.name));
            }
            if (declaration.members) {
              declaration.members = declaration.members.filter((item) => !isInternal(item, declaration.name));
            }
          }
        }
      },
    },
    // Last: each package's own manifest, editor data and JSX types, from the final manifest.
    packageOutputsPlugin(),
  ],
};
