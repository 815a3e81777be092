/**
 * WCAG 2.2 contrast, for the contrast floor of the house-style bridges: the colour pairs a
 * widget draws, and the ratio of two colours as a browser computes them.
 */

/** The `--dv-color-*` names (without the prefix). */
export type ColorToken =
  | 'primary'
  | 'on-primary'
  | 'text'
  | 'muted'
  | 'background'
  | 'surface'
  | 'border'
  | 'focus'
  | 'success'
  | 'danger';

export const COLOR_TOKENS: readonly ColorToken[] = [
  'primary',
  'on-primary',
  'text',
  'muted',
  'background',
  'surface',
  'border',
  'focus',
  'success',
  'danger',
];

export interface ColorPair {
  readonly fore: ColorToken;
  readonly back: ColorToken;
  /** 4.5 for text (WCAG 1.4.3), 3 for focus rings, borders and other UI (1.4.11). */
  readonly min: 4.5 | 3;
  /** Where a widget draws it. */
  readonly where: string;
}

/**
 * Every foreground/background pair the widgets draw (from the widgets' styles: color,
 * background, border and outline on the `--_*` theme colours).
 */
export const COLOR_PAIRS: readonly ColorPair[] = [
  { fore: 'text', back: 'background', min: 4.5, where: 'body text' },
  { fore: 'text', back: 'surface', min: 4.5, where: 'text on cards, panels and status boxes' },
  { fore: 'muted', back: 'background', min: 4.5, where: 'sources and notes' },
  { fore: 'muted', back: 'surface', min: 4.5, where: 'sources and notes on cards' },
  { fore: 'primary', back: 'background', min: 4.5, where: 'links and secondary buttons' },
  { fore: 'primary', back: 'surface', min: 4.5, where: 'links on cards' },
  { fore: 'on-primary', back: 'primary', min: 4.5, where: 'primary buttons, map markers' },
  { fore: 'on-primary', back: 'focus', min: 4.5, where: 'the selected map cluster' },
  { fore: 'success', back: 'background', min: 4.5, where: '"open now", high scores' },
  { fore: 'success', back: 'surface', min: 4.5, where: '"open now" on a card' },
  { fore: 'danger', back: 'background', min: 4.5, where: 'error text' },
  { fore: 'danger', back: 'surface', min: 4.5, where: 'error text in a status box' },
  { fore: 'focus', back: 'background', min: 3, where: 'the focus ring' },
  { fore: 'focus', back: 'surface', min: 3, where: 'the focus ring on a card' },
  { fore: 'border', back: 'background', min: 3, where: 'borders of fields and cards' },
  { fore: 'border', back: 'surface', min: 3, where: 'borders inside cards' },
];

/** Red, green, blue (0–255) and alpha (0–1). */
export type Rgba = readonly [number, number, number, number];

/**
 * A colour as a browser computes it: `rgb(r, g, b)`, `rgba(r, g, b, a)`, `rgb(r g b / a)`,
 * `#rrggbb` or `color(srgb r g b / a)`. Undefined for anything else.
 */
export function parseColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4], rgb[5])];
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)\s*(?:\/\s*([\d.]+)(%?)\s*)?\)$/.exec(text);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4], srgb[5])];
  return undefined;
}

function alpha(value: string | undefined, percent: string | undefined): number {
  if (value === undefined) return 1;
  return percent ? Number(value) / 100 : Number(value);
}

/** `fore` drawn over the opaque `back` (alpha compositing). */
export function over(fore: Rgba, back: Rgba): Rgba {
  const a = fore[3];
  return [0, 1, 2].map((i) => fore[i]! * a + back[i]! * (1 - a)).concat(1) as unknown as Rgba;
}

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio (1–21) of `fore` on `back`; a see-through colour is composited first. */
export function contrast(fore: Rgba, back: Rgba): number {
  const solidBack = back[3] < 1 ? over(back, [255, 255, 255, 1]) : back;
  const solidFore = fore[3] < 1 ? over(fore, solidBack) : fore;
  const [light, dark] = [luminance(solidFore), luminance(solidBack)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The pairs of `colors` under their minimum, as readable lines ("muted on surface: 4.12:1 < 4.5:1"). */
export function failingPairs(colors: Readonly<Record<ColorToken, Rgba>>, pairs: readonly ColorPair[] = COLOR_PAIRS): string[] {
  return pairs
    .map((pair) => ({ pair, ratio: contrast(colors[pair.fore], colors[pair.back]) }))
    .filter(({ pair, ratio }) => ratio < pair.min)
    .map(({ pair, ratio }) => `${pair.fore} on ${pair.back} (${pair.where}): ${ratio.toFixed(2)}:1 < ${pair.min}:1`);
}
