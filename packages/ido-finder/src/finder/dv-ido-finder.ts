import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DvElement, finderLayoutStyles, parseChoice, parseDecimal, parseInteger, type Pc4Table, type Problem } from '@digivaardig/core';
import type { Location, PlacedLocation } from '../locations/location.js';
import type { Origin, Suggestion } from '../search/origin.js';
import type { Ranking } from '../search/select.js';
import { parseServices } from '../present/services.js';
import type { MapView } from '../map/map-view.js';
import type { PdokSuggestion } from '../geocoder/pdok.js';
import { comboboxKey, searchBox } from './search-box.js';
import { noticeKind, noticeText, type SearchNotice } from './messages.js';
import { finderStyles } from './dv-ido-finder.styles.js';

type Engine = typeof import('./engine.js');
let enginePromise: Promise<Engine> | undefined;

/** PDOK BRT-Achtergrondkaart (Kadaster), the default tiles. */
export const DEFAULT_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
/** Before a search, lists up to this long show at once; longer ones behind a button. */
const SHORT_LIST = 12;

type Chosen = Suggestion & { readonly pdok?: PdokSuggestion };

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
 * @attr postcode - Search at once from this postcode (`2311 EZ` or `2311`) or place name.
 * @attr limit - How many locations the list shows after a search; 5 by default (1–100).
 * @attr max-distance - Only locations at most this many km away (e.g. `25`); no limit by default.
 * @attr services - Only locations that help with all of these, comma-separated: `belastingdienst`, `toeslagen`, `digid`, `uwv`, `svb`, `duo`, `cak`, `cbr`, `cjib`, `ciz`.
 * @attr organisation - Only the branches of this library organisation (as in the feed's `organisation`).
 * @attr map - `on` (default) shows a map beside the list; `off` shows the list only (Leaflet is then never loaded).
 * @attr tiles - Tile URL template (`https://…/{z}/{x}/{y}.png`); default PDOK BRT-Achtergrondkaart; `none` for no tiles (the outline of the Netherlands only).
 * @attr geolocation - Boolean: shows "use my location"; the browser asks only when the visitor presses it.
 * @attr geocoder - `pdok` adds address suggestions from PDOK Locatieserver (sends what is typed to PDOK); the embedded postcode table stays the fallback.
 *
 * @fires dv-location-select - A location was chosen in the list or on the map. `detail: { location }`.
 *
 * @csspart search - The search form.
 * @csspart input - The postcode or place field.
 * @csspart suggestions - The suggestion list.
 * @csspart search-button - The search button.
 * @csspart locate-button - The "use my location" button.
 * @csspart notice - A message about the search (unknown postcode, nothing near, …).
 * @csspart demo-note - The "Voorbeeldgegevens" note.
 * @csspart summary - The line saying the list's order and count.
 * @csspart list - The results list.
 * @csspart result - One location in the list (also `result-selected` when chosen).
 * @csspart map - The map.
 * @csspart sources - The data sources line.
 */
export class DvIdoFinder extends DvElement {
  static override styles = [...DvElement.styles, finderLayoutStyles, finderStyles];

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
    places: { state: true },
    demo: { state: true },
    text: { state: true },
    suggestions: { state: true },
    listOpen: { state: true },
    active: { state: true },
    origin: { state: true },
    notice: { state: true },
    selectedId: { state: true },
    openFirst: { state: true },
    showAll: { state: true },
    anyDistance: { state: true },
    searching: { state: true },
    mapFailed: { state: true },
  };

  /** Search at once from this postcode (`2311 EZ` or `2311`) or place name. */
  postcode = '';
  /** How many locations the list shows after a search; 5 by default (1–100). */
  limit = '';
  /** Only locations at most this many km away (e.g. `25`); no limit by default. */
  maxDistance = '';
  /** Only locations that help with all of these, comma-separated: `belastingdienst`, `toeslagen`, `digid`, `uwv`, `svb`, `duo`, `cak`, `cbr`, `cjib`, `ciz`. */
  services = '';
  /** Only the branches of this library organisation (as in the feed's `organisation`). */
  organisation = '';
  /** `on` (default) shows a map beside the list; `off` shows the list only (Leaflet is then never loaded). */
  map = '';
  /** Tile URL template (`https://…/{z}/{x}/{y}.png`); default PDOK BRT-Achtergrondkaart; `none` for no tiles (the outline of the Netherlands only). */
  tiles = '';
  /** Shows a "use my location" button; the browser asks only when the visitor presses it. */
  geolocation = false;
  /** `pdok` adds address suggestions from PDOK Locatieserver (sends what is typed to PDOK); the embedded postcode table stays the fallback. */
  geocoder = '';

  /** @internal All locations after the filters; undefined until loaded. */
  private places: PlacedLocation[] | undefined;
  /** @internal */
  private demo = false;
  /** @internal */
  private text = '';
  /** @internal */
  private suggestions: Chosen[] = [];
  /** @internal */
  private listOpen = false;
  /** @internal */
  private active = -1;
  /** @internal */
  private origin: Origin | undefined;
  /** @internal */
  private notice: SearchNotice | undefined;
  /** @internal */
  private selectedId: string | undefined;
  /** @internal */
  private openFirst = false;
  /** @internal */
  private showAll = false;
  /** @internal The visitor asked for the nearest ones whatever the max distance. */
  private anyDistance = false;
  /** @internal */
  private searching = false;
  /** @internal */
  private mapFailed = false;

  private readonly uid = `dv-ido-${++finderCount}`;
  /** Search, ranking and the results list: fetched with the data or the first search. */
  private engine: Engine | undefined;
  private allPlaces: PlacedLocation[] | undefined;
  private table: Pc4Table | undefined;
  private searchTurn = 0;
  private suggestTurn = 0;
  private pdokTimer: ReturnType<typeof setTimeout> | undefined;
  private pdokController: AbortController | undefined;
  private mapView: MapView | undefined;
  private mapLoading = false;
  private mapShown = '';
  private focusAfterUpdate: string | undefined;
  /** A list-only finder's `dv-ready`, held until its locations are loaded. */
  private readyHeld = false;

  protected override get dataProperties(): readonly string[] {
    return ['src', 'services', 'organisation', 'map', 'postcode'];
  }

  private get limitValue(): number {
    return this.checked('limit', this.limit, parseInteger(this.limit, 1, 100, 5));
  }

  private get maxKm(): number | undefined {
    const parsed = parseDecimal(this.maxDistance);
    const bad = parsed.value !== undefined && !(parsed.value > 0);
    return this.checked('max-distance', this.maxDistance, bad ? { value: undefined, invalid: true } : parsed);
  }

  private get mapOn(): boolean {
    return this.checked('map', this.map, parseChoice(this.map, ['on', 'off'], 'on')) === 'on';
  }

  private get usePdok(): boolean {
    return this.checked('geocoder', this.geocoder, parseChoice(this.geocoder, ['pdok', 'none'], 'none')) === 'pdok';
  }

  /** The tile template to use, or undefined for none. */
  private get tileTemplate(): string | undefined {
    const raw = this.tiles.trim();
    if (!raw) return DEFAULT_TILES;
    if (raw.toLowerCase() === 'none') return undefined;
    const ok = /^https?:\/\/[^\s"'<>]+$/i.test(raw) && ['{z}', '{x}', '{y}'].every((part) => raw.includes(part));
    if (!ok) this.warnOnce('tiles', raw, DEFAULT_TILES);
    return ok ? raw : DEFAULT_TILES;
  }

  protected async load(signal: AbortSignal): Promise<number> {
    const { services, unknown } = parseServices(this.services);
    if (unknown.length) this.warnOnce('services', this.services, services.join(','));
    this.origin = undefined;
    this.notice = undefined;
    this.selectedId = undefined;
    this.anyDistance = false;
    this.showAll = false;
    this.readyHeld = false;
    // A page with the list only loads nothing more until the visitor searches. The search
    // box is ready (1 keeps the base class from showing the empty state), but `dv-ready`
    // waits until the locations are loaded, so its count is never a guess.
    if (!this.src.trim() && !this.mapOn && !this.postcode.trim()) {
      this.places = undefined;
      this.allPlaces = undefined;
      this.demo = true;
      return 1;
    }
    await this.loadPlaces(signal);
    if (this.postcode.trim()) {
      this.text = this.postcode.trim();
      await this.search(undefined, signal);
    }
    // The locations that match the filters (0: the empty state says none match).
    return this.places!.length;
  }

  /** `dv-ready` of a list-only finder waits for its locations (see `load`). */
  protected override emit<T>(type: string, detail: T): void {
    if (type === 'dv-ready' && !this.places) {
      this.readyHeld = true;
      return;
    }
    super.emit(type, detail);
  }

  /** Fires the held `dv-ready` once the locations are there, with their number. */
  private async releaseReady(): Promise<void> {
    if (!this.readyHeld || !this.places) return;
    this.readyHeld = false;
    await this.updateComplete;
    this.emit('dv-ready', { count: this.places.length });
  }

  /**
   * The part that searches and shows results, with its styles. A page with the list only
   * (`map="off"`) loads it with the first search, so the first page load stays small.
   */
  private async ensureEngine(): Promise<Engine> {
    if (this.engine) return this.engine;
    const engine = await (enginePromise ??= import('./engine.js'));
    const root = this.renderRoot as ShadowRoot;
    const sheet = engine.resultStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.engine = engine;
    return engine;
  }

  /** Loads, places and filters the locations (once per load). */
  private async loadPlaces(signal?: AbortSignal): Promise<void> {
    const { loadLocations, needsPostcodeTable, loadPc4Table, prepareLocations, filterLocations } = await this.ensureEngine();
    const rows = await loadLocations(this.src, signal ?? new AbortController().signal, this.localName, this.retrying);
    if (signal?.aborted) return;
    if (needsPostcodeTable(rows)) this.table ??= await loadPc4Table();
    const prepared = prepareLocations(rows, this.table);
    this.tellConsole(prepared.byPostcode, prepared.unplaced, prepared.hoursIssues);
    this.allPlaces = prepared.placed;
    this.demo = rows.some((row: Location) => row.demo === true);
    const { services } = parseServices(this.services);
    this.places = filterLocations(prepared.placed, { services, organisation: this.organisation });
    void this.releaseReady();
  }

  private tellConsole(byPostcode: string[], unplaced: string[], hours: { id: string; issues: readonly { field: string; value: string }[] }[]): void {
    const tag = `<${this.localName}>`;
    const list = (ids: string[]) => ids.slice(0, 10).join(', ') + (ids.length > 10 ? ` and ${ids.length - 10} more` : '');
    if (byPostcode.length) console.info(`${tag}: placed ${byPostcode.length} location(s) without lat/lon at their postcode's point: ${list(byPostcode)}.`);
    if (unplaced.length) console.warn(`${tag}: skipped ${unplaced.length} location(s) with no lat/lon and no known postcode: ${list(unplaced)}.`);
    if (hours.length) {
      const detail = hours.slice(0, 5).map(({ id, issues }) => `${id} (${issues.map((i) => `${i.field} "${i.value}"`).join(', ')})`);
      console.warn(`${tag}: opening hours partly unreadable for ${hours.length} location(s): ${detail.join('; ')}.`);
    }
  }

  protected override emptyMessage(): string {
    return this.allPlaces?.length ? msg('Er zijn geen locaties die passen bij deze keuze.') : msg('Er zijn nog geen locaties om te tonen.');
  }

  /** Searches from the text in the box, or from a chosen suggestion. */
  private async search(chosen?: Chosen, signal?: AbortSignal): Promise<void> {
    const turn = ++this.searchTurn;
    this.searching = true;
    this.listOpen = false;
    let notice: SearchNotice | undefined;
    let origin: Origin | undefined;
    try {
      const { loadPc4Table, resolveOrigin } = await this.ensureEngine();
      const [table] = await Promise.all([this.table ?? loadPc4Table(), this.allPlaces ? undefined : this.loadPlaces(signal)]);
      this.table = table;
      if (chosen?.pdok) {
        try {
          const { pdokLookup } = await import('../geocoder/pdok.js');
          origin = await pdokLookup(chosen.pdok);
        } catch {
          notice = { code: 'geocoder-failed' };
        }
      } else if (chosen) origin = chosen.origin;
      if (!origin) {
        const result = resolveOrigin(table, this.text);
        if (result.ok) origin = result.origin;
        else notice = result.problem;
      }
    } catch (error) {
      if (turn === this.searchTurn && !signal) this.fail(problemOf(error), error);
      else if (signal) throw error;
      return;
    } finally {
      if (turn === this.searchTurn) this.searching = false;
    }
    if (turn !== this.searchTurn) return;
    this.notice = notice;
    if (origin) this.setOrigin(origin);
  }

  private setOrigin(origin: Origin): void {
    this.origin = origin;
    this.selectedId = undefined;
    this.anyDistance = false;
  }

  /** The list as it stands: nearest first from the origin, or A to Z before a place is known. */
  private get ranking(): Ranking | undefined {
    if (!this.places || !this.engine) return undefined;
    return this.engine.rankLocations(this.places, this.origin, {
      limit: this.limitValue,
      maxDistanceKm: this.anyDistance ? undefined : this.maxKm,
      openFirst: this.openFirst,
    });
  }

  // ——— search box ———

  private readonly onInput = (event: InputEvent): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.active = -1;
    void this.updateSuggestions();
  };

  private async updateSuggestions(): Promise<void> {
    const turn = ++this.suggestTurn;
    const text = this.text;
    if (!text.trim()) {
      this.suggestions = [];
      this.listOpen = false;
      return;
    }
    let engine: Engine;
    try {
      engine = await this.ensureEngine();
      this.table ??= await engine.loadPc4Table();
    } catch {
      return; // Suggestions are a help; the search itself reports a missing table.
    }
    if (turn !== this.suggestTurn) return;
    this.suggestions = engine.suggest(this.table, text);
    this.listOpen = this.suggestions.length > 0;
    if (this.usePdok && text.trim().length >= 3) this.askPdok(text, turn);
  }

  /** PDOK suggestions first (addresses), then the table's own; the table alone when PDOK fails. */
  private askPdok(text: string, turn: number): void {
    clearTimeout(this.pdokTimer);
    this.pdokController?.abort();
    this.pdokTimer = setTimeout(async () => {
      const controller = new AbortController();
      this.pdokController = controller;
      try {
        const { pdokSuggest, pdokOption } = await import('../geocoder/pdok.js');
        const found = await pdokSuggest(text, controller.signal);
        if (turn !== this.suggestTurn) return;
        const own = this.suggestions.filter((s) => !('pdok' in s));
        this.suggestions = [...found.map(pdokOption), ...own].slice(0, 8);
        this.listOpen = this.suggestions.length > 0;
      } catch {
        // Offline or blocked: the embedded table's suggestions stay.
      }
    }, 250);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const action = comboboxKey(event.key, { open: this.listOpen, active: this.active, count: this.suggestions.length }, event.altKey);
    switch (action.type) {
      case 'move':
        event.preventDefault();
        this.listOpen = true;
        this.active = action.index;
        break;
      case 'choose':
        event.preventDefault();
        this.choose(action.index);
        break;
      case 'close':
        event.preventDefault();
        this.listOpen = false;
        this.active = -1;
        break;
      case 'clear':
        if (this.text) {
          event.preventDefault();
          this.text = '';
          this.suggestions = [];
        }
        break;
      default:
        break; // Enter without a highlighted option submits the form.
    }
  };

  private readonly onBlur = (): void => {
    this.listOpen = false;
    this.active = -1;
  };

  private choose(index: number): void {
    const chosen = this.suggestions[index];
    if (!chosen) return;
    this.text = chosen.value;
    this.active = -1;
    this.listOpen = false;
    void this.search(chosen);
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const highlighted = this.listOpen && this.active >= 0 ? this.suggestions[this.active] : undefined;
    void this.search(highlighted);
  };

  private readonly onLocate = (): void => {
    const geo = navigator.geolocation;
    if (!geo) {
      this.notice = { code: 'geo-unavailable' };
      return;
    }
    this.searching = true;
    geo.getCurrentPosition(
      async (position) => {
        try {
          if (!this.allPlaces) await this.loadPlaces();
          this.notice = undefined;
          this.text = '';
          // Named at render time (see originLabel), in the finder's language of that moment.
          this.setOrigin({ lat: position.coords.latitude, lon: position.coords.longitude, label: '', kind: 'device' });
        } catch (error) {
          this.fail(problemOf(error), error);
        } finally {
          this.searching = false;
        }
      },
      (error) => {
        this.searching = false;
        this.notice = { code: error.code === error.PERMISSION_DENIED ? 'geo-denied' : 'geo-unavailable' };
        this.focusAfterUpdate = 'input';
      },
      { timeout: 15000, maximumAge: 600000 },
    );
  };

  // ——— selection ———

  /** Chooses a location (or un-chooses it), from the list or the map. */
  private select(id: string, from: 'list' | 'map'): void {
    const place = this.places?.find((p) => p.location.id === id);
    if (!place) return;
    if (this.selectedId === id && from === 'list') {
      this.selectedId = undefined;
      return;
    }
    this.selectedId = id;
    if (from === 'map') {
      // A location chosen on the map may not be in the list yet (before a search the long list is folded).
      this.showAll = true;
      this.focusAfterUpdate = `result:${id}`;
    }
    this.emit('dv-location-select', { location: place.location });
  }

  private print(place: PlacedLocation): void {
    this.engine?.printLocation(place, this.locale);
  }

  // ——— map ———

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    void this.syncMap();
    if (this.focusAfterUpdate) {
      const target = this.focusAfterUpdate;
      this.focusAfterUpdate = undefined;
      const element =
        target === 'input'
          ? this.renderRoot.querySelector<HTMLElement>('input[role="combobox"]')
          : this.renderRoot.querySelector<HTMLElement>(`li[data-id="${cssEscape(target.slice(7))}"] button.name`);
      element?.focus();
      element?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mapView?.destroy();
    this.mapView = undefined;
    this.mapShown = '';
    clearTimeout(this.pdokTimer);
    this.pdokController?.abort();
  }

  private async syncMap(): Promise<void> {
    const container = this.renderRoot.querySelector<HTMLElement>('.map-canvas');
    if (this.mapView && (!container || !this.mapView.isIn(container))) {
      this.mapView.destroy();
      this.mapView = undefined;
      this.mapShown = '';
    }
    if (!container || this.mapFailed) return;
    if (!this.mapView) {
      if (this.mapLoading) return;
      this.mapLoading = true;
      try {
        const { MapView, mapStyles } = await import('../map/map-view.js');
        const root = this.renderRoot as ShadowRoot;
        if (mapStyles.styleSheet && !root.adoptedStyleSheets.includes(mapStyles.styleSheet)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, mapStyles.styleSheet];
        }
        if (!container.isConnected) return;
        const tiles = this.tileTemplate;
        // The map asks for its words when it shows them, in the finder's language then.
        this.mapView = new MapView(container, {
          tiles,
          texts: {
            cluster: (count) => this.inLocale(() => msg(str`${count} locaties`)),
            wheelHint: () => this.inLocale(() => msg('Houd Ctrl ingedrukt en scroll om in of uit te zoomen.')),
            touchHint: () => this.inLocale(() => msg('Gebruik twee vingers om de kaart te bewegen.')),
            tilesCredit: () => this.inLocale(() => tilesCredit(tiles)),
          },
          locale: () => this.locale,
          onSelect: (id) => this.select(id, 'map'),
        });
      } catch (error) {
        console.warn(`<${this.localName}>: the map could not be loaded; the list still works.`, error);
        this.mapFailed = true;
        return;
      } finally {
        this.mapLoading = false;
      }
    }
    const ranking = this.ranking;
    const results = ranking?.results ?? [];
    const key = `${this.locale}|${this.origin?.lat},${this.origin?.lon}|${results.map((r) => r.place.location.id).join(',')}`;
    if (key !== this.mapShown) {
      const fit = this.mapShown !== '' || Boolean(this.origin);
      const relabel = this.mapShown !== '' && !this.mapShown.startsWith(`${this.locale}|`);
      this.mapShown = key;
      // After a language switch: the credits and the markers' names in the new language.
      if (relabel) this.mapView.relabel();
      this.mapView.show(
        results.map((r) => ({ id: r.place.location.id, lat: r.place.lat, lon: r.place.lon, label: this.markerLabel(r.place, r.distanceKm) })),
        this.origin,
        fit && Boolean(this.origin),
      );
    }
    if (this.table) this.mapView.setPlaces(this.table);
    this.mapView.select(this.selectedId);
  }

  /** Where the search starts, as the list says it: "2311 EZ Leiden", or "jouw locatie". */
  private get originLabel(): string {
    return this.origin?.kind === 'device' ? msg('jouw locatie') : (this.origin?.label ?? '');
  }

  /** A marker's accessible name; made for the map, outside a render, so in the finder's language here. */
  private markerLabel(place: PlacedLocation, km: number | undefined): string {
    return this.inLocale(() => this.engine!.markerLabel(place, km, this.locale));
  }

  // ——— rendering ———

  protected renderReady(): unknown {
    const ranking = this.ranking;
    const notice = this.notice ?? this.distanceNotice(ranking);
    const mapOn = this.mapOn && !this.mapFailed;
    return html`<div class=${mapOn ? 'finder with-map' : 'finder'}>
      ${this.heading(msg('Vind een Informatiepunt Digitale Overheid'), 'heading')}
      <p class="intro">${msg('Hulp bij DigiD, belastingen, toeslagen en andere zaken met de overheid. Gratis, in de bibliotheek.')}</p>
      ${this.demo
        ? html`<p class="demo-note" part="demo-note">
            <strong>${msg('Voorbeeldgegevens.')}</strong>
            ${msg('Deze locaties en tijden zijn een voorbeeld, geen echte adressen. Vraag je bibliotheek waar het Informatiepunt is.')}
          </p>`
        : nothing}
      ${searchBox({
        id: this.uid,
        value: this.text,
        suggestions: this.suggestions,
        open: this.listOpen,
        active: this.active,
        busy: this.searching,
        geolocation: this.geolocation,
        describedBy: `${this.uid}-problem ${this.uid}-notice`,
        invalid: notice !== undefined && noticeKind(notice) === 'error',
        onInput: this.onInput,
        onKeyDown: this.onKeyDown,
        onBlur: this.onBlur,
        onChoose: (i) => this.choose(i),
        onSubmit: this.onSubmit,
        onLocate: this.onLocate,
      })}
      <div class="notice-box" role="alert" id=${`${this.uid}-problem`}>${notice && noticeKind(notice) === 'error' ? this.renderNotice(notice) : nothing}</div>
      <div class="notice-box" role="status" id=${`${this.uid}-notice`}>${notice && noticeKind(notice) === 'info' ? this.renderNotice(notice) : nothing}</div>
      <div class="layout">
        <div class="list-part">${this.renderList(ranking)}</div>
        ${mapOn
          ? html`<div class="map-part">
              <div class="map-canvas" part="map" role="region" aria-label=${msg('Kaart met de locaties')}></div>
              <p class="map-hint-text">${msg('De lijst heeft dezelfde locaties als de kaart. Zoomen op de kaart: Ctrl en scrollen, of twee vingers.')}</p>
            </div>`
          : nothing}
      </div>
      <p class="sources" part="sources">
        ${msg('Postcodes: © GeoNames (CC BY 4.0), bewerkt.')}
        ${mapOn ? msg('Grenzen: © CBS / Kadaster.') : nothing}
        ${mapOn && this.tileTemplate === DEFAULT_TILES ? msg('Kaart: © Kadaster (PDOK).') : nothing}
      </p>
    </div>`;
  }

  private distanceNotice(ranking: Ranking | undefined): SearchNotice | undefined {
    if (!ranking || !this.origin || ranking.results.length || !this.places?.length) return undefined;
    const km = this.maxKm;
    return km !== undefined && !this.anyDistance ? { code: 'no-results', km, from: this.originLabel } : undefined;
  }

  private renderNotice(notice: SearchNotice): TemplateResult {
    // Two live regions that are always there (a region must exist before its text changes
    // to be heard): an alert for mistakes in what was typed, a polite status for the rest.
    return html`<div class=${`notice ${noticeKind(notice)}`} part="notice">
      <p>${noticeText(notice)}</p>
      ${notice.code === 'no-results'
        ? html`<button type="button" class="secondary" @click=${() => (this.anyDistance = true)}>
            ${msg('Toon de dichtstbijzijnde locaties')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderList(ranking: Ranking | undefined): TemplateResult {
    if (!ranking) {
      return html`<p class="summary" part="summary" role="status">${msg('Typ je postcode of woonplaats. Dan zie je de locaties die het dichtst bij zijn.')}</p>
        <button type="button" class="secondary" @click=${this.showAllLocations}>${msg('Toon alle locaties op alfabet')}</button>`;
    }
    const { order, results } = ranking;
    const folded = order === 'alphabetical' && results.length > SHORT_LIST && !this.showAll;
    const count = results.length;
    const summary =
      order === 'distance'
        ? count === 0
          ? msg('Geen locaties gevonden.')
          : this.openFirst
            ? msg(str`${count} locaties dicht bij ${this.originLabel}. Open locaties eerst, dan op afstand.`)
            : msg(str`${count} locaties dicht bij ${this.originLabel}, de dichtstbijzijnde eerst.`)
        : msg(str`Alle ${count} locaties, op alfabet. Zoek op postcode of plaats voor de dichtstbijzijnde.`);
    const now = Date.now();
    return html`<div class="list-head">
        <p class="summary" part="summary" role="status">${this.searching ? msg('Bezig met zoeken…') : summary}</p>
        ${count > 1 || this.openFirst
          ? html`<label class="open-first">
              <input type="checkbox" .checked=${this.openFirst} @change=${(e: Event) => (this.openFirst = (e.target as HTMLInputElement).checked)} />
              ${msg('Open locaties eerst')}
            </label>`
          : nothing}
      </div>
      ${folded
        ? html`<button type="button" class="secondary" aria-expanded="false" @click=${() => (this.showAll = true)}>
            ${msg(str`Toon alle ${count} locaties op alfabet`)}
          </button>`
        : html`<ol class="results" part="list">
            ${results.map((result) =>
              this.engine!.resultItem({
                result,
                selected: result.place.location.id === this.selectedId,
                origin: this.origin,
                locale: this.locale,
                now,
                heading: (content) => this.heading(content, 'name', 1),
                onSelect: (id) => this.select(id, 'list'),
                onPrint: (place) => this.print(place),
              }),
            )}
          </ol>`}`;
  }

  private readonly showAllLocations = async (): Promise<void> => {
    this.showAll = true;
    this.searching = true;
    try {
      await this.loadPlaces();
    } catch (error) {
      this.fail(problemOf(error), error);
    } finally {
      this.searching = false;
    }
  };
}

function problemOf(error: unknown): Problem {
  const coded = error as { code?: unknown; status?: unknown } | null;
  return coded && typeof coded.code === 'string' ? { code: coded.code, detail: coded.status === undefined ? undefined : String(coded.status) } : { code: 'network' };
}

/**
 * The credit for the map's tiles, as HTML for Leaflet's attribution line: Kadaster for
 * PDOK's own tiles, else the tile server's host name. Call it inside the finder's locale.
 */
function tilesCredit(tiles: string | undefined): string {
  if (!tiles) return '';
  if (tiles === DEFAULT_TILES) return `${escapeHtml(msg('Kaartgegevens'))} © <a href="https://www.kadaster.nl">Kadaster</a>`;
  const host = new URL(tiles.replace(/[{}]/g, '')).host;
  return escapeHtml(msg(str`Kaart: ${host}`));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cssEscape(id: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
}
