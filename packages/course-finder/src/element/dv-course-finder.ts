import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { DvElement, isTopic, parseChoice, parseDecimal, parseInteger, TOPICS } from '@digivaardig/core';
import { loadCourses } from '../data/courses-source.js';
import { amsterdamInstant } from '../data/amsterdam-instant.js';
import type { Origin, PlaceProblem } from '../data/place-lookup.js';
import type { CourseResult } from '../search/filter.js';
import type { PreparedCourse } from '../search/prepare.js';

type SearchEngine = typeof import('../search/engine.js');
import { EMPTY_STATE, hashQuery, type FinderState } from '../state.js';
import { FORMATS, type Course, type CourseFormat } from '../types.js';
import { courseCard } from './course-card.js';
import { courseFinderStyles } from './dv-course-finder.styles.js';
import { activeFilterCount, filterPanel, type FilterChoices, type ListKey } from './filter-panel.js';

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
 * @attr jsonld - `on` (default) writes schema.org Course JSON-LD for the listed courses into the page; `off` does not.
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
  static override styles = [...DvElement.styles, courseFinderStyles];

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
  /** `on` (default) writes schema.org JSON-LD for the listed courses into the page; `off` does not. */
  jsonld = '';
  /** Keep search and filters in the page address, so a link can be shared. */
  syncUrl = false;
  /** For previews and tests: the date the widget takes as now (`2025-01-06`). */
  today = '';

  /** @internal */
  private state: FinderState = { ...EMPTY_STATE };
  /** @internal */
  private origin: Origin | undefined;
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

  /** Search and dates, loaded with the data. */
  private engine: SearchEngine | undefined;
  private courses: PreparedCourse[] = [];
  private choices: FilterChoices = { topics: [], programmes: [], formats: [], anyFree: false };
  private demo = false;
  private results: CourseResult[] = [];
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterUpdate: string | undefined;
  private jsonLdScript: HTMLScriptElement | undefined;
  private placeRequest = 0;

  private readonly onSelfCheck = async (event: Event) => {
    if (!this.followSelfCheck || this.phase !== 'ready') return;
    const { topicsFromSelfCheck } = await import('../self-check-topics.js');
    const topics = topicsFromSelfCheck((event as CustomEvent).detail);
    if (topics.length) this.change({ topics }, 'now');
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
    this.jsonLdScript?.remove();
    this.jsonLdScript = undefined;
  }

  protected async load(signal: AbortSignal): Promise<number> {
    const now = this.now;
    const engine = (this.engine ??= await import('../search/engine.js'));
    const { amsterdamToday, prepareCourses, searchCourses } = engine;
    const courses = await loadCourses(this.src, { signal, tag: this.localName, fresh: this.retrying, today: amsterdamToday(now) });
    this.courses = prepareCourses(courses);
    this.demo = courses.some((course) => course.demo);
    this.choices = choicesOf(courses);
    this.state = { ...this.stateFromAttributes(), ...(await this.hashState()) };
    await this.findPlace(this.state.postcode);
    this.refresh('now');
    return searchCourses(this.courses, {}, now).length;
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

  private async hashState(): Promise<Partial<FinderState>> {
    const query = hashQuery(location.hash, this.hashKey);
    if (query === undefined) return {};
    const { parseState } = await import('../url-state.js');
    return parseState(query);
  }

  /** A link to this finder (a shared link, or the self-check's advice) was followed. */
  private async applyHash(moved: boolean): Promise<void> {
    const query = hashQuery(location.hash, this.hashKey);
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
    void this.writeJsonLd();
    const target = this.focusAfterUpdate;
    if (target) {
      this.focusAfterUpdate = undefined;
      const element = target === 'count' ? this.renderRoot.querySelector<HTMLElement>('.count') : this.renderRoot.querySelector<HTMLElement>(`[data-course="${CSS.escape(target)}"] article`);
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
    const { findOrigin } = await import('../data/place-lookup.js');
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
        maxDistanceKm: state.distance || undefined,
        sort: state.sort || (this.origin ? 'distance' : 'date'),
      },
      this.now,
    );
    this.shownCount = this.pageLength;
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

  private placeProblemText(): string {
    const problem = this.placeProblem;
    if (!problem) return '';
    if (problem.code === 'unknown-postcode') return msg(str`Postcode ${problem.text} kennen we niet. Probeer een postcode in de buurt.`);
    if (problem.code === 'postcode-format') return msg('Vul een postcode in zoals 2311 EZ, of de naam van je woonplaats.');
    return msg(str`We kennen geen plaats die "${problem.text}" heet. Probeer je postcode.`);
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

  private toggleCourse(course: Course): void {
    const opening = this.openCourse !== course.id;
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

  /**
   * The JSON-LD child in the light DOM: made with createElement and textContent only. Its
   * writer is fetched after the first render, so it never delays what the visitor sees.
   */
  private async writeJsonLd(): Promise<void> {
    const on = this.checked('jsonld', this.jsonld, parseChoice(this.jsonld, ['on', 'off'] as const, 'on')) === 'on';
    if (!on || this.phase !== 'ready') {
      this.jsonLdScript?.remove();
      this.jsonLdScript = undefined;
      return;
    }
    const listed = this.results.slice(0, this.shownCount).map((result) => ({
      course: result.prepared.course,
      sessions: result.upcoming.slice(0, 20).map((session) => ({ start: session.startLocal, end: session.endLocal })),
    }));
    const locale = this.locale;
    const { coursesJsonLdText } = await import('../jsonld.js');
    if (this.phase !== 'ready' || !this.isConnected) return;
    const text = coursesJsonLdText(listed, locale);
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
        ${this.placeProblem ? html`<p class="problem" id="where-problem">${this.placeProblemText()}</p>` : nothing}
        ${this.origin && !this.placeProblem
          ? html`<p class="muted">${msg(str`Afstand gemeten vanaf ${this.origin.label}.`)}</p>`
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
          (open) => (this.filtersOpen = open),
        )}
        <div class="result-bar">
          <p class="count" part="count" role="status" tabindex="-1">${this.countText()}</p>
          ${this.origin
            ? html`<fieldset class="sort">
                <legend>${msg('Volgorde')}</legend>
                ${(['date', 'distance'] as const).map(
                  (sort) => html`<label class="check">
                    <input type="radio" name="sort" value=${sort} .checked=${this.sortInUse() === sort}
                      @change=${() => this.change({ sort })} />
                    <span>${sort === 'date' ? msg('Eerstvolgende eerst') : msg('Dichtstbij eerst')}</span>
                  </label>`,
                )}
              </fieldset>`
            : nothing}
          ${activeFilterCount(state) || state.q || state.distance
            ? html`<button type="button" class="secondary" @click=${this.clearAll}>${msg('Wis filters')}</button>`
            : nothing}
        </div>
        ${this.results.length === 0 ? this.renderNoResults() : nothing}
        <ul class="list" part="list">
          ${shown.map(
            (result) => html`<li data-course=${result.prepared.course.id}>
              ${courseCard(result, {
                locale,
                level: Math.min(6, this.level + 1),
                year,
                open: this.openCourse === result.prepared.course.id,
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

  /** No course fits: say what to loosen, each as a button that does it. */
  private renderNoResults(): unknown {
    const state = this.state;
    const wider = state.distance ? DISTANCES.find((km) => km > state.distance) : undefined;
    return html`<div class="no-results">
      <p>${msg('Probeer het zo:')}</p>
      <ul class="suggestions">
        ${state.distance
          ? html`<li><button type="button" class="secondary" @click=${() => this.change({ distance: wider ?? 0 })}>
              ${wider ? msg(str`Zoek verder weg (tot ${wider} km)`) : msg('Zoek op alle afstanden')}
            </button></li>`
          : nothing}
        ${state.q
          ? html`<li><button type="button" class="secondary" @click=${() => this.change({ q: '' })}>${msg('Wis je zoekwoorden')}</button></li>`
          : nothing}
        ${activeFilterCount(state)
          ? html`<li><button type="button" class="secondary" @click=${this.clearFilters}>${msg('Zet alle filters uit')}</button></li>`
          : nothing}
        <li>${msg('Vraag in de bibliotheek naar hulp. Daar weten ze wat er in de buurt is.')}</li>
      </ul>
    </div>`;
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
    this.focusAfterUpdate = 'count';
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
