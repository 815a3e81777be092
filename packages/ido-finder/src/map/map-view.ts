import { css, unsafeCSS } from 'lit';
import {
  control,
  DomEvent,
  divIcon,
  latLngBounds,
  map as createMap,
  marker,
  polygon,
  tileLayer,
  circleMarker,
  type Control,
  type LatLngBoundsExpression,
  type Map as LeafletMap,
  type LayerGroup,
  type Polygon,
  type TileLayer,
  layerGroup,
} from 'leaflet/dist/leaflet-src.esm.js';
import outlineJson from '@digivaardig/data/data/nl-outline.json';
import { outlineTextsUrl } from '@digivaardig/data/outline';
import { clusterPoints } from './cluster.js';
import { leafletCss } from './leaflet-css.js';
import { decodeOutline, type OutlineJson } from './outline.js';
import { dataTextsFor, localizedText, type Locale, type Pc4Table } from '@digivaardig/core';
import { pickLabels, placeLabels, type PlaceLabel } from './place-labels.js';
import { escapeText } from './map-texts.js';

export { mapTexts } from './map-texts.js';

/** One location as the map shows it. */
export interface MapItem {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  /** The marker's accessible name: "Bibliotheek Leiden, 2,3 km". */
  readonly label: string;
}

/**
 * The words the map needs. Each is asked for when it is shown, so it comes in the
 * finder's language of that moment (see `relabel()` for a switch).
 */
export interface MapTexts {
  /** "12 locaties" */
  cluster(count: number): string;
  /** Shown over the map when someone scrolls over it without Ctrl. */
  wheelHint(): string;
  /** Shown when someone drags the map with one finger. */
  touchHint(): string;
  /** The credit for the tiles, as HTML made of our own texts; empty without tiles. */
  tilesCredit(): string;
  /** The button that shows the whole attribution line: its text and its accessible name. */
  creditsButton(): { text: string; name: string };
}

export interface MapOptions {
  /** Tile URL template, or undefined for none (the outline alone). */
  readonly tiles?: string;
  readonly texts: MapTexts;
  /** The finder's language now, for the outline's credit. */
  readonly locale: () => Locale;
  readonly onSelect: (id: string) => void;
  /** The tiles could not be fetched: the map now shows the outline and place names alone. */
  readonly onTilesFailed?: () => void;
}

/** The Netherlands, to fit before a place is known. */
const NETHERLANDS: LatLngBoundsExpression = [
  [50.75, 3.36],
  [53.56, 7.23],
];
const CLUSTER_RADIUS = 44;
/**
 * When the tiles are given up (offline, a firewall, a blocked host): this many tiles
 * failed before any arrived, or none arrived this long after the first was asked for.
 */
const TILE_FAILURES = 4;
const TILE_PATIENCE_MS = 8000;
/** From this zoom on (a region or a town), a map without tiles writes place names. */
const LABEL_ZOOM = 10;

