/*
 * The <script> line of the snippets in this Storybook: the CDN address of the version in
 * packages/widgets/package.json and, when the CDN bundle has been built for that version,
 * its Subresource Integrity hash with `crossorigin="anonymous"`. The hash comes from
 * packages/widgets/dist/integrity.json (written by the bundle's rollup build), which
 * .storybook/main.ts hands in as __DV_CDN_INTEGRITY__ when the Storybook starts or is built.
 * `pnpm build` and `pnpm test` build the bundle before the Storybook; `pnpm start` on a
 * fresh clone shows the line without a hash until `pnpm build:cdn` has run (and Storybook
 * is started again). Outside Storybook (the element tests load the stories) there is none.
 */
import widgetsPackage from '../../packages/widgets/package.json';

interface IntegrityFile {
  version: string;
  files: Record<string, string>;
  styles?: Record<string, string>;
}

/** The version every snippet names (`pnpm run docs` keeps the docs at it too). */
export const WIDGETS_VERSION: string = widgetsPackage.version;

/** The autoloader on the CDN, at that version. */
export const CDN_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/@digivaardig/widgets@${WIDGETS_VERSION}/dist/digivaardig.js`;

declare const __DV_CDN_INTEGRITY__: IntegrityFile | null;
const built = typeof __DV_CDN_INTEGRITY__ === 'undefined' ? null : __DV_CDN_INTEGRITY__;

/** The autoloader's hash, when the built bundle is of this version. */
export const CDN_INTEGRITY: string | undefined =
  built?.version === WIDGETS_VERSION ? built.files['digivaardig.js'] : undefined;

/** The script line to paste, once per page. */
export const CDN_SCRIPT = CDN_INTEGRITY
  ? `<script type="module" src="${CDN_SCRIPT_URL}" integrity="${CDN_INTEGRITY}" crossorigin="anonymous"></script>`
  : `<script type="module" src="${CDN_SCRIPT_URL}"></script>`;

/** The widgets' reserved sizes on the CDN: linked in <head>, they hold from the first paint (no layout shift). */
export const CDN_STYLE_URL = CDN_SCRIPT_URL.replace(/\.js$/, '.css');
const styleIntegrity = built?.version === WIDGETS_VERSION ? built.styles?.['digivaardig.css'] : undefined;

/** The stylesheet line to paste into <head>, once per page. */
export const CDN_STYLE = styleIntegrity
  ? `<link rel="stylesheet" href="${CDN_STYLE_URL}" integrity="${styleIntegrity}" crossorigin="anonymous">`
  : `<link rel="stylesheet" href="${CDN_STYLE_URL}">`;

/** What a page needs once: the stylesheet and the script. */
export const CDN_SNIPPET = `${CDN_STYLE}\n${CDN_SCRIPT}`;
