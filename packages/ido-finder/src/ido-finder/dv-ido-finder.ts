import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import {
  adoptStyles,
  DvElement,
  finderLayoutStyles,
  FocusAfterUpdate,
  NONE,
  parseChoice,
  parseDecimal,
  parseInteger,
  problemFrom,
  ReadAloudPart,
  type GeoPoint,
  type LoadContext,
  type RegionQuery,
  skeleton,
  skeletonStyles,
} from '@digivaardig/core';
import type { PlacedLocation } from '../locations/location.js';
import type { Ranking } from '../search/select.js';
import { parseServices } from '../present/services.js';
import { MapController } from '../map/map-controller.js';
import { DEFAULT_TILES, parseTiles } from '../map/tiles.js';
import { loadEngine, loadedEngine, type Engine } from './engine-loader.js';
import type { FinderData } from './finder-data.js';
import { noticeKind, noticeText, type SearchNotice } from './messages.js';
import { PlaceSearch } from './place-search.js';
import { finderStyles } from './dv-ido-finder.styles.js';

/** A list-only finder before its first search: nothing loaded yet (see `load`). */
const LATER: FinderData = { any: false, demo: true };

let finderCount = 0;

/**
 * "Where is the nearest Informatiepunt Digitale Overheid?" A visitor types a postcode or
 * place and sees the nearest help points with distance, opening hours (Amsterdam time),
 * services and a route link, in a list that is fully usable by keyboard, mirrored by a
 * map. Works offline from an embedded postcode table; without `src` it shows a clearly
 * labelled demonstration set.
 *
 * @summary The nearest IDO help point, by postcode or place, as a list and a map.
 * @tag dv-ido-finder
 *
 * @attr postcode - Search at once from this postcode (`2311 EZ` or `2311`) or place name; a new value searches again.
 * @attr limit - How many locations the list shows after a search; 5 by default (1–100).
 * @attr max-distance - Only locations at most this many km away (e.g. `25`); no limit by default.
 * @attr services - Only locations that help with all of these, comma-separated: `belastingdienst`, `toeslagen`, `digid`, `uwv`, `svb`, `duo`, `cak`, `cbr`, `cjib`, `ciz`.
 * @attr organisation - Only the branches of this library organisation (as in the feed's `organisation`).
 * @attr map - `none` shows the list only (Leaflet is then never loaded); absent, empty or `on` (the default) shows a map beside the list.
 * @attr tiles - Tile URL template (`https://…/{z}/{x}/{y}.png`); default PDOK BRT-Achtergrondkaart; `none` for no tiles (the outline of the Netherlands only).
 * @attr geolocation - Boolean: shows "use my location"; the browser asks only when the visitor presses it.
 * @attr read-aloud - `auto` (default) or `none`: `none` hides the "Lees voor" button (for a site with its own read-aloud tool). With `auto` the button shows after a search when the device has a local voice for the finder's language; it reads the first five locations of the list (name, distance, today's hours, address).
 * @attr geocoder - `pdok` adds address suggestions from PDOK Locatieserver (sends what is typed to PDOK); `none` (the default) keeps to the embedded postcode table.
 *
 * @fires dv-location-select - A location was chosen in the list or on the map. `detail: { location }`: the location as the feed gives it (`id`, `name`, `street`, `postcode`, `city`, `lat`, `lon`, `services`, …).
 *
 * @csspart heading - The finder's own heading, at `heading-level`.
 * @csspart demo-note - The "Voorbeeldgegevens" note.
 * @csspart map-legend - The line under the map after a search: "● Jij bent hier", with a dot in the colour of the map's marker of where the search starts.
 * @csspart search - The search form.
 * @csspart input - The postcode or place field.
 * @csspart suggestions - The suggestion list.
 * @csspart search-button - The search button.
 * @csspart locate-button - The "use my location" button.
 * @csspart notice - A message about the search (unknown postcode, nothing near, …).
 * @csspart suggestion - The "Bedoel je …?" button under a place name we do not know: it searches for the place we think was meant.
 * @csspart summary - The line saying the list's order and count.
 * @csspart list - The results list.
 * @csspart result - One location in the list.
 * @csspart result-selected - The chosen location in the list (it is also a `result`).
 * @csspart name - A location's name in the list: a heading one level below the finder's, holding the button that opens it.
 * @csspart map - The map.
 * @csspart source - The line that names the sources of the postcodes, boundaries and map.
 * @csspart read-aloud - The "Lees voor" controls below the heading (once there is a list) and, while reading, the text being read.
 * @csspart read-aloud-button - The button that starts, pauses and goes on.
 * @csspart read-aloud-stop - The Stop button (while reading).
 * @csspart read-aloud-text - The sentences being read, the current one highlighted.
 */
