import { msg, str } from '@lit/localize';
import type { MapTexts } from './map-view.js';
import { DEFAULT_TILES } from './tiles.js';

/**
 * The map's words, made when the map shows them, in the finder's language of that moment
 * (`inLocale`). They come with the map part, so a list-only finder never loads them.
 */
export function mapTexts(inLocale: <T>(text: () => T) => T, tiles: string | undefined): MapTexts {
  return {
    cluster: (count) => inLocale(() => msg(str`${count} locaties`, { id: 'ido.map.locations' })),
    wheelHint: () => inLocale(() => msg('Houd Ctrl ingedrukt en scroll om in of uit te zoomen.', { id: 'ido.map.hold-ctrl-scroll-zoom' })),
    touchHint: () => inLocale(() => msg('Gebruik twee vingers om de kaart te bewegen.', { id: 'ido.map.use-two-fingers-move' })),
    tilesCredit: () => inLocale(() => tilesCredit(tiles)),
    creditsButton: () => inLocale(() => ({ text: msg('Bronnen', { id: 'ido.map.sources' }), name: msg('Bronnen van de kaart', { id: 'ido.map.sources-map' }) })),
  };
}

/**
 * The credit for the map's tiles, as HTML for Leaflet's attribution line: Kadaster for
 * PDOK's own tiles, else the tile server's host name.
 */
function tilesCredit(tiles: string | undefined): string {
  if (!tiles) return '';
  if (tiles === DEFAULT_TILES) return `${escapeText(msg('Kaartgegevens', { id: 'ido.map.map-data' }))} © <a href="https://www.kadaster.nl">Kadaster</a>`;
  const host = new URL(tiles.replace(/[{}]/g, '')).host;
  return escapeText(msg(str`Kaart: ${host}`, { id: 'ido.map.map' }));
}

/** Leaflet shows attributions as HTML: our own texts, escaped all the same. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
