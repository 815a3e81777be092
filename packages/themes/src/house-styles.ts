/**
 * The NL Design System house styles the widgets have a bridge for: one list, used by the
 * bridges' tests, the Storybook house-style toolbar, the side-by-side docs page, the
 * screenshot script and docs/theming.md.
 *
 * A house style's token package defines its design tokens (CSS custom properties) on a
 * container with its class; our bridge (`src/<id>.css`, on the CDN as
 * `dist/themes/<id>.css`) maps them onto the widgets' `--dv-*` tokens on that same class.
 * Custom properties inherit into the widgets' shadow roots, so every widget inside the
 * container follows the house style:
 *
 * ```html
 * <link rel="stylesheet" href="…/@utrecht/design-tokens/dist/index.css">
 * <link rel="stylesheet" href="…/@digivaardig/widgets@…/dist/themes/utrecht.css">
 * <body class="utrecht-theme"> … <dv-self-check></dv-self-check> … </body>
 * ```
 */

/** The id of a house style: also the file name of its bridge (`<id>.css`). */
export type HouseStyleId = 'utrecht' | 'amsterdam' | 'denhaag' | 'rotterdam' | 'rijkshuisstijl' | 'voorbeeld';

/** A dark mode the token package ships: its own CSS file (or the same one) and class. */
export interface DarkMode {
  /** Path of the dark token CSS inside the token package (load it after `css`). */
  readonly css: string;
  /** The class to put on the container, in addition to `className`, to make it dark. */
  readonly className: string;
}

export interface HouseStyle {
  readonly id: HouseStyleId;
  /** The name people know it by (Dutch, as the organisation writes it). */
  readonly name: string;
  /** The npm package with the house style's design tokens. */
  readonly tokenPackage: string;
  /** Path of the token CSS inside the token package (tokens scoped to `className`). */
  readonly css: string;
  /** The class a container needs for the tokens (and so our bridge) to apply. */
  readonly className: string;
  /** The house style's dark mode, if its token package has one. */
  readonly dark?: DarkMode;
  /** Our bridge's file name: `packages/themes/src/<bridge>`, CDN `dist/themes/<bridge>`. */
  readonly bridge: `${HouseStyleId}.css`;
}

export const HOUSE_STYLES: readonly HouseStyle[] = [
  {
    id: 'utrecht',
    name: 'Gemeente Utrecht',
    tokenPackage: '@utrecht/design-tokens',
    css: 'dist/index.css',
    className: 'utrecht-theme',
    dark: { css: 'dist/dark/index.css', className: 'utrecht-theme--color-scheme-dark' },
    bridge: 'utrecht.css',
  },
  {
    id: 'amsterdam',
    name: 'Gemeente Amsterdam',
    tokenPackage: '@amsterdam/design-system-tokens',
    css: 'dist/index.theme.css',
    className: 'ams-theme',
    bridge: 'amsterdam.css',
  },
  {
    id: 'denhaag',
    name: 'Gemeente Den Haag',
    tokenPackage: '@gemeente-denhaag/design-tokens-components',
    css: 'dist/theme/index.css',
    className: 'denhaag-theme',
    bridge: 'denhaag.css',
  },
  {
    id: 'rotterdam',
    name: 'Gemeente Rotterdam',
    tokenPackage: '@nl-design-system-unstable/rotterdam-design-tokens',
    // index.css @imports design-tokens.css (the tokens) and adds a few component rules.
    css: 'dist/index.css',
    className: 'rotterdam-theme',
    bridge: 'rotterdam.css',
  },
  {
    id: 'rijkshuisstijl',
    name: 'Rijkshuisstijl',
    tokenPackage: '@rijkshuisstijl-community/design-tokens',
    css: 'dist/index.css',
    className: 'rhc-theme',
    bridge: 'rijkshuisstijl.css',
  },
  {
    id: 'voorbeeld',
    name: 'Voorbeeld (NL Design System)',
    tokenPackage: '@nl-design-system-unstable/voorbeeld-design-tokens',
    css: 'dist/theme.css',
    className: 'voorbeeld-theme',
    bridge: 'voorbeeld.css',
  },
];

/** The house style with this id (throws for an unknown one: a typo in a story or test). */
export function houseStyle(id: string): HouseStyle {
  const found = HOUSE_STYLES.find((style) => style.id === id);
  if (!found) throw new Error(`Unknown house style "${id}" (one of ${HOUSE_STYLES.map((style) => style.id).join(', ')})`);
  return found;
}

/** `<tokenPackage>/<css>`: the token CSS as a package path (for a bundler or `node_modules/`). */
export function tokenCss(style: HouseStyle, mode: 'light' | 'dark' = 'light'): string {
  if (mode === 'dark' && !style.dark) throw new Error(`${style.name} has no dark mode`);
  return `${style.tokenPackage}/${mode === 'dark' ? style.dark!.css : style.css}`;
}

/** The classes a container needs for the house style in this mode (`utrecht-theme utrecht-theme--color-scheme-dark`). */
export function containerClasses(style: HouseStyle, mode: 'light' | 'dark' = 'light'): string {
  if (mode === 'dark' && !style.dark) throw new Error(`${style.name} has no dark mode`);
  return mode === 'dark' ? `${style.className} ${style.dark!.className}` : style.className;
}