export class DvIdoFinder extends DvElement<FinderData> {
  static override styles = [...DvElement.styles, skeletonStyles, finderLayoutStyles, finderStyles];

  static override properties: PropertyDeclarations = {
    postcode: {},
    limit: {},
    maxDistance: { attribute: 'max-distance' },
    services: {},
    organisation: {},
    map: {},
    tiles: {},
    geolocation: { type: Boolean },
    geocoder: {},
    selected: { state: true },
    openFirst: { state: true },
    showAll: { state: true },
    anyDistance: { state: true },
  };

  /** Search at once from this postcode (`2311 EZ` or `2311`) or place name; a new value searches again. */
  postcode = '';
  /** How many locations the list shows after a search; 5 by default (1–100). */
  limit = '';
  /** Only locations at most this many km away (e.g. `25`); no limit by default. */
  maxDistance = '';
  /** Only locations that help with all of these, comma-separated: `belastingdienst`, `toeslagen`, `digid`, `uwv`, `svb`, `duo`, `cak`, `cbr`, `cjib`, `ciz`. */
  services = '';
  /** Only the branches of this library organisation (as in the feed's `organisation`). */
  organisation = '';
  /** `none` shows the list only (Leaflet is then never loaded); absent, empty or `on` (the default) shows a map beside the list. */
  map = '';
  /** Tile URL template (`https://…/{z}/{x}/{y}.png`); default PDOK BRT-Achtergrondkaart; `none` for no tiles (the outline of the Netherlands only). */
  tiles = '';
  /** Shows a "use my location" button; the browser asks only when the visitor presses it. */
  geolocation = false;
  /** `pdok` adds address suggestions from PDOK Locatieserver (sends what is typed to PDOK); `none` (the default) keeps to the embedded postcode table. */
  geocoder = '';

  /** @internal The id of the chosen location. */
  private selected: string | undefined;
  /** @internal "Open locaties eerst" is ticked. */
  private openFirst = false;
  /** @internal The long A-to-Z list is unfolded. */
  private showAll = false;
  /** @internal The visitor asked for the nearest ones whatever the max distance. */
  private anyDistance = false;

  // `private`, not `#`: esbuild lowers `#` members to WeakMaps here (useDefineForClassFields is off).

  private readonly uid = `dv-ido-${++finderCount}`;
  private readonly focusAfter = new FocusAfterUpdate(this);
  /** @internal "Lees voor": the first locations of the list. */
  private readonly readAloud = new ReadAloudPart(this, this.t);
  private readonly placeSearch = new PlaceSearch(this, {
    pdok: () => this.checked('geocoder', this.geocoder, parseChoice(this.geocoder, ['pdok', NONE], NONE)) === 'pdok',
    places: (near) => this.placesLoaded(near),
    moved: () => {
      this.selected = undefined;
      this.anyDistance = false;
    },
    failed: (error) => this.fail(problemFrom(error), error),
    invalid: (text) => this.warnOnce('postcode', text, ''),
  });
  private readonly mapPart = new MapController(this, {
    tiles: () => this.tileTemplate,
    state: () => ({
      results: this.ranking?.results ?? [],
      label: ({ place, distanceKm }) => loadedEngine()!.markerLabel(this.t, place, distanceKm),
      origin: this.placeSearch.origin,
      selected: this.selected,
      table: this.placeSearch.table,
    }),
    select: (id) => this.choose(id, 'map'),
  });
  /** A list-only finder's locations: they load with the visitor's first search, not with the page. */
  private readonly later = new Task<[RegionQuery | undefined], FinderData>(this, {
    autoRun: false,
    task: async ([query], { signal }) => {
      const data = await this.loadData(signal, false);
      await data.widen?.(query);
      return data;
    },
    onComplete: (data) => void this.emitReady(data.places?.length ?? 0),
    onError: (error) => this.fail(problemFrom(error), error),
  });
  /** The list as it stands (see willUpdate). */
  private ranking: Ranking | undefined;

