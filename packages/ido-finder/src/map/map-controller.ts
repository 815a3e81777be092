import type { Localize } from '@digivaardig/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { adoptStyles, nearViewport, type GeoPoint, type Locale, type Pc4Table } from '@digivaardig/core';
import type { RankedLocation } from '../search/select.js';
import type { MapView } from './map-view.js';

type MapModule = typeof import('./map-view.js');

/** The map part, once fetched: every later map on the page (or after a move) is made at once. */
let mapModule: MapModule | undefined;
let mapLoading: Promise<MapModule> | undefined;

/** What the finder the map lives in offers it. */
export interface MapHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: Locale;
  /** The finder's words, in its language (the map's words are made outside a render). */
  readonly t: Localize;
}

/** What the map shows: it mirrors the list. */
export interface MapState {
  /** The list's locations. */
  readonly results: readonly RankedLocation[];
  /** A marker's accessible name (asked for only when the locations or the language changed). */
  label(result: RankedLocation): string;
  /** Where the search starts; the map fits it and the locations in view. */
  readonly origin: (GeoPoint & { readonly label: string }) | undefined;
  readonly selected: string | undefined;
  /** The postcode table, once the finder has it: without tiles, the map names places from it. */
  readonly table: Pc4Table | undefined;
}

export interface MapControllerOptions {
  /** The tile template, or undefined for none. */
  tiles(): string | undefined;
  state(): MapState;
  /** A marker was chosen. */
  select(id: string): void;
}

/**
 * Why a controller: the map is the one part of the finder with a life of its own outside
 * Lit's templates. This loads the map part (Leaflet, its styles, the outline) only when
 * the finder renders a map canvas, and only once the finder comes near the viewport or
 * the page is printed (core's nearViewport), so a list-only finder never fetches it and a
 * finder below the fold fetches it when the visitor scrolls towards it; creates the
 * map on the canvas after an update and lets it go when the canvas goes or the finder
 * leaves the page (and makes it anew when the finder comes back); mirrors the list
 * (its locations, the search's origin, the chosen one); and says its words again after
 * a language switch. When the map part cannot load, `failed` is set and the finder
 * shows its list alone. When the tiles cannot be fetched, the map shows the outline and
 * place names alone, and `renderNote()` says so.
 */
export class MapController implements ReactiveController {
  /** The map part could not be loaded: the finder shows the list alone. */
  failed = false;
  /** The tiles could not be fetched: the map shows the outline and place names alone. */
  tilesFailed = false;
  private loading = false;
  private view: MapView | undefined;
  private tiles: string | undefined;
  /** What the view shows (language, origin, locations), so it is drawn again only on a change. */
  private shown = '';
  private selected: string | undefined;

  constructor(
    private readonly host: MapHost,
    private readonly options: MapControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a move (the map was let go on leaving): make it anew.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  hostUpdated(): void {
    const canvas = this.host.renderRoot.querySelector<HTMLElement>('.map-canvas');
    const tiles = this.options.tiles();
    if (this.view && (!canvas || !this.view.isIn(canvas) || tiles !== this.tiles)) this.destroy();
    if (!canvas || this.failed) return;
    if (!mapModule) return void this.load();
    if (!this.view) {
      adoptStyles(this.host, mapModule.mapStyles);
      this.tiles = tiles;
      this.view = new mapModule.MapView(canvas, {
        tiles,
        texts: mapModule.mapTexts(this.host.t, tiles),
        locale: () => this.host.locale,
        onSelect: (id) => this.options.select(id),
        onTilesFailed: () => {
          this.tilesFailed = true;
          this.host.requestUpdate();
        },
      });
    }
    this.sync(this.view);
  }

  /**
   * The note under the map when its tiles failed, in the finder's language. Always there
   * (empty), so screen readers hear it arrive.
   */
  renderNote(): TemplateResult {
    return html`<p class="map-note" role="status">${this.tilesFailed ? this.host.t.msg('De kaart kan nu niet laden. Je ziet een eenvoudige kaart.', { id: 'ido.map.map-cannot-load-right' }) : nothing}</p>`;
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    // Leaflet and the outline (about 50 KB) wait until the finder is about to be seen, or
    // printed; the canvas keeps its place meanwhile.
    nearViewport(this.host)
      .then(() => (mapLoading ??= import('./map-view.js')))
      .then(
        (module) => {
          mapModule = module;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          mapLoading = undefined; // a finder made later may try again
          console.warn(`<${this.host.localName}>: the map could not be loaded; the list still works.`, error);
          this.failed = true;
          this.host.requestUpdate();
        },
      );
  }

  private sync(view: MapView): void {
    const { results, label, origin, selected, table } = this.options.state();
    const locale = this.host.locale;
    const shown = `${locale}|${origin?.lat},${origin?.lon}|${results.map((result) => result.place.location.id).join(',')}`;
    if (shown !== this.shown) {
      // After a language switch: the credits and the markers' names in the new language.
      if (this.shown && !this.shown.startsWith(`${locale}|`)) view.relabel();
      this.shown = shown;
      const items = results.map((result) => ({ id: result.place.location.id, lat: result.place.lat, lon: result.place.lon, label: label(result) }));
      view.show(items, origin, Boolean(origin));
    }
    if (table) view.setPlaces(table);
    if (selected !== this.selected) {
      this.selected = selected;
      view.select(selected);
    }
  }

  private destroy(): void {
    this.view?.destroy();
    this.view = undefined;
    // A new map tries its tiles again.
    this.tilesFailed = false;
    this.shown = '';
    this.selected = undefined;
  }
}

