// Browser-test helpers for the house-style bridges: load a house style's real token CSS
// (from node_modules, as the test server serves the repository) and our bridge, and read
// colours as the browser computes them.
import { themeStyles } from '@digivaardig/core';
import { COLOR_TOKENS, parseColor, type ColorToken, type Rgba } from '../contrast.js';
import { containerClasses, tokenCss, type HouseStyle } from '../house-styles.js';

export type Mode = 'light' | 'dark';

/** The modes a house style has: light, and dark when its token package has one. */
export function modesOf(style: HouseStyle): Mode[] {
  return style.dark ? ['light', 'dark'] : ['light'];
}

/** Adds a stylesheet to the page and waits until it has loaded (fails if it does not). */
export function loadStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return new Promise((resolve, reject) => {
    link.addEventListener('load', () => resolve(link));
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)));
    document.head.append(link);
  });
}

/** The URL of our bridge for a house style, as the test server serves it. */
export function bridgeUrl(style: HouseStyle): string {
  return new URL(`../${style.bridge}`, import.meta.url).href;
}

/**
 * Loads what a site in this house style has: the token CSS (light, and dark after it when
 * there is one), then our bridge.
 */
export async function loadHouseStyle(style: HouseStyle): Promise<void> {
  await loadStylesheet(`/node_modules/${tokenCss(style)}`);
  if (style.dark) await loadStylesheet(`/node_modules/${tokenCss(style, 'dark')}`);
  await loadStylesheet(bridgeUrl(style));
}

/** A container in the house style (its class, and the dark class in dark mode), in the page. */
export function houseContainer(style: HouseStyle, mode: Mode): HTMLDivElement {
  const container = document.createElement('div');
  container.className = containerClasses(style, mode);
  document.body.append(container);
  return container;
}

/** `value` (any CSS colour, `var()` included) as the browser computes it inside `scope`. */
export function computedColor(value: string, scope: Element): Rgba | undefined {
  const probe = document.createElement('span');
  probe.style.color = value;
  if (!probe.style.color) return undefined;
  scope.append(probe);
  try {
    return parseColor(getComputedStyle(probe).color);
  } finally {
    probe.remove();
  }
}

/** A custom property as set (or inherited) on `element`, or undefined when it is not. */
export function customProperty(element: Element, name: string): string | undefined {
  const value = getComputedStyle(element).getPropertyValue(name).trim();
  return value === '' ? undefined : value;
}

/**
 * The widgets' own default colours in this mode, as the widgets' theme (core's
 * `themeStyles`, the `:host` rules every widget adopts) computes them where no `--dv-*`
 * token is set: what a bridge keeps when it keeps ours.
 */
export function ourColors(mode: Mode): Record<ColorToken, Rgba> {
  const host = document.createElement('div');
  host.setAttribute('theme', mode);
  host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [themeStyles.styleSheet!];
  document.documentElement.append(host);
  try {
    return Object.fromEntries(
      COLOR_TOKENS.map((token) => {
        const value = customProperty(host, `--_${token}`);
        const color = value && computedColor(value, document.documentElement);
        if (!color) throw new Error(`The widgets' default --_${token} is "${value}"`);
        return [token, color];
      }),
    ) as Record<ColorToken, Rgba>;
  } finally {
    host.remove();
  }
}

/**
 * The `--dv-color-*` colours the widgets get inside `container`, read as a widget reads
 * them (`var(--dv-color-x, <our default>)`) in an element whose text colour is the widget's,
 * so a house style's `currentColor` resolves as it does in a widget.
 */
export function bridgedColors(container: Element, ours: Record<ColorToken, Rgba>): Record<ColorToken, Rgba> {
  const host = document.createElement('div');
  host.style.color = `var(--dv-color-text, ${rgb(ours.text)})`;
  container.append(host);
  try {
    return Object.fromEntries(
      COLOR_TOKENS.map((token) => {
        const color = computedColor(`var(--dv-color-${token}, ${rgb(ours[token])})`, host);
        if (!color) throw new Error(`--dv-color-${token} is no colour in ${container.className}`);
        return [token, color];
      }),
    ) as Record<ColorToken, Rgba>;
  } finally {
    host.remove();
  }
}

/** `rgb(…)` / `rgba(…)` text of a colour. */
export function rgb([r, g, b, a]: Rgba): string {
  return a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`;
}

/**
 * The bridge's declarations for a selector, from its source text: `--dv-color-x` → the
 * house-style token it reads (`var(--their-token, …)`), or undefined where it sets ours.
 */
export async function bridgeDeclarations(style: HouseStyle, selector: string): Promise<Map<string, string | undefined>> {
  const text = (await (await fetch(bridgeUrl(style))).text()).replace(/\/\*[^]*?\*\//g, '');
  const block = new RegExp(`(?:^|\\})\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(text);
  if (!block) throw new Error(`No rule for ${selector} in ${style.bridge}`);
  const declarations = new Map<string, string | undefined>();
  for (const [, name, value] of block[1]!.matchAll(/(--dv-[\w-]+)\s*:\s*([^;]+);/g)) {
    declarations.set(name!, /^var\((--[\w-]+)/.exec(value!.trim())?.[1]);
  }
  return declarations;
}