/** The map's styles, adopted in the finder's shadow root when the map arrives. */
export const mapStyles = css`
  ${unsafeCSS(leafletCss)}
  .leaflet-container {
    font: inherit;
    font-size: 0.875em;
    background: var(--_surface);
  }
  /* Without tiles: water (the background) is tinted, land is a light surface with the
     provinces' borders, so the coast, the lakes and the rivers' mouths show. */
  .leaflet-container.no-tiles {
    background: color-mix(in srgb, var(--_primary) 24%, var(--_background));
  }
  .nl-land {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .leaflet-labels-pane {
    z-index: 450;
  }
  .dv-place {
    display: grid;
    place-items: center;
    color: var(--_muted);
    /* The map's own size (0.875em): place names stay readable, at least 14 px. */
    font-size: 1em;
    line-height: 1;
    white-space: nowrap;
    text-shadow: 0 0 2px var(--_surface), 0 0 2px var(--_surface), 0 0 3px var(--_surface);
  }
  .dv-place.big {
    color: var(--_text);
    font-weight: 600;
  }
  .leaflet-container .leaflet-control-scale-line {
    background: var(--_background);
    color: var(--_text);
    border-color: var(--_text);
  }
  .leaflet-container a {
    color: var(--_primary);
    text-decoration: underline;
  }
  /* The attribution is one line across the bottom, cut off with an ellipsis; the
     button beside it (or the keyboard inside it) shows it whole. */
  .leaflet-bottom.leaflet-right {
    left: 0;
    display: flex;
    align-items: flex-end;
    justify-content: flex-end;
  }
  .leaflet-bottom.leaflet-right .leaflet-control {
    float: none;
  }
  /* Right-to-left (Arabic): the map stays a map (west on the left), but its controls
     change sides with the text: the zoom buttons on the start side (top right), the scale
     top left. The attribution row above packs at its end, which is now the left. */
  [dir=rtl] .leaflet-left {
    left: auto;
    right: 0;
  }
  [dir=rtl] .leaflet-top.leaflet-right {
    left: 0;
    right: auto;
  }
  [dir=rtl] .leaflet-top .leaflet-control {
    float: none;
    margin-inline: 10px;
  }
  .leaflet-container .leaflet-control-attribution {
    min-width: 0;
    background: var(--_background);
    color: var(--_text);
    padding: 0 0.375em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .leaflet-container .leaflet-control-attribution.open,
  .leaflet-container .leaflet-control-attribution:focus-within {
    white-space: normal;
  }
  .dv-credits-toggle {
    flex: none;
    pointer-events: auto;
    min-width: 0;
    min-height: 1.75em;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 0;
    background: var(--_background);
    color: var(--_primary);
    text-decoration: underline;
  }
  .leaflet-container .leaflet-bar a,
  .leaflet-container .leaflet-bar a:hover {
    text-decoration: none;
    background: var(--_background);
    color: var(--_text);
    /* 20 px signs on 44 px buttons at the default size (em of this element's own size). */
    font-size: 1.4286em;
    width: 2.2em;
    height: 2.2em;
    line-height: 2.2em;
  }
  .dv-marker span,
  .dv-cluster span {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_primary);
    border: 2px solid var(--_background);
    box-shadow: 0 0 0 1px var(--_primary);
    cursor: pointer;
  }
  .dv-cluster span {
    border-radius: 50%;
    transform: none;
    color: var(--_on-primary);
    font-weight: 700;
  }
  .dv-marker.selected span {
    background: var(--_focus);
    box-shadow: 0 0 0 2px var(--_text);
  }
  .dv-origin {
    fill: var(--_text);
  }
  .origin-dot {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_text);
  }
  .dv-origin-ring {
    stroke: var(--_background);
  }
  .dv-marker:focus-visible,
  .dv-cluster:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .map-hint {
    position: absolute;
    inset: 0;
    z-index: 1000;
    display: grid;
    place-items: center;
    padding: 1em;
    background: rgb(0 0 0 / 0.55);
    color: #fff;
    font-size: 1.125em;
    text-align: center;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .map-hint.shown {
    opacity: 1;
  }
  @media (forced-colors: active) {
    .dv-marker span,
    .dv-cluster span {
      forced-color-adjust: none;
      background: LinkText;
      color: Canvas;
      border-color: Canvas;
    }
    .dv-marker.selected span {
      background: Highlight;
    }
  }
`;

/**
 * The finder's map: the Netherlands' provinces (always, so it works with no tiles and no
 * network), optional tiles, and one marker per location, grouped into clusters where they
 * overlap. It mirrors the list: `show()` and `select()` follow the list, and choosing a
 * marker calls `onSelect`. It never catches page scrolling: Ctrl + wheel zooms, and on
 * touch screens two fingers move it.
 */
