import { NONE, type Parsed } from '@digivaardig/core';

/** PDOK BRT-Achtergrondkaart (Kadaster), the default tiles. */
export const DEFAULT_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

/**
 * The `tiles` attribute: an http(s) template with `{z}`, `{x}` and `{y}`, `none` for no
 * tiles (undefined: the outline of the Netherlands only), or nothing for PDOK's.
 */
export function parseTiles(raw: string): Parsed<string | undefined> {
  const text = raw.trim();
  if (!text) return { value: DEFAULT_TILES, invalid: false };
  if (text.toLowerCase() === NONE) return { value: undefined, invalid: false };
  const ok = /^https?:\/\/[^\s"'<>]+$/i.test(text) && ['{z}', '{x}', '{y}'].every((part) => text.includes(part));
  return ok ? { value: text, invalid: false } : { value: DEFAULT_TILES, invalid: true };
}
