import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { FocusAfterUpdate, type GeoPoint, type Pc4Table } from '@digivaardig/core';
import type { PdokSuggestion } from '../geocoder/pdok.js';
import type { Origin, Suggestion } from '../search/origin.js';
import { loadEngine, type Engine } from './engine-loader.js';
import { noticeKind, type SearchNotice } from './messages.js';
import { comboboxKey, searchBox, type SearchBoxView } from './search-box.js';

/** A suggestion in the list; a PDOK address has its point looked up when chosen. */
type Choice = Suggestion & { readonly pdok?: PdokSuggestion };

/**
 * What a search starts from: the typed text (or a suggestion chosen for it, or the finder's
 * `postcode` attribute), or the device's position.
 */
type Query = { readonly text: string; readonly chosen?: Choice; readonly attribute?: boolean } | { readonly device: true };

/** What a search found: a new place to measure from, or what it ran into, or both. */
interface Found {
  readonly origin?: Origin;
  readonly notice?: SearchNotice;
  /** The `postcode` attribute's text, when the search came from it. */
  readonly attribute?: string;
}

export interface PlaceSearchOptions {
  /** Whether to ask PDOK for address suggestions too (`geocoder="pdok"`). */
  pdok(): boolean;
  /**
   * Resolves once the locations a search from `near` needs are there (a list-only finder
   * loads them with its first search; the demonstration set, the regions around `near`).
   */
  places(near: GeoPoint): Promise<unknown>;
  /** A new place to measure from: the finder lets go of what was chosen near the old one. */
  moved(): void;
  /** The search could not run at all (its part or the postcode table did not load). */
  failed(error: unknown): void;
  /** The `postcode` attribute names no place we know (the finder warns the webmaster). */
  invalid(text: string): void;
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * Why a controller: the search box is a small state machine of its own (the text, the
 * suggestions, the combobox's open list and highlighted option) with two kinds of work a
 * visitor starts, each a `Task` so the latest wins and older work is aborted:
 * suggestions (the embedded postcode table's at once; PDOK's addresses once the visitor
 * pauses for 250 ms) and the search itself (a typed text, a chosen suggestion, or "use my
 * location"). A slow PDOK answer or a late position never overwrites what the visitor
 * asked for since. The finder reads `origin`, `notice` and `busy`, and renders `render()`.
 */
export class PlaceSearch implements ReactiveController {
  /** What is in the box. */
  text = '';
  /** Where the list is measured from: the last place a search found. */
  origin: Origin | undefined;
  /**
   * The postcode table the map names places with: the whole table once a place name has
   * fetched it, else the region of the last postcode (the part of the country around it).
   */
  table: Pc4Table | undefined;
  /** The whole table, once a place name has fetched it. */
  private whole: Pc4Table | undefined;
  private suggestions: readonly Choice[] = [];
  private open = false;
  private active = -1;
  private readonly focus: FocusAfterUpdate;
  private readonly suggestTask: Task<[string], void>;
  private readonly searchTask: Task<[Query], Found>;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: PlaceSearchOptions,
  ) {
    host.addController(this);
    this.focus = new FocusAfterUpdate(host);
    this.suggestTask = new Task(host, { autoRun: false, task: ([text], { signal }) => this.suggestFor(text, signal) });
    this.searchTask = new Task(host, {
      autoRun: false,
      task: async ([query], { signal }) =>
        'device' in query ? this.locate() : { ...(await this.resolve(query.text, query.chosen, signal)), attribute: query.attribute ? query.text : undefined },
      onComplete: ({ origin, notice, attribute }) => {
        if (origin) {
          this.origin = origin;
          if (origin.kind === 'device') this.text = '';
          this.options.moved();
        } else if (notice && (notice.code === 'empty' || noticeKind(notice) === 'error') && this.origin) {
          // A search that found nothing clears the list of the one before: no old results
          // under a new question.
          this.origin = undefined;
          this.options.moved();
        }
        if (attribute !== undefined && notice && noticeKind(notice) === 'error') this.options.invalid(attribute);
        // Location not shared: back to the box, the way that always works.
        if (notice?.code === 'geo-denied' || notice?.code === 'geo-unavailable') this.focus.request(() => this.input());
      },
      onError: (error) => this.options.failed(error),
    });
  }

  /** What the last search ran into (an unknown postcode, no location shared…). */
  get notice(): SearchNotice | undefined {
    return this.searchTask.value?.notice;
  }

  /** A search is running. */
  get busy(): boolean {
    return this.searchTask.status === TaskStatus.PENDING;
  }

  /** The last search could not run (the finder shows why): "Probeer opnieuw" runs it again. */
  get failed(): boolean {
    return this.searchTask.status === TaskStatus.ERROR;
  }

  /** Resolves when no search is running any more (whatever its outcome). */
  done(): Promise<void> {
    return this.searchTask.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Searches for `text` (from the box, a suggestion, or the finder's `postcode` attribute). */
  find(text: string, chosen?: Choice, attribute = false): void {
    this.closeWith(text);
    void this.searchTask.run([{ text, chosen, attribute }]);
  }

  hostDisconnected(): void {
    this.suggestTask.abort();
  }

  /** The search form; `busy` (the finder loading its locations) also holds the search button back. */
  render(view: Pick<SearchBoxView, 'id' | 'geolocation' | 'describedBy' | 'invalid' | 'busy' | 't'>): TemplateResult {
    return searchBox({
      ...view,
      value: this.text,
      suggestions: this.suggestions,
      open: this.open,
      active: this.active,
      busy: view.busy || this.busy,
      onInput: this.onInput,
      onKeyDown: this.onKeyDown,
      onBlur: this.onBlur,
      onChoose: this.choose,
      onSubmit: this.onSubmit,
      onLocate: this.onLocate,
    });
  }

  /** The part of the postcode table `text` needs (see engine.loadPostcodeTableFor). */
  private async loadTable(engine: Engine, text: string): Promise<Pc4Table> {
    if (this.whole) return this.whole;
    const table = await engine.loadPostcodeTableFor(text);
    if (!engine.looksLikePostcode(text.trim())) this.whole = table;
    this.table = this.whole ?? table;
    return table;
  }

  /** The table's suggestions at once; PDOK's addresses (when asked for) once the visitor pauses. */
  private async suggestFor(text: string, signal: AbortSignal): Promise<void> {
    let engine: Engine;
    let table: Pc4Table;
    try {
      engine = await loadEngine();
      table = await this.loadTable(engine, text);
    } catch {
      return; // Suggestions are a help; the search itself reports a missing table.
    }
    if (signal.aborted) return;
    let own: Suggestion[];
    try {
      own = await engine.suggest(table, text);
    } catch {
      return; // The place-name part did not arrive: the search itself will say so.
    }
    if (signal.aborted) return;
    this.showSuggestions(own);
    if (!this.options.pdok() || text.trim().length < 3) return;
    await pause(250, signal);
    const { pdokSuggest, pdokOption } = await import('../geocoder/pdok.js');
    // Offline or blocked, this throws: the table's suggestions stay.
    const found = await pdokSuggest(text, signal);
    if (!signal.aborted) this.showSuggestions([...found.map(pdokOption), ...own].slice(0, 8));
  }

  /** Finds the place for `text` (or `chosen`), then has the locations around it loaded. */
  private async resolve(text: string, chosen: Choice | undefined, signal: AbortSignal): Promise<Found> {
    const found = await this.place(text, chosen, signal);
    if (found.origin) await this.options.places(found.origin);
    return found;
  }

  private async place(text: string, chosen: Choice | undefined, signal: AbortSignal): Promise<Found> {
    const engine = await loadEngine();
    const table = await this.loadTable(engine, text);
    let notice: SearchNotice | undefined;
    if (chosen?.pdok) {
      try {
        const { pdokLookup } = await import('../geocoder/pdok.js');
        return { origin: await pdokLookup(chosen.pdok, signal) };
      } catch {
        notice = { code: 'geocoder-failed' }; // Then the table finds what it can in the text.
      }
    } else if (chosen) {
      return { origin: chosen.origin };
    }
    const result = await engine.resolveText(table, text);
    return result.ok ? { origin: result.place, notice } : { notice: result.problem };
  }

  /** "Use my location": the browser asks the visitor only now. */
  private async locate(): Promise<Found> {
    const geo = navigator.geolocation;
    if (!geo) return { notice: { code: 'geo-unavailable' } };
    try {
      const { coords } = await new Promise<GeolocationPosition>((resolve, reject) =>
        geo.getCurrentPosition(resolve, reject, { timeout: 15000, maximumAge: 600000 }),
      );
      await this.options.places({ lat: coords.latitude, lon: coords.longitude });
      // Named when shown ("jouw locatie"), in the finder's language of that moment.
      return { origin: { lat: coords.latitude, lon: coords.longitude, label: '', kind: 'device' } };
    } catch (error) {
      const refused = error as GeolocationPositionError;
      return { notice: { code: refused.code === refused.PERMISSION_DENIED ? 'geo-denied' : 'geo-unavailable' } };
    }
  }

  private readonly onInput = (event: InputEvent): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.active = -1;
    if (this.text.trim()) {
      void this.suggestTask.run([this.text]);
    } else {
      this.suggestTask.abort();
      this.showSuggestions([]);
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const action = comboboxKey(event.key, { open: this.open, active: this.active, count: this.suggestions.length }, event.altKey);
    if (action.type === 'none' || action.type === 'submit') return; // Enter without a highlighted option submits the form.
    if (action.type === 'clear' && !this.text) return;
    event.preventDefault();
    if (action.type === 'move') this.setList(true, action.index);
    else if (action.type === 'choose') this.choose(action.index);
    else if (action.type === 'close') {
      // Closed by the visitor: suggestions still on their way must not open it again.
      this.suggestTask.abort();
      this.setList(false, -1);
    }
    else this.closeWith('');
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.open && this.active >= 0) this.choose(this.active);
    else this.find(this.text);
  };

  private readonly onBlur = (): void => this.setList(false, -1);

  private readonly onLocate = (): void => {
    this.closeWith(this.text);
    void this.searchTask.run([{ device: true }]);
  };

  private readonly choose = (index: number): void => {
    const chosen = this.suggestions[index];
    if (chosen) this.find(chosen.value, chosen);
  };

  private showSuggestions(suggestions: readonly Choice[]): void {
    this.suggestions = suggestions;
    this.setList(suggestions.length > 0, this.active);
  }

  /** Puts `text` in the box and closes the list; suggestions still on their way are dropped. */
  private closeWith(text: string): void {
    this.suggestTask.abort();
    this.text = text;
    if (!text) this.suggestions = [];
    this.setList(false, -1);
  }

  private setList(open: boolean, active: number): void {
    this.open = open;
    this.active = active;
    this.host.requestUpdate();
  }

  private input(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('input[role="combobox"]');
  }
}
