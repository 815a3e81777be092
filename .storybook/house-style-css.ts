/*
 * The house styles' stylesheets for the Storybook: a Vite plugin that turns the list in
 * packages/themes/src/house-styles.ts (the one list) into a virtual module of URLs, one
 * `?url` import per file, so Vite serves them in `storybook dev` and emits them as assets
 * in `storybook build`. The preview (stories/support/house-styles.ts) links the files it
 * needs into the page and removes the others, as a site would with `<link>` lines.
 *
 * Per house style: the token package's CSS (light, and dark where it has one; the token
 * packages are devDependencies of the repository's root) and our bridge
 * (packages/themes/src/<id>.css).
 */
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { HOUSE_STYLES, tokenCss } from '../packages/themes/src/house-styles.js';

export const HOUSE_STYLE_CSS_MODULE = 'virtual:dv-house-style-css';
const RESOLVED = `\0${HOUSE_STYLE_CSS_MODULE}`;
const root = fileURLToPath(new URL('..', import.meta.url));
const themes = join(root, 'packages/themes');

/** The real file behind a path (pnpm links packages into node_modules). */
function fileOf(path: string, from: string): string {
  const file = join(from, path);
  if (!existsSync(file)) {
    throw new Error(`House style CSS not found: ${file}. Run pnpm install (the token packages are root devDependencies).`);
  }
  return realpathSync(file);
}

export function houseStyleCss(): Plugin {
  return {
    name: 'dv-house-style-css',
    resolveId: (id) => (id === HOUSE_STYLE_CSS_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const imports: string[] = [];
      const entries: string[] = [];
      const url = (file: string) => {
        const name = `css${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${file}?url`)};`);
        return name;
      };
      for (const style of HOUSE_STYLES) {
        const tokens = url(fileOf(tokenCss(style), join(root, 'node_modules')));
        const dark = style.dark ? url(fileOf(tokenCss(style, 'dark'), join(root, 'node_modules'))) : 'undefined';
        const bridge = url(fileOf(join('src', style.bridge), themes));
        entries.push(`${JSON.stringify(style.id)}: { tokens: ${tokens}, dark: ${dark}, bridge: ${bridge} }`);
      }
      return `${imports.join('\n')}\nexport default {\n  ${entries.join(',\n  ')}\n};\n`;
    },
  };
}
