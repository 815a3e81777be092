/*
 * See-through colours for charts (grids, fills, tints): a theme colour may be any CSS colour (a name,
 * `#036`, `rgb()`, `hsl()`, a design-system token), so "append an alpha to a hex code"
 * does not work. The browser resolves the colour; we only add the alpha.
 */

/**
 * `rgba()` for a colour as browsers write a computed colour: `rgb(r, g, b)`,
 * `rgba(r, g, b, a)`, `rgb(r g b / a)`, `#rrggbb`, or `color(srgb r g b / a)` (what
 * `color-mix()` computes to). The colour's own alpha is multiplied by `alpha`. Undefined
 * for anything else.
 */
export function withAlpha(color: string, alpha: number): string | undefined {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/.exec(value);
  if (hex) {
    const [r, g, b] = hex.slice(1, 4).map((part) => parseInt(part!, 16));
    return rgba(r!, g!, b!, (hex[4] === undefined ? 1 : parseInt(hex[4], 16) / 255) * alpha);
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(value);
  if (rgb) return rgba(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), own(rgb[4]) * alpha);
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)\s*(?:\/\s*([\d.]+%?)\s*)?\)$/.exec(value);
  if (srgb) {
    const [r, g, b] = srgb.slice(1, 4).map((part) => Number(part) * 255);
    return rgba(r!, g!, b!, own(srgb[4]) * alpha);
  }
  return undefined;
}

/**
 * `color` (any CSS colour, resolved in `scope`, so `currentColor` and inherited values
 * work) at `alpha`, as `rgba()`. When the browser cannot tell, `transparent`: a missing
 * fill hides nothing, an opaque one would hide the grid.
 */
export function translucent(color: string, alpha: number, scope: Element | DocumentFragment): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  scope.append(probe);
  try {
    for (const candidate of [color, `color-mix(in srgb, ${color} ${Math.round(alpha * 100)}%, transparent)`]) {
      probe.style.color = '';
      probe.style.color = candidate;
      if (!probe.style.color) continue;
      const computed = getComputedStyle(probe).color;
      const result = candidate === color ? withAlpha(computed, alpha) : withAlpha(computed, 1);
      if (result) return result;
    }
    return 'transparent';
  } finally {
    probe.remove();
  }
}

function own(alpha: string | undefined): number {
  if (alpha === undefined) return 1;
  return alpha.endsWith('%') ? Number(alpha.slice(0, -1)) / 100 : Number(alpha);
}

function rgba(r: number, g: number, b: number, a: number): string {
  const channel = (n: number) => Math.round(Math.min(255, Math.max(0, n)));
  return `rgba(${channel(r)}, ${channel(g)}, ${channel(b)}, ${Number(Math.min(1, Math.max(0, a)).toFixed(3))})`;
}