  /** The locations' source and filters; `postcode` searches and `map` shows them, on what is loaded. */
  protected override loadArgs(): readonly unknown[] {
    return [this.src, this.services, this.organisation];
  }

  protected async load({ signal, fresh, report }: LoadContext): Promise<FinderData> {
    // A page with the list only loads nothing until the visitor searches: the search box
    // is there at once, and `dv-ready` waits for the locations (see `later`), so its count
    // is never a guess.
    if (!this.src.trim() && !this.postcode.trim() && !this.mapShown && this.later.status === TaskStatus.INITIAL) return LATER;
    // "Probeer opnieuw" after a failed search (see willUpdate for the first one).
    if (this.placeSearch.failed && this.postcode.trim()) this.placeSearch.find(this.postcode.trim(), undefined, true);
    const data = await this.loadData(signal, fresh, report);
    // The first paint with the locations shows `postcode`'s results, not the list before them.
    await this.placeSearch.done();
    // The demonstration set: the regions around `postcode`'s place, or all for the map.
    await data.widen?.(this.mapShown ? undefined : this.regionQuery(this.placeSearch.origin));
    return data;
  }

  protected countOf(data: FinderData): number | undefined {
    return data.places?.length;
  }

  private async loadData(signal: AbortSignal, fresh: boolean, onReport?: LoadContext['report']): Promise<FinderData> {
    const { services, unknown } = parseServices(this.services);
    if (unknown.length) this.warnOnce('services', this.services, services.join(','));
    const engine = await this.engine();
    return engine.loadFinderData(this.src, { services, organisation: this.organisation }, { signal, fresh, tag: this.localName, onReport });
  }

  /** The search-and-results part, its styles adopted here. */
  private async engine(): Promise<Engine> {
    const engine = await loadEngine();
    adoptStyles(this, engine.resultStyles);
    return engine;
  }

  /** The locations on show: loaded with the data, or (a list-only finder) with the first search. */
  private get places(): readonly PlacedLocation[] | undefined {
    return this.data.value?.places ?? this.later.value?.places;
  }

  /** The locations as loaded (by `load`, or a list-only finder's `later`). */
  private get finderData(): FinderData | undefined {
    return this.data.value?.places ? this.data.value : this.later.value;
  }

  /**
   * What the demonstration set must hold for the list from `near`: the `limit` nearest
   * within `max-distance`; undefined (every region) for "Open locaties eerst", which ranks
   * open ones from the whole set.
   */
  private regionQuery(near: GeoPoint | undefined): RegionQuery | undefined {
    if (!near || this.openFirst) return undefined;
    return { origin: near, count: this.checked('limit', this.limit, parseInteger(this.limit, 1, 100, 5)), maxDistanceKm: this.anyDistance ? undefined : this.maxKm };
  }

  /**
   * Resolves once the locations a search from `near` needs are there (all of them without
   * `near`): a list-only finder starts loading them now; the demonstration set fetches the
   * regions around `near`.
   */
  private async placesLoaded(near?: GeoPoint): Promise<void> {
    if (this.data.status !== TaskStatus.COMPLETE) return; // `load` widens for itself
    const query = this.mapShown || this.showAll ? undefined : this.regionQuery(near);
    if (!this.places) {
      if (this.later.status === TaskStatus.INITIAL) void this.later.run([query]);
      await this.later.taskComplete.catch(() => undefined); // `later` reports its own failure
    }
    const data = this.finderData;
    if (data?.widen && (await data.widen(query))) this.requestUpdate();
  }

  /** placesLoaded, for work nobody waits for: a failed fetch is shown with "Probeer opnieuw". */
  private widenLater(near?: GeoPoint): void {
    this.placesLoaded(near).catch((error: unknown) => this.fail(problemFrom(error), error));
  }

  private get mapShown(): boolean {
    return this.checked('map', this.map, parseChoice(this.map, ['on', NONE], 'on')) === 'on';
  }

  private get tileTemplate(): string | undefined {
    return this.checked('tiles', this.tiles, parseTiles(this.tiles));
  }

