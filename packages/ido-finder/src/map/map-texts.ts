import { str } from '@lit/localize';
import type { MapTexts } from './map-view.js';
import { DEFAULT_TILES } from './tiles.js';
import type { Localize } from '@digivaardig/core';

/**
 * The map's words, made when the map shows them, in the finder's language of that moment
 * (its `t`). They come with the map part, so a list-only finder never loads them.
 */
export function mapTexts(t: Localize, tiles: string | undefined): MapTexts {
  return {
    cluster: (count) =>
      t.plural(count, {
        one: () => t.msg(str`${count} locatie`, { id: 'ido.map.cluster.one' }),
        other: () => t.msg(str`${count} locaties`, { id: 'ido.map.cluster.other' }),
      }),
    wheelHint: () => t.msg('Houd Ctrl ingedrukt en scroll om in of uit te zoomen.', { id: 'ido.map.hold-ctrl-scroll-zoom' }),
    touchHint: () => t.msg('Gebruik twee vingers om de kaart te bewegen.', { id: 'ido.map.use-two-fingers-move' }),
    tilesCredit: () => tilesCredit(t, tiles),
    creditsButton: () => ({ text: t.msg('Bronnen', { id: 'ido.map.sources' }), name: t.msg('Bronnen van de kaart', { id: 'ido.map.sources-map' }) }),
  };
}

/**
 * The credit for the map's tiles, as HTML for Leaflet's attribution line: Kadaster for
 * PDOK's own tiles, else the tile server's host name.
 */
function tilesCredit(t: Localize, tiles: string | undefined): string {
  if (!tiles) return '';
  if (tiles === DEFAULT_TILES) return `${escapeText(t.msg('Kaartgegevens', { id: 'ido.map.map-data' }))} © <a href="https://www.kadaster.nl">Kadaster</a>`;
  const host = new URL(tiles.replace(/[{}]/g, '')).host;
  return escapeText(t.msg(str`Kaart: ${host}`, { id: 'ido.map.map' }));
}

/** Leaflet shows attributions as HTML: our own texts, escaped all the same. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