export class MapView {
  private readonly map: LeafletMap;
  private readonly markers: LayerGroup;
  private readonly originLayer: LayerGroup;
  private readonly hint: HTMLElement;
  private readonly labels: LayerGroup;
  private places: readonly PlaceLabel[] = [];
  private items: readonly MapItem[] = [];
  /** Something was fitted in view already: later fits may animate, the first one jumps. */
  private fitted = false;
  private selected: string | undefined;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly attribution: Control.Attribution;
  private readonly creditsToggle: HTMLButtonElement;
  private credits: string[] = [];
  /** The tile layer while it works; undefined without tiles or once they were given up. */
  private tiles: TileLayer | undefined;
  private tilesTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly land: Polygon;
  /** The postcode table, for place names once the map has no tiles. */
  private table: Pc4Table | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: MapOptions,
  ) {
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const touch = matchMedia('(pointer: coarse)').matches;
    this.map = createMap(container, {
      scrollWheelZoom: false,
      dragging: !touch,
      boxZoom: false,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      attributionControl: false,
      minZoom: 6,
      zoomSnap: 0.5,
      maxZoom: 18,
    });
    this.attribution = control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(this.map);
    this.creditsToggle = this.addCreditsToggle();
    this.nameCreditsToggle();
    control.scale({ imperial: false, position: 'topright' }).addTo(this.map);
    container.classList.toggle('no-tiles', !options.tiles);
    const outline = outlineJson as unknown as OutlineJson;
    if (options.tiles) this.tiles = this.addTiles(options.tiles);
    this.land = polygon(
      decodeOutline(outline).flatMap((province) => province.polygons),
      {
        className: 'nl-land',
        interactive: false,
        // Over tiles, only the borders; without tiles, the land itself.
        fillOpacity: options.tiles ? 0 : 1,
        weight: 1,
      },
    ).addTo(this.map);
    // Place names lie under the markers and are hidden from screen readers: the list says it all.
    this.map.createPane('labels').setAttribute('aria-hidden', 'true');
    this.labels = layerGroup().addTo(this.map);
    this.markers = layerGroup().addTo(this.map);
    this.originLayer = layerGroup().addTo(this.map);
    this.setCredits();
    this.map.fitBounds(NETHERLANDS);
    this.map.on('zoomend', () => this.drawMarkers());
    this.map.on('moveend', () => this.drawLabels());

    this.hint = document.createElement('div');
    this.hint.className = 'map-hint';
    this.hint.setAttribute('aria-hidden', 'true');
    container.append(this.hint);
    container.addEventListener('wheel', this.onWheel, { passive: false });
    if (touch) container.addEventListener('touchmove', this.onTouch, { passive: true });
  }

  /** Shows these locations; fits the view to them and the origin (or to the country). */
  show(items: readonly MapItem[], origin?: { lat: number; lon: number; label: string }, fit = false): void {
    this.items = items;
    this.originLayer.clearLayers();
    if (origin) {
      // A dark dot in a light ring (light theme) or a light dot in a dark ring (dark): one of
      // the two stands out on light tiles and on the dark outline alike (the legend matches).
      const at: [number, number] = [origin.lat, origin.lon];
      circleMarker(at, { radius: 8, weight: 4, className: 'dv-origin-ring', fill: false, interactive: false }).addTo(this.originLayer);
      circleMarker(at, { radius: 6, weight: 0, className: 'dv-origin', fillOpacity: 1, interactive: false }).addTo(this.originLayer);
    }
    if (fit) {
      const points = items.map((item) => [item.lat, item.lon] as [number, number]);
      if (origin) points.push([origin.lat, origin.lon]);
      // The first view is there at once (no zoom from the whole country); a new search's may glide.
      const jump = this.fitted ? {} : { animate: false };
      this.fitted = true;
      if (points.length) this.map.fitBounds(latLngBounds(points), { padding: [32, 32], maxZoom: 13, ...jump });
      else this.map.fitBounds(NETHERLANDS, jump);
    }
    this.drawMarkers();
  }

  /** Names the postcode table's places when zoomed in (only without tiles: tiles have their own). */
  setPlaces(table: Pc4Table): void {
    this.table = table;
    if (this.tiles || this.places.length) return;
    this.places = placeLabels(table);
    this.drawLabels();
  }

  /** True once the tiles were given up: the map shows the outline and place names alone. */
  get tilesFailed(): boolean {
    return Boolean(this.options.tiles) && !this.tiles;
  }

  /** Highlights one location (or none) and brings it into view. */
  select(id: string | undefined): void {
    this.selected = id;
    const item = this.items.find((i) => i.id === id);
    if (item && !this.map.getBounds().pad(-0.1).contains([item.lat, item.lon])) this.map.panTo([item.lat, item.lon]);
    this.drawMarkers();
  }

  /** Says it all again in the finder's language of now: after a language switch. */
  relabel(): void {
    this.setCredits();
    this.nameCreditsToggle();
    this.drawMarkers();
  }

  /** The tiles' (while they work) and the outline's credits in the attribution line. */
  private setCredits(): void {
    for (const credit of this.credits) this.attribution.removeAttribution(credit);
    const outline = outlineJson as unknown as OutlineJson;
    const locale = this.options.locale();
    this.credits = [this.tiles ? this.options.texts.tilesCredit() : '', escapeText(localizedText(outline.attribution, locale))].filter(Boolean);
    for (const credit of this.credits) this.attribution.addAttribution(credit);
    // The source line in Arabic, Turkish, Polish or Ukrainian comes on demand: say it again when it is in.
    if (!(outline.attribution as Partial<Record<Locale, string>>)[locale]) void dataTextsFor(outline, outlineTextsUrl, locale).then((added) => added && this.setCredits());
  }

  /**
   * The tile layer, watched: when tiles fail (the first few all fail, or none arrives in
   * a while after the first was asked for), the map ends as with `tiles="none"`.
   * Leaflet asks for no tile while the map has no size, so a hidden map waits.
   */
  private addTiles(template: string): TileLayer {
    const layer = tileLayer(template, { maxZoom: 18 });
    let failures = 0;
    let arrived = false;
    layer.on('loading', () => {
      if (arrived || this.tilesTimer) return;
      this.tilesTimer = setTimeout(() => this.dropTiles(), TILE_PATIENCE_MS);
    });
    layer.on('tileload', () => {
      arrived = true;
      clearTimeout(this.tilesTimer);
    });
    layer.on('tileerror', () => {
      if (!arrived && ++failures >= TILE_FAILURES) this.dropTiles();
    });
    return layer.addTo(this.map);
  }

  /** Gives the tiles up: land and water from the outline, place names, no tiles' credit. */
  private dropTiles(): void {
    clearTimeout(this.tilesTimer);
    if (!this.tiles) return;
    this.tiles.off();
    this.map.removeLayer(this.tiles);
    this.tiles = undefined;
    this.container.classList.add('no-tiles');
    this.land.setStyle({ fillOpacity: 1 });
    this.setCredits();
    if (this.table) this.setPlaces(this.table);
    this.options.onTilesFailed?.();
  }

  /**
   * A button before the attribution line that shows it whole (the line is cut off to one
   * line so it does not cover the map on a phone), and hides it again.
   */
  private addCreditsToggle(): HTMLButtonElement {
    const credits = this.attribution.getContainer()!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'dv-credits-toggle';
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      credits.classList.toggle('open', open);
    });
    DomEvent.disableClickPropagation(button);
    credits.parentElement!.insertBefore(button, credits);
    return button;
  }

  private nameCreditsToggle(): void {
    const { text, name } = this.options.texts.creditsButton();
    this.creditsToggle.textContent = text;
    this.creditsToggle.setAttribute('aria-label', name);
  }

  /** True while the map lives in this (connected) element. */
  isIn(element: HTMLElement): boolean {
    return this.container === element && element.isConnected;
  }

  /** Leaflet measures its box: call after the container's size changed. */
  resize(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    clearTimeout(this.hintTimer);
    clearTimeout(this.tilesTimer);
    this.container.removeEventListener('wheel', this.onWheel);
    this.container.removeEventListener('touchmove', this.onTouch);
    // Leaflet 1.9 finishes a zoom animation on a timer that breaks once the map is gone
    // ("_leaflet_pos of undefined"): end animations first.
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.map.stop();
    this.map.remove();
  }

  /** The biggest places in view that fit without covering each other or a marker. */
  private drawLabels(): void {
    this.labels.clearLayers();
    if (!this.places.length || this.map.getZoom() < LABEL_ZOOM) return;
    const bounds = this.map.getBounds();
    const pins = this.items.map((item) => {
      const { x, y } = this.map.latLngToLayerPoint([item.lat, item.lon]);
      return { x, y: y - 16, width: 28, height: 34 };
    });
    const boxes = this.places
      .filter((place) => bounds.contains([place.lat, place.lon]))
      .map((place) => ({ place, ...this.map.latLngToLayerPoint([place.lat, place.lon]), width: place.name.length * 7.5 + 8, height: 18 }));
    // Inside the map, clear of the controls' corners and the attribution line at the bottom.
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    const size = this.map.getSize();
    const fits = ({ x, y, width, height }: { x: number; y: number; width: number; height: number }) =>
      x - width / 2 >= origin.x + 4 && x + width / 2 <= origin.x + size.x - 4 && y - height / 2 >= origin.y + 4 && y + height / 2 <= origin.y + size.y - 48;
    // The zoom buttons (top left) and the scale (top right) cover the map there; right to
    // left, they change sides (mapStyles).
    const rtl = getComputedStyle(this.map.getContainer()).direction === 'rtl';
    const side = (x: number) => (rtl ? 2 * origin.x + size.x - x : x);
    const controls = [
      { x: side(origin.x + 30), y: origin.y + 50, width: 60, height: 100 },
      { x: side(origin.x + size.x - 60), y: origin.y + 18, width: 120, height: 36 },
    ];
    for (const { place, x, y, width, height } of pickLabels(boxes, [...pins, ...controls], { fits })) {
      const icon = divIcon({ className: place.size >= 8 ? 'dv-place big' : 'dv-place', html: textNode(place.name), iconSize: [width, height] });
      marker(this.map.layerPointToLatLng([x, y]), { icon, interactive: false, keyboard: false, pane: 'labels' }).addTo(this.labels);
    }
  }

  private drawMarkers(): void {
    this.markers.clearLayers();
    const { texts } = this.options;
    const loose = this.items.filter((item) => item.id !== this.selected);
    const chosen = this.items.find((item) => item.id === this.selected);
    const points = loose.map((item, index) => ({ ...this.map.latLngToLayerPoint([item.lat, item.lon]), index }));
    for (const group of clusterPoints(points, CLUSTER_RADIUS)) {
      if (group.members.length === 1) this.addMarker(loose[group.members[0]!]!, false);
      else {
        const members = group.members.map((i) => loose[i]!);
        const label = texts.cluster(members.length);
        const size = members.length < 10 ? 36 : members.length < 100 ? 42 : 48;
        const icon = divIcon({ className: 'dv-cluster', html: textNode(String(members.length)), iconSize: [size, size] });
        const zoomIn = () => this.map.fitBounds(latLngBounds(members.map((m) => [m.lat, m.lon] as [number, number])), { padding: [40, 40] });
        // From the keyboard, focus must not get lost when the markers are drawn anew.
        const zoomInFromKeyboard = () => {
          this.map.once('moveend', () => requestAnimationFrame(() => this.focusAny(members.map((m) => m.id))));
          zoomIn();
        };
        marker(this.map.layerPointToLatLng([group.x, group.y]), { icon, title: label, keyboard: true })
          .on('add', (e) => name(e.target.getElement(), label))
          .on('click', zoomIn)
          .on('keydown', (e) => pressed(e as unknown as { originalEvent: KeyboardEvent }, zoomInFromKeyboard))
          .addTo(this.markers);
      }
    }
    if (chosen) this.addMarker(chosen, true);
    this.drawLabels();
  }

  /** Focuses the marker of one of `ids`, else a cluster that holds them, else the map. */
  private focusAny(ids: string[]): void {
    const markerOf = ids
      .map((id) => this.container.querySelector<HTMLElement>(`.dv-marker[data-id="${CSS.escape(id)}"]`))
      .find(Boolean);
    (markerOf ?? this.container.querySelector<HTMLElement>('.dv-cluster') ?? this.container).focus();
  }

  private addMarker(item: MapItem, selected: boolean): void {
    const icon = divIcon({
      className: selected ? 'dv-marker selected' : 'dv-marker',
      iconSize: selected ? [34, 34] : [26, 26],
      // The point of the pin sits on the location.
      iconAnchor: selected ? [17, 40] : [13, 31],
      html: textNode(''),
    });
    marker([item.lat, item.lon], { icon, keyboard: true, title: item.label, zIndexOffset: selected ? 1000 : 0 })
      .on('add', (e) => {
        const element: HTMLElement = e.target.getElement();
        name(element, item.label);
        element.dataset.id = item.id;
        if (selected) element.setAttribute('aria-current', 'true');
      })
      .on('click', () => this.options.onSelect(item.id))
      .on('keydown', (e) => pressed(e as unknown as { originalEvent: KeyboardEvent }, () => this.options.onSelect(item.id)))
      .addTo(this.markers);
  }

  private readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return this.flash(this.options.texts.wheelHint());
    event.preventDefault();
    const zoom = this.map.getZoom() + (event.deltaY < 0 ? 1 : -1);
    this.map.setZoomAround(this.map.mouseEventToContainerPoint(event), zoom);
  };

  private readonly onTouch = (event: TouchEvent): void => {
    if (event.touches.length === 1) this.flash(this.options.texts.touchHint());
  };

  private flash(text: string): void {
    this.hint.textContent = text;
    this.hint.classList.add('shown');
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => this.hint.classList.remove('shown'), 1500);
  }
}

/** Markers are buttons with a name (Leaflet gives keyboard markers role="button"). */
function name(element: HTMLElement | undefined, label: string): void {
  if (!element) return;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', label);
}

/** Enter or Space on a focused marker acts like a click (Leaflet only opens popups on Enter). */
function pressed(event: { originalEvent: KeyboardEvent }, action: () => void): void {
  const key = event.originalEvent.key;
  if (key !== 'Enter' && key !== ' ') return;
  event.originalEvent.preventDefault();
  action();
}

function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

