/*
 * The NL Design System house styles in this Storybook: the "House style" and "Widget width"
 * toolbar globals, the decorator that applies them to every story, and the stylesheets.
 *
 * The house styles are the one list in packages/themes/src/house-styles.ts. For a chosen
 * house style the page gets what a municipal site has: the token package's real CSS (light
 * and, where there is one, dark), our bridge after it (`<link>` lines in <head>; Vite serves
 * or emits each file, see .storybook/house-style-css.ts), and the house style's class on
 * the story's container. On the "Dark" page background the container also gets the house
 * style's dark class. Links no story needs any more are removed, so switching back to
 * "none" shows the widgets' own defaults again.
 */
import { html, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import houseStyleCss from 'virtual:dv-house-style-css';
import { containerClasses, HOUSE_STYLES, type HouseStyle } from '@digivaardig/themes';
import rootPackage from '../../package.json';
import { CDN_SCRIPT_URL, WIDGETS_VERSION } from './cdn-snippet.js';

/** The toolbar's "no house style" value: the widgets' own defaults. */
export const NO_HOUSE_STYLE = 'none';

/** The toolbar's widths (px) for the story's container, besides "full". */
export const WIDGET_WIDTHS = ['320', '375', '768', '1280'] as const;
export const FULL_WIDTH = 'full';

/**
 * A story that shows house styles itself (the side-by-side page) sets the parameter
 * `houseStyles: 'each'`: every house style's CSS is then linked, and the decorator puts
 * no class or width around it.
 */
export interface HouseStyleParameters {
  houseStyles?: 'each';
}

type Mode = 'light' | 'dark';

/** The stylesheets of one house style, in the order a site links them. */
function stylesheetsOf(style: HouseStyle): { role: string; href: string }[] {
  const urls = houseStyleCss[style.id];
  if (!urls) throw new Error(`No stylesheets for house style "${style.id}": restart Storybook after changing house-styles.ts.`);
  return [
    { role: 'tokens', href: urls.tokens },
    ...(urls.dark ? [{ role: 'dark tokens', href: urls.dark }] : []),
    { role: 'bridge', href: urls.bridge },
  ];
}

/** A `<link>` to one house-style stylesheet; `data-dv-loaded` says when it has loaded (or failed). */
function stylesheetLink(id: string, role: string, href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.dataset.dvHouseStyle = id;
  link.dataset.dvRole = role;
  link.href = href;
  const settle = (outcome: string) => () => {
    link.dataset.dvLoaded = outcome;
  };
  link.addEventListener('load', settle('yes'), { once: true });
  link.addEventListener('error', settle('failed'), { once: true });
  return link;
}

/**
 * Links exactly these house styles' stylesheets into <head>: those already there stay,
 * the others go. Each link's `data-dv-loaded` says when it has loaded (the end-to-end test
 * and the screenshot script wait for it).
 */
export function linkHouseStyles(styles: readonly HouseStyle[]): void {
  const wanted = styles.flatMap((style) => stylesheetsOf(style).map((sheet) => ({ ...sheet, id: style.id })));
  const present = [...document.head.querySelectorAll<HTMLLinkElement>('link[data-dv-house-style]')];
  for (const link of present) {
    if (!wanted.some((sheet) => sheet.href === link.getAttribute('href'))) link.remove();
  }
  for (const { id, role, href } of wanted) {
    if (!present.some((link) => link.isConnected && link.getAttribute('href') === href)) {
      document.head.append(stylesheetLink(id, role, href));
    }
  }
}

/** The house style a global names, or undefined for "none" (or an unknown value). */
export function houseStyleNamed(value: unknown): HouseStyle | undefined {
  return HOUSE_STYLES.find((style) => style.id === value);
}

/** The classes for a house style's container: its class, and its dark class on a dark page when it has one. */
export function classesFor(style: HouseStyle | undefined, mode: Mode): Record<string, boolean> {
  if (!style) return {};
  const classes = containerClasses(style, mode === 'dark' && style.dark ? 'dark' : 'light');
  return Object.fromEntries(classes.split(' ').map((name) => [name, true]));
}

/** The toolbar globals: house style and widget width (page language and background are in preview.ts). */
export const houseStyleGlobalTypes: Preview['globalTypes'] = {
  houseStyle: {
    description: 'An NL Design System house style: its token package’s CSS and our bridge are loaded, and its class is set on the story’s container',
    toolbar: {
      title: 'House style',
      icon: 'paintbrush',
      items: [
        { value: NO_HOUSE_STYLE, title: 'House style: none (our defaults)' },
        ...HOUSE_STYLES.map((style) => ({ value: style.id, title: `House style: ${style.name}` })),
      ],
      dynamicTitle: true,
    },
  },
  widgetWidth: {
    description: 'The width of the story’s container, as the column a widget sits in on a page',
    toolbar: {
      title: 'Widget width',
      icon: 'ruler',
      items: [
        { value: FULL_WIDTH, title: 'Width: full' },
        ...WIDGET_WIDTHS.map((width) => ({ value: width, title: `Width: ${width} px` })),
      ],
      dynamicTitle: true,
    },
  },
};

export const houseStyleInitialGlobals = { houseStyle: NO_HOUSE_STYLE, widgetWidth: FULL_WIDTH };

/**
 * Every story in a container with the chosen house style's classes and the chosen width.
 * The container is there for every choice (also "none" and "full"), so a story's DOM does
 * not change shape when a designer switches.
 */
export const withHouseStyleAndWidth: Decorator = (story, context) => {
  if ((context.parameters as HouseStyleParameters).houseStyles === 'each') {
    linkHouseStyles(HOUSE_STYLES);
    return story();
  }
  const style = houseStyleNamed(context.globals.houseStyle);
  const background = (context.globals.backgrounds as { value?: string } | undefined)?.value;
  linkHouseStyles(style ? [style] : []);
  const width = String(context.globals.widgetWidth ?? FULL_WIDTH);
  const widthStyle = (WIDGET_WIDTHS as readonly string[]).includes(width) ? `width: ${width}px; max-width: none;` : '';
  return html`<div
    class="dv-house-style ${classMap(classesFor(style, background === 'dark' ? 'dark' : 'light'))}"
    data-house-style=${style?.id ?? NO_HOUSE_STYLE}
    data-widget-width=${width}
    style=${widthStyle}
  >
    ${story() as unknown as TemplateResult}
  </div>`;
};

/** The CDN build's integrity.json (see cdn-snippet.ts): `themes` has each bridge's hash, by its path in dist/. */
declare const __DV_CDN_INTEGRITY__: { version: string; themes?: Record<string, string> } | null;
const built = typeof __DV_CDN_INTEGRITY__ === 'undefined' ? null : __DV_CDN_INTEGRITY__;

/** The version of the token package the bridges are made and tested with (a root devDependency). */
function tokenVersion(style: HouseStyle): string {
  const versions: Record<string, string> = { ...rootPackage.devDependencies };
  return versions[style.tokenPackage] ?? 'latest';
}

/** Our bridge for a house style on the CDN, at the version the snippets name. */
export function bridgeUrl(style: HouseStyle): string {
  return CDN_SCRIPT_URL.replace(/digivaardig\.js$/, `themes/${style.bridge}`);
}

/**
 * What a webmaster of a site in this house style adds: the bridge's `<link>` (with its
 * integrity hash when the CDN bundle of this version is built), after the token CSS the
 * site already loads; the widgets go inside the element with the house style's class.
 */
export function bridgeSnippet(style: HouseStyle): string {
  const integrity = built?.version === WIDGETS_VERSION ? built.themes?.[`themes/${style.bridge}`] : undefined;
  const link = integrity
    ? `<link rel="stylesheet" href="${bridgeUrl(style)}" integrity="${integrity}" crossorigin="anonymous">`
    : `<link rel="stylesheet" href="${bridgeUrl(style)}">`;
  return [
    `<!-- Your site already loads its house style, for example: -->`,
    `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/${style.tokenPackage}@${tokenVersion(style)}/${style.css}">`,
    `<!-- Add this line after it: -->`,
    link,
    `<!-- The widgets follow the house style inside an element with class="${style.className}" (often <body>). -->`,
  ].join('\n');
}
