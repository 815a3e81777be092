import { html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { DvElement, finderLayoutStyles, isTopic, parseDecimal, parseInteger, TOPICS, type GeoPoint } from '@digivaardig/core';
import { parseJsonLd } from '../attributes.js';
import { coursesJsonLdText } from '../jsonld.js';
import { loadCourses } from '../data/courses-source.js';
import { amsterdamInstant } from '../data/amsterdam-instant.js';
import type { Origin, PlaceProblem } from '../data/place-lookup.js';
import * as searchEngine from '../search/engine.js';
import type { CourseResult } from '../search/filter.js';
import type { PreparedCourse } from '../search/prepare.js';
import { EMPTY_STATE, hashQuery, type FinderState } from '../state.js';
import { FORMATS, type Course, type CourseFormat } from '../types.js';
import { courseCard } from './course-card.js';
import type { CourseDetailsModule } from './course-details.js';
import type { NoResultsModule } from './no-results.js';
import type { PlaceNotesModule } from './place-notes.js';
import { courseFinderStyles } from './dv-course-finder.styles.js';
import { activeFilterCount, filterPanel, type FilterChoices, type FilterGroups, type ListKey } from './filter-panel.js';

type SearchEngine = typeof searchEngine;

const DISTANCES = [5, 10, 25, 50] as const;
const TODAY = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** What the live region last said: a count and its order. */
interface Announcement {
  readonly count: number;
  readonly sort: 'date' | 'distance';
}

/**
 * Digital-skills courses near the visitor: Klik & Tik, Digisterker, the library's own
 * courses, digi-spreekuur and tablet café walk-ins. Free-text search, filters, distance
 * from a postcode, an `.ics` file per course, and schema.org JSON-LD for search engines.
 *
 * @summary Find a digital-skills course nearby.
 * @tag dv-course-finder
 *
 * @attr query - Prefills the search field with words (`tablet`, `DigiD`).
 * @attr postcode - Prefills "where are you": a postcode (`2311 EZ`, `2311`) or a place name.
 * @attr max-distance - Only courses at most this many km from the postcode (online courses always show).
 * @attr topics - Preselected topics, comma-separated ids (`safety,ai`; see docs/widgets/course-finder.md).
 * @attr programme - Preselected programmes, comma-separated (`klik-en-tik,digisterker`).
 * @attr format - Preselected kinds, comma-separated: `group`, `individual`, `walk-in`, `online`.
 * @attr free - Boolean: only free courses at first.
 * @attr page-size - How many courses show before "Toon meer"; `10` (default).
 * @attr follow-self-check - Boolean: when a `<dv-self-check>` on the page finishes, select the topics of its weakest areas.
 * @attr jsonld - Boolean, on by default: writes schema.org Course JSON-LD for the listed courses into the page; `jsonld="false"` (or `off`) does not.
 * @attr sync-url - Boolean: keep search and filters in the page address (`#dv-course-finder?topics=safety`), so a link can be shared.
 * @attr today - For previews and tests: the date (`2025-01-06`, or `2025-01-06T14:00`) the widget takes as now; the sample data moves to that week.
 *
 * @fires dv-course-select - The visitor opened a course's details. `detail: { course }`.
 *
 * @csspart heading - The widget's heading.
 * @csspart demo-note - The "Voorbeeldgegevens" note shown with the sample data.
 * @csspart search - The search form.
 * @csspart filters - The filter disclosure.
 * @csspart filter-group - One fieldset of filters.
 * @csspart count - The result count (a live region).
 * @csspart list - The list of courses.
 * @csspart course - One course card.
 * @csspart course-labels - A card's programme and kind.
 * @csspart course-title - A card's title.
 * @csspart signup - A card's sign-up link.
 * @csspart calendar-button - A card's "Zet in je agenda" button.
 * @csspart details-button - A card's "Meer over deze cursus" button.
 * @csspart course-details - A card's opened details.
 * @csspart more - The "Toon meer" button.
 */
export class DvCourseFinder extends DvElement {
  static override styles = [...DvElement.styles, finderLayoutStyles, courseFinderStyles];

  static override properties: PropertyDeclarations = {
    query: {},
    postcode: {},
    maxDistance: { attribute: 'max-distance' },
    topics: {},
    programme: {},
    format: {},
    free: { type: Boolean },
    pageSize: { attribute: 'page-size' },
    followSelfCheck: { type: Boolean, attribute: 'follow-self-check' },
    jsonld: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    today: {},
    state: { state: true },
    origin: { state: true },
    placeProblem: { state: true },
    shownCount: { state: true },
    openCourse: { state: true },
    filtersOpen: { state: true },
    announcement: { state: true },
    filterGroups: { state: true },
    details: { state: true },
    noResults: { state: true },
    placeNotes: { state: true },
  };

  /** Prefills the search field with words (`tablet`, `DigiD`). */
  query = '';
  /** Prefills "where are you": a postcode (`2311 EZ`, `2311`) or a place name. */
  postcode = '';
  /** Only courses at most this many km from the postcode (online courses always show). */
  maxDistance = '';
  /** Preselected topics, comma-separated ids (`safety,ai`). */
  topics = '';
  /** Preselected programmes, comma-separated (`klik-en-tik,digisterker`). */
  programme = '';
  /** Preselected kinds, comma-separated: `group`, `individual`, `walk-in`, `online`. */
  format = '';
  /** Only free courses at first. */
  free = false;
  /** How many courses show before "Toon meer"; `10` (default). */
  pageSize = '';
  /** When a `<dv-self-check>` on the page finishes, select the topics of its weakest areas. */
  followSelfCheck = false;
  /** On by default: writes schema.org JSON-LD for the listed courses into the page; `false` (or `off`) does not. */
  jsonld = '';
  /** Keep search and filters in the page address, so a link can be shared. */
  syncUrl = false;
  /** For previews and tests: the date the widget takes as now (`2025-01-06`). */
  today = '';

  /** @internal */
  private state: FinderState = { ...EMPTY_STATE };
  /** @internal */
  private origin: Origin | undefined;
  /** Measures distances from the origin; fetched with the postcode lookup. */
  private measure: ((from: GeoPoint, to: GeoPoint) => number) | undefined;
  /** @internal Why the typed place was not found (said in words at render). */
  private placeProblem: PlaceProblem | undefined;
  /** @internal */
  private shownCount = 10;
  /** @internal */
  private openCourse = '';
  /** @internal */
  private filtersOpen = false;
  /** @internal What the live region says; lags behind typing so it is read once. */
  private announcement: Announcement | undefined;
  /** @internal The filter checkboxes, fetched when the filters are first opened. */
  private filterGroups: FilterGroups | undefined;
  /** @internal What is said about the typed place, and the order choice; fetched with the place lookup. */
  private placeNotes: PlaceNotesModule | undefined;
  /** @internal What to loosen when nothing fits; fetched the first time nothing does. */
  private noResults: NoResultsModule | undefined;
  /** @internal A course's details, fetched with the first "Meer over deze cursus". */
  private details: CourseDetailsModule | undefined;

  /** Search and dates; set once the courses are there. */
  private engine: SearchEngine | undefined;
  /** The last self-check result that came before the courses did. */
  private pendingSelfCheck: unknown;
  private courses: PreparedCourse[] = [];
  private choices: FilterChoices = { topics: [], programmes: [], formats: [], anyFree: false };
  private demo = false;
  private results: CourseResult[] = [];
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterUpdate: string | undefined;
  private jsonLdScript: HTMLScriptElement | undefined;
  private placeRequest = 0;

  private readonly onSelfCheck = (event: Event) => {
    if (!this.followSelfCheck) return;
    // A check restored from an earlier visit may finish before the courses are here.
    if (this.phase !== 'ready') this.pendingSelfCheck = (event as CustomEvent).detail;
    else void this.followResult((event as CustomEvent).detail);
  };
  private readonly onHashChange = () => this.applyHash(true);

  protected override get dataProperties(): readonly string[] {
    return ['src', 'today'];
  }

  /** The instant the widget takes as now: `today` when given, else the clock. */
  private get now(): number {
    const today = this.today.trim();
    if (!today) return Date.now();
    if (TODAY.test(today) && !Number.isNaN(Date.parse(today.slice(0, 10)))) {
      return amsterdamInstant(today.length === 10 ? `${today}T00:00` : today);
    }
    this.warnOnce('today', today, '');
    return Date.now();
  }

  private get pageLength(): number {
    return this.checked('page-size', this.pageSize, parseInteger(this.pageSize, 1, 100, 10));
  }

  private get hashKey(): string {
    return this.id || 'dv-course-finder';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('dv-self-check-complete', this.onSelfCheck);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('dv-self-check-complete', this.onSelfCheck);
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.announceTimer);
    clearTimeout(this.jsonLdTimer);
    this.jsonLdScript?.remove();
    this.jsonLdScript = undefined;
  }

  /** Selects the topics of a finished self-check's weakest areas (none when all are top level). */
  private async followResult(detail: unknown): Promise<void> {
    const { topicsFromSelfCheck } = await import('../self-check-topics.js');
    const topics = topicsFromSelfCheck(detail);
    if (topics.length) this.change({ topics }, 'now');
  }

  protected async load(signal: AbortSignal): Promise<number> {
    const now = this.now;
    const { amsterdamToday, prepareCourses, searchCourses } = searchEngine;
    const courses = await loadCourses(this.src, { signal, tag: this.localName, fresh: this.retrying, today: amsterdamToday(now) });
    this.engine = searchEngine;
    this.courses = prepareCourses(courses);
    this.demo = courses.some((course) => course.demo);
    this.choices = choicesOf(courses);
    this.state = { ...this.stateFromAttributes(), ...(await this.hashState()) };
    await this.findPlace(this.state.postcode);
    this.refresh('now');
    const pending = this.pendingSelfCheck;
    this.pendingSelfCheck = undefined;
    if (pending !== undefined) setTimeout(() => void this.followResult(pending));
    return searchCourses(this.courses, {}, now).length;
  }

  /** Fetches the filter checkboxes and their styles (on the first opening of the filters). */
  private async loadFilterGroups(): Promise<void> {
    if (this.filterGroups) return;
    const groups = await import('./filter-groups.js');
    this.adopt(groups.filterGroupStyles);
    this.filterGroups = groups;
  }

  private async loadNoResults(): Promise<void> {
    const module = await import('./no-results.js');
    this.adopt(module.noResultStyles);
    this.noResults = module;
  }

  /** Adds a lazily fetched part's styles to the shadow root. */
  private adopt(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** The filters the attributes ask for; bad values warn once and are left out. */
  private stateFromAttributes(): FinderState {
    const list = (raw: string) => raw.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
    const topics = list(this.topics);
    const badTopics = topics.filter((topic) => !isTopic(topic));
    if (badTopics.length) this.warnOnce('topics', this.topics, topics.filter(isTopic).join(','));
    const formats = list(this.format);
    if (formats.some((format) => !(FORMATS as readonly string[]).includes(format))) {
      this.warnOnce('format', this.format, formats.filter((f) => (FORMATS as readonly string[]).includes(f)).join(','));
    }
    const distance = this.checked('max-distance', this.maxDistance, parseDecimal(this.maxDistance));
    const km = distance !== undefined && distance > 0 ? distance : 0;
    if (distance !== undefined && distance <= 0) this.warnOnce('max-distance', this.maxDistance, '');
    return {
      ...EMPTY_STATE,
      q: this.query.trim(),
      postcode: this.postcode.trim(),
      distance: km,
      topics: topics.filter(isTopic),
      programmes: list(this.programme),
      formats: formats.filter((f): f is CourseFormat => (FORMATS as readonly string[]).includes(f)),
      free: this.free,
    };
  }

  /**
   * The hash meant for this finder: its own id's (`#my-finder?…`, for a page with two
   * finders), or the generic `#dv-course-finder?…` that the self-check's advice links use.
   */
  private hashFor(): string | undefined {
    return hashQuery(location.hash, this.hashKey) ?? hashQuery(location.hash, 'dv-course-finder');
  }

  private async hashState(): Promise<Partial<FinderState>> {
    const query = this.hashFor();
    if (query === undefined) return {};
    const { parseState } = await import('../url-state.js');
    return parseState(query);
  }

  /** A link to this finder (a shared link, or the self-check's advice) was followed. */
  private async applyHash(moved: boolean): Promise<void> {
    const query = this.hashFor();
    if (query === undefined || this.phase !== 'ready') return;
    const { parseState, stateHash } = await import('../url-state.js');
    const next = { ...EMPTY_STATE, ...parseState(query) };
    if (stateHash(next, this.hashKey) === stateHash(this.state, this.hashKey)) return;
    this.state = next;
    await this.findPlace(next.postcode);
    this.refresh('now');
    if (moved) {
      this.scrollIntoView({ block: 'start' });
      this.focusAfterUpdate = 'count';
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A changed filter attribute (after the first load) is a new starting point.
    const filterAttributes = ['query', 'postcode', 'maxDistance', 'topics', 'programme', 'format', 'free'];
    if (this.hasUpdated && this.phase === 'ready' && filterAttributes.some((name) => changed.has(name))) {
      this.state = this.stateFromAttributes();
      void this.findPlace(this.state.postcode).then(() => this.refresh('now'));
    }
    if (changed.has('pageSize')) this.shownCount = this.pageLength;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.scheduleJsonLd();
    const target = this.focusAfterUpdate;
    if (target) {
      this.focusAfterUpdate = undefined;
      const element =
        target === 'count' || target === 'where'
          ? this.renderRoot.querySelector<HTMLElement>(target === 'count' ? '.count' : '#where')
          : this.renderRoot.querySelector<HTMLElement>(`[data-course="${CSS.escape(target)}"] article`);
      element?.focus();
    }
  }

  /** Finds the point of the postcode or place the visitor typed; a problem is said in words. */
  private async findPlace(text: string): Promise<void> {
    const request = ++this.placeRequest;
    const value = text.trim();
    if (!value) {
      this.origin = undefined;
      this.placeProblem = undefined;
      return;
    }
    // The postcode table and its lookup come only when a place is typed.
    const [{ findOrigin, distanceKm }, notes] = await Promise.all([import('../data/place-lookup.js'), import('./place-notes.js')]);
    this.measure = distanceKm;
    this.adopt(notes.placeNoteStyles);
    this.placeNotes = notes;
    const { origin, problem } = await findOrigin(value);
    if (request !== this.placeRequest) return;
    this.origin = origin;
    this.placeProblem = problem;
  }

  /** Runs the search again after a change; `announce` says when the live region follows. */
  private refresh(announce: 'now' | 'later' | 'no' = 'now', byVisitor = false): void {
    const state = this.state;
    if (!this.engine) return;
    this.results = this.engine.searchCourses(
      this.courses,
      {
        text: state.q,
        topics: state.topics,
        programmes: state.programmes,
        formats: state.formats,
        free: state.free,
        days: state.days,
        times: state.times,
        origin: this.origin?.point,
        measure: this.measure,
        maxDistanceKm: state.distance || undefined,
        sort: state.sort || (this.origin ? 'distance' : 'date'),
      },
      this.now,
    );
    this.shownCount = this.pageLength;
    if (this.results.length === 0 && !this.noResults) void this.loadNoResults();
    clearTimeout(this.announceTimer);
    const announcement = { count: this.results.length, sort: this.sortInUse() };
    if (announce === 'now') this.announcement = announcement;
    // While typing, one announcement when the visitor pauses, not one per letter.
    else if (announce === 'later') this.announceTimer = setTimeout(() => (this.announcement = announcement), 700);
    // Only the visitor's own changes go into the address, never the widget's start.
    if (this.syncUrl && byVisitor) {
      void import('../url-state.js').then(({ stateHash }) => history.replaceState(history.state, '', stateHash(state, this.hashKey)));
    }
    this.requestUpdate();
  }

  private change(patch: Partial<FinderState>, announce: 'now' | 'later' = 'now'): void {
    this.state = { ...this.state, ...patch };
    this.refresh(announce, true);
  }

  private countText(): string {
    if (!this.announcement) return '';
    const { count, sort } = this.announcement;
    const order = sort === 'distance' ? msg('dichtstbij eerst') : msg('eerstvolgende eerst');
    if (count === 0) return msg('Geen cursussen gevonden.');
    return count === 1 ? msg(str`1 cursus gevonden, ${order}.`) : msg(str`${count} cursussen gevonden, ${order}.`);
  }

  private sortInUse(): 'date' | 'distance' {
    return this.state.sort || (this.origin ? 'distance' : 'date');
  }

  protected override emptyMessage(): string {
    return msg('Er zijn op dit moment geen cursussen gepland. Kijk later nog eens, of vraag het de bibliotheek.');
  }

  private clearFilters(): void {
    this.state = { ...this.state, topics: [], programmes: [], formats: [], days: [], times: [], free: false };
    this.refresh('now', true);
    this.focusAfterUpdate = 'count';
  }

  private showMore(): void {
    const first = this.results[this.shownCount];
    this.shownCount += this.pageLength;
    if (first) this.focusAfterUpdate = first.prepared.course.id;
  }

  private async toggleCourse(course: Course): Promise<void> {
    const opening = this.openCourse !== course.id;
    if (opening && !this.details) {
      const details = await import('./course-details.js');
      this.adopt(details.courseDetailStyles);
      this.details = details;
    }
    this.openCourse = opening ? course.id : '';
    if (opening) this.emit('dv-course-select', { course });
  }

  private async downloadCalendar(result: CourseResult): Promise<void> {
    const course = result.prepared.course;
    const sessions = result.upcoming.map((session) => ({ start: session.startLocal, end: session.endLocal }));
    const locale = this.locale;
    // The calendar writer comes with the first press, not with the page.
    const [{ courseCalendar, calendarFileName }, { downloadText }] = await Promise.all([
      import('../calendar/ics.js'),
      import('./download.js'),
    ]);
    const text = courseCalendar(course, { locale, now: Date.now(), sessions });
    downloadText(this.renderRoot as ShadowRoot, text, calendarFileName(course), 'text/calendar;charset=utf-8');
  }

  private jsonLdTimer: ReturnType<typeof setTimeout> | undefined;

  /** Writes the JSON-LD in a task of its own after a render, so it never delays the list. */
  private scheduleJsonLd(): void {
    clearTimeout(this.jsonLdTimer);
    this.jsonLdTimer = setTimeout(() => this.writeJsonLd());
  }

  /** The JSON-LD child in the light DOM: made with createElement and textContent only. */
  private writeJsonLd(): void {
    const on = this.checked('jsonld', this.jsonld, parseJsonLd(this.jsonld));
    if (!on || this.phase !== 'ready' || !this.isConnected) {
      this.jsonLdScript?.remove();
      this.jsonLdScript = undefined;
      return;
    }
    const listed = this.results.slice(0, this.shownCount).map((result) => ({
      course: result.prepared.course,
      sessions: result.upcoming.slice(0, 20).map((session) => ({ start: session.startLocal, end: session.endLocal })),
    }));
    const text = coursesJsonLdText(listed, this.locale);
    if (!this.jsonLdScript) {
      this.jsonLdScript = document.createElement('script');
      this.jsonLdScript.type = 'application/ld+json';
      this.jsonLdScript.dataset.dvCourseFinder = '';
    }
    if (this.jsonLdScript.parentNode !== this) this.append(this.jsonLdScript);
    if (this.jsonLdScript.textContent !== text) this.jsonLdScript.textContent = text;
  }

  protected renderReady(): unknown {
    const locale = this.locale;
    const state = this.state;
    const shown = this.results.slice(0, this.shownCount);
    const left = this.results.length - shown.length;
    const year = this.engine?.amsterdamToday(this.now).slice(0, 4) ?? '';
    return html`
      <div class="finder">
        ${this.heading(msg('Cursussen digitale vaardigheden'), 'heading')}
        ${this.demo
          ? html`<p class="demo-note" part="demo-note">
              <strong>${msg('Voorbeeldgegevens.')}</strong> ${msg('Deze cursussen zijn verzonnen, om te laten zien hoe het werkt.')}
            </p>`
          : nothing}
        <form class="search" part="search" role="search" @submit=${this.onSubmit} aria-label=${msg('Zoek een cursus')}>
          <div class="field grow">
            <label for="q">${msg('Zoek op woord')}</label>
            <input id="q" type="search" autocomplete="off" .value=${state.q}
              placeholder=${msg('bijvoorbeeld: tablet, DigiD, veilig')}
              @input=${(event: Event) => this.change({ q: (event.target as HTMLInputElement).value }, 'later')} />
          </div>
          <div class="field">
            <label for="where">${msg('Postcode of woonplaats')}</label>
            <input id="where" type="text" autocomplete="postal-code" .value=${state.postcode}
              aria-describedby=${this.placeProblem ? 'where-problem' : nothing}
              aria-invalid=${this.placeProblem ? 'true' : 'false'}
              @change=${this.onWhere} />
          </div>
          <div class="field">
            <label for="distance">${msg('Afstand')}</label>
            <select id="distance" @change=${(event: Event) => this.change({ distance: Number((event.target as HTMLSelectElement).value) })}>
              <option value="0" ?selected=${!state.distance}>${msg('Alle afstanden')}</option>
              ${[...new Set([...DISTANCES, ...(state.distance ? [state.distance] : [])])]
                .sort((a, b) => a - b)
                .map((km) => html`<option value=${km} ?selected=${state.distance === km}>${msg(str`Tot ${km} km`)}</option>`)}
            </select>
          </div>
          <button type="submit">${msg('Zoeken')}</button>
        </form>
        ${this.placeNotes && (this.origin || this.placeProblem)
          ? this.placeNotes.placeNote(this.origin, this.placeProblem)
          : state.distance
            ? html`<p class="muted">${msg('Vul je postcode in om op afstand te zoeken.')}</p>`
            : nothing}
        ${filterPanel(
          {
            locale,
            state,
            choices: this.choices,
            onToggle: (key, value, on) => this.toggleFilter(key, value, on),
            onFree: (on) => this.change({ free: on }),
          },
          this.filtersOpen,
          (open) => {
            this.filtersOpen = open;
            if (open) void this.loadFilterGroups();
          },
          this.filterGroups,
        )}
        <div class="result-bar">
          <p class="count" part="count" role="status" tabindex="-1">${this.countText()}</p>
          ${this.origin && this.placeNotes ? this.placeNotes.sortChoice(this.sortInUse(), (sort) => this.change({ sort })) : nothing}
          ${activeFilterCount(state) || state.q || state.distance
            ? html`<button type="button" class="secondary" @click=${this.clearAll}>${msg('Wis filters')}</button>`
            : nothing}
        </div>
        ${this.results.length === 0 && this.noResults
          ? this.noResults.noResults(state, DISTANCES, {
              change: (patch) => this.change(patch),
              clearFilters: () => this.clearFilters(),
            })
          : nothing}
        <ul class="list" part="list">
          ${shown.map(
            (result) => html`<li data-course=${result.prepared.course.id}>
              ${courseCard(result, {
                locale,
                level: Math.min(6, this.level + 1),
                year,
                open: this.openCourse === result.prepared.course.id,
                details: this.details,
                onToggle: () => this.toggleCourse(result.prepared.course),
                onCalendar: () => this.downloadCalendar(result),
              })}
            </li>`,
          )}
        </ul>
        ${left > 0
          ? html`<button type="button" class="more secondary" part="more" @click=${this.showMore}>
              ${msg(str`Toon meer (nog ${left})`)}
            </button>`
          : nothing}
      </div>
    `;
  }

  private toggleFilter(key: ListKey, value: string, on: boolean): void {
    const current = this.state[key] as readonly string[];
    const next = on ? [...new Set([...current, value])] : current.filter((item) => item !== value);
    this.change({ [key]: next } as Partial<FinderState>);
  }

  private readonly onWhere = async (event: Event) => {
    const postcode = (event.target as HTMLInputElement).value;
    this.state = { ...this.state, postcode, sort: '' };
    await this.findPlace(postcode);
    this.refresh('now', true);
  };

  private readonly onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const q = (form.querySelector('#q') as HTMLInputElement).value;
    const postcode = (form.querySelector('#where') as HTMLInputElement).value;
    if (postcode !== this.state.postcode) {
      this.state = { ...this.state, postcode, sort: '' };
      await this.findPlace(postcode);
    }
    this.change({ q });
    // A place we do not know is said (role=alert) and the field is where to fix it.
    this.focusAfterUpdate = this.placeProblem ? 'where' : 'count';
  };

  private readonly clearAll = () => {
    this.state = { ...EMPTY_STATE, postcode: this.state.postcode, sort: this.state.sort };
    this.refresh('now', true);
    this.focusAfterUpdate = 'count';
  };
}

/** The filter choices the courses offer, in a fixed order. */
function choicesOf(courses: readonly Course[]): FilterChoices {
  const topics = new Set<string>();
  const programmes = new Set<string>();
  const formats = new Set<CourseFormat>();
  let anyFree = false;
  for (const course of courses) {
    course.topics?.forEach((topic) => topics.add(topic));
    if (course.programme) programmes.add(course.programme.toLowerCase());
    formats.add(course.format);
    if (course.price === 0) anyFree = true;
  }
  return {
    topics: TOPICS.filter((topic) => topics.has(topic)),
    programmes: [...programmes].sort(),
    formats: FORMATS.filter((format) => formats.has(format)),
    anyFree,
  };
}