  private get maxKm(): number | undefined {
    const parsed = parseDecimal(this.maxDistance);
    const bad = parsed.value !== undefined && !(parsed.value > 0);
    return this.checked('max-distance', this.maxDistance, bad ? { value: undefined, invalid: true } : parsed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // `postcode` searches, at once and again when it changes; the locations stay loaded.
    if (changed.has('postcode') && this.postcode.trim()) this.placeSearch.find(this.postcode.trim(), undefined, true);
    // A map switched on shows every location: a list-only finder loads them now.
    if (this.mapShown) this.widenLater();
    // A longer list, a wider distance or open ones first may need more of the demonstration set.
    else if (this.finderData?.widen && this.placeSearch.origin && !this.placeSearch.busy) this.widenLater(this.placeSearch.origin);
    const places = this.places;
    const engine = loadedEngine();
    this.ranking =
      places && engine
        ? engine.rankLocations(places, this.placeSearch.origin, {
            limit: this.checked('limit', this.limit, parseInteger(this.limit, 1, 100, 5)),
            maxDistanceKm: this.anyDistance ? undefined : this.maxKm,
            openFirst: this.openFirst,
          })
        : undefined;
  }

  /** While loading: a skeleton of the search form and the first rows of the list. */
  protected override renderLoading(): TemplateResult {
    return skeleton(super.renderLoading(), ['block', 'short', 'row', 'row', 'row']);
  }

  protected override emptyMessage(): string {
    return this.data.value?.any ? this.t.msg('Er zijn geen locaties die passen bij deze keuze.', { id: 'ido.finder.no-locations-match-choice' }) : this.t.msg('Er zijn nog geen locaties om te tonen.', { id: 'ido.finder.there-are-no-locations' });
  }

  /** Chooses a location (or, in the list, un-chooses it), from the list or the map. */
  private choose(id: string, from: 'list' | 'map'): void {
    const place = this.places?.find((p) => p.location.id === id);
    if (!place) return;
    if (this.selected === id && from === 'list') {
      this.selected = undefined;
      return;
    }
    this.selected = id;
    if (from === 'map') {
      // A location chosen on the map may not be in the list yet (before a search the long list is folded).
      this.showAll = true;
      this.focusAfter.request(() => this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] button.name`));
    }
    this.emit('dv-location-select', { location: place.location });
  }

  /** Where the search starts, as the list says it: "2311 EZ Leiden", or "jouw locatie". */
  private get originLabel(): string {
    const origin = this.placeSearch.origin;
    return origin?.kind === 'device' ? this.t.msg('jouw locatie', { id: 'ido.finder.your-location' }) : (origin?.label ?? '');
  }

  protected override widgetTitle(): string {
    return this.t.msg('Vind een Informatiepunt Digitale Overheid', { id: 'ido.finder.find-information-point-digital' });
  }

  protected renderReady(data: FinderData): unknown {
    const notice = this.placeSearch.notice ?? this.distanceNotice();
    const withMap = this.mapShown && !this.mapPart.failed;
    const id = this.uid;
    const kind = notice && noticeKind(notice);
    return html`<div class=${withMap ? 'finder with-map' : 'finder'}>
      ${this.heading(this.widgetTitle(), 'heading')}
      ${this.renderReadAloud()}
      <p class="intro">${this.t.msg('Hulp bij DigiD, belastingen, toeslagen en andere zaken met de overheid. Gratis, in de bibliotheek.', { id: 'ido.finder.help-with-digid-taxes' })}</p>
      ${data.demo
        ? html`<p class="status demo-note" part="demo-note">
            <strong>${this.t.msg('Voorbeeldgegevens.', { id: 'ido.finder.sample-data' })}</strong>
            ${this.t.msg('Deze locaties en tijden zijn een voorbeeld, geen echte adressen. Vraag je bibliotheek waar het Informatiepunt is.', { id: 'ido.finder.these-locations-hours-are' })}
          </p>`
        : nothing}
      ${this.placeSearch.render({
        id,
        geolocation: this.geolocation,
        describedBy: `${id}-problem ${id}-notice`,
        invalid: kind === 'error',
        busy: this.later.status === TaskStatus.PENDING,
        t: this.t,
      })}
      <div class="notice-box" role="alert" id=${`${id}-problem`}>${kind === 'error' ? this.renderNotice(notice!) : nothing}</div>
      <div class="notice-box" role="status" id=${`${id}-notice`}>${kind === 'info' ? this.renderNotice(notice!) : nothing}</div>
      <div class="layout">
        <div class="list-part">${this.renderList()}</div>
        ${withMap
          ? html`<div class="map-part">
              <div class="map-canvas" part="map" role="region" aria-label=${this.t.msg('Kaart met de locaties', { id: 'ido.finder.map-locations' })}></div>
              ${this.placeSearch.origin
                ? html`<p part="map-legend"><span class="origin-dot"></span> ${this.t.msg('Jij bent hier', { id: 'ido.finder.you-are-here' })}</p>`
                : nothing}
              ${this.mapPart.renderNote()}
              <p class="map-hint-text">${this.t.msg('De lijst heeft dezelfde locaties als de kaart. Zoomen op de kaart: Ctrl en scrollen, of twee vingers.', { id: 'ido.finder.list-has-same-locations' })}</p>
            </div>`
          : nothing}
      </div>
      <p class="source" part="source">
        ${this.t.msg('Postcodes: © GeoNames (CC BY 4.0), bewerkt.', { id: 'ido.finder.postcodes-geonames-cc-by' })}
        ${withMap ? this.t.msg('Grenzen: © CBS / Kadaster.', { id: 'ido.finder.boundaries-cbs-kadaster' }) : nothing}
        ${withMap && this.tileTemplate === DEFAULT_TILES ? this.t.msg('Kaart: © Kadaster (PDOK).', { id: 'ido.finder.map-kadaster-pdok' }) : nothing}
      </p>
    </div>`;
  }

  /** "Lees voor" once there is a list: its first locations; a new list stops a reading. */
  private renderReadAloud(): unknown {
    const results = this.ranking?.results ?? [];
    if (!results.length) {
      this.readAloud.stop();
      return nothing;
    }
    const screen = results.slice(0, 5).map((result) => result.place.location.id).join(',');
    return this.readAloud.render(
      () => import('../read-aloud/script.js').then(({ locationsScript }) => locationsScript(this.t, results, Date.now())),
      screen,
    );
  }

  /** Nothing within `max-distance` of the place searched: say so, and offer the nearest anyway. */
  private distanceNotice(): SearchNotice | undefined {
    const km = this.maxKm;
    if (!this.ranking || !this.placeSearch.origin || this.ranking.results.length || !this.places?.length) return undefined;
    return km !== undefined && !this.anyDistance ? { code: 'no-results', km, from: this.originLabel } : undefined;
  }

  private renderNotice(notice: SearchNotice): TemplateResult {
    // Two live regions that are always there (a region must exist before its text changes
    // to be heard): an alert for mistakes in what was typed, a polite status for the rest.
    return html`<div class=${`notice ${noticeKind(notice)}`} part="notice">
      <p>${noticeText(this.t, notice, loadedEngine()?.isolateIn)}</p>
      ${notice.code === 'no-results'
        ? html`<button type="button" class="secondary" @click=${() => (this.anyDistance = true)}>${this.t.msg('Toon de dichtstbijzijnde locaties', { id: 'ido.finder.show-nearest-locations' })}</button>`
        : nothing}
      ${notice.code === 'unknown-place' && notice.suggestion
        ? loadedEngine()?.suggestionButton(this.t, notice.suggestion, (name) => this.placeSearch.find(name))
        : nothing}
    </div>`;
  }

  private renderList(): unknown {
    const engine = loadedEngine();
    if (!this.ranking || !engine) {
      return html`<p class="summary" part="summary" role="status">${this.t.msg('Typ je postcode of woonplaats. Dan zie je de locaties die het dichtst bij zijn.', { id: 'ido.finder.type-your-postcode-town' })}</p>
        <button type="button" class="secondary" @click=${this.showAllLocations}>${this.t.msg('Toon alle locaties op alfabet', { id: 'ido.finder.show-all-locations-z' })}</button>`;
    }
    return engine.resultsList({
      ranking: this.ranking,
      busy: this.placeSearch.busy,
      openFirst: this.openFirst,
      showAll: this.showAll,
      selected: this.selected,
      origin: this.placeSearch.origin,
      originLabel: this.originLabel,
      t: this.t,
      heading: (content) => this.heading(content, 'name', 1),
      onOpenFirst: (checked) => (this.openFirst = checked),
      onShowAll: this.showAllLocations,
      onSelect: (id) => this.choose(id, 'list'),
      onPrint: (place) => engine.printLocation(this.t, place),
    });
  }

  private readonly showAllLocations = (): void => {
    this.showAll = true;
    this.widenLater();
  };
}
