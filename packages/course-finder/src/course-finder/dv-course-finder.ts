import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import {
  Announcer,
  DvElement,
  finderLayoutStyles,
  FocusAfterUpdate,
  NONE,
  parseChoice,
  parseInteger,
  problemFrom,
  ReadAloudPart,
  type LoadContext,
  nearViewport,
  skeleton,
  skeletonStyles,
} from '@digivaardig/core';
import { resultsJsonLdText } from '../jsonld.js';
import { loadCourses } from '../data/courses-source.js';
import { courseData, type CourseData } from '../data/course-data.js';
import { parseToday } from '../data/today.js';
import { searchCourses, type CourseResult } from '../search/filter.js';
import { amsterdamToday } from '../search/prepare.js';
import { courseQuery, EMPTY_STATE, sortOf, stateFromAttributes, type FinderState } from '../state.js';
import type { Course } from '../types.js';
import { courseCard } from './course-card.js';
import { courseFinderStyles } from './dv-course-finder.styles.js';
import { activeFilterCount, filterPanel, type ListKey } from './filter-panel.js';
import { FinderLink } from './finder-link.js';
import { JsonLdController } from './jsonld-controller.js';
import { LazyPart } from './lazy-part.js';
import { placeLookup } from './place-lookup.js';
import { countText, courseList, resultBar } from './result-list.js';
import { DISTANCES, placeLine, searchForm } from './search-form.js';
import { SelfCheckFollower } from './self-check-follower.js';

/** The attributes the finder starts from; one changed later is a new start. */
const STARTING_POINT = ['query', 'postcode', 'maxDistance', 'topics', 'programmes', 'formats', 'free'];
const JSONLD = ['on', NONE] as const;

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
 * @attr programmes - Preselected programmes, comma-separated (`klik-en-tik,digisterker`).
 * @attr formats - Preselected kinds, comma-separated: `group`, `individual`, `walk-in`, `online`.
 * @attr free - Boolean: only free courses at first.
 * @attr page-size - How many courses show before "Toon meer"; `10` (default).
 * @attr follow-self-check - Boolean: when a `<dv-self-check>` on the page finishes, select the topics of its weakest areas.
 * @attr jsonld - On by default: writes schema.org Course JSON-LD for the listed courses into the page; `jsonld="none"` does not.
 * @attr read-aloud - `auto` (default) or `none`: `none` hides the "Lees voor" button (for a site with its own read-aloud tool). With `auto` the button shows when the device has a local voice for the finder's language; it reads the first five courses of the list (title, next meeting, where, price).
 * @attr sync-url - Boolean: keep search and filters in the page address (`#dv-course-finder?topics=safety`), so a link can be shared.
 * @attr today - For previews and tests: the date (`2025-01-06`, or `2025-01-06T14:00`) the widget takes as now; the sample data moves to that week.
 *
 * @fires dv-course-select - The visitor opened a course's details. `detail: { course }`: the course as normalised (sessions as `{ start, end }` in ISO Amsterdam time).
 *
 * @csspart heading - The widget's heading.
 * @csspart demo-note - The "Voorbeeldgegevens" note shown with the sample data.
 * @csspart topic-note - The note that a topic asked for (by a self-check's advice link or `topics`) has no courses in the feed.
 * @csspart search - The search form.
 * @csspart filters - The filter disclosure.
 * @csspart filter-group - One fieldset of filters.
 * @csspart count - The result count (a live region).
 * @csspart list - The list of courses.
 * @csspart course - One course card.
 * @csspart course-labels - A card's programme, kind and own tags (words of the feed shown as written).
 * @csspart course-title - A card's title.
 * @csspart signup - A card's sign-up link.
 * @csspart calendar-button - A card's "Zet in je agenda" button.
 * @csspart details-button - A card's "Meer over deze cursus" button.
 * @csspart course-details - A card's opened details.
 * @csspart more - The "Toon meer" button.
 * @csspart read-aloud - The "Lees voor" controls below the heading and, while reading, the text being read.
 * @csspart read-aloud-button - The button that starts, pauses and goes on.
 * @csspart read-aloud-stop - The Stop button (while reading).
 * @csspart read-aloud-text - The sentences being read, the current one highlighted.
 */
export class DvCourseFinder extends DvElement<CourseData> {
  static override styles = [...DvElement.styles, skeletonStyles, finderLayoutStyles, courseFinderStyles];

  static override properties: PropertyDeclarations = {
    query: {},
    postcode: {},
    maxDistance: { attribute: 'max-distance' },
    topics: {},
    programmes: {},
    formats: {},
    free: { type: Boolean },
    pageSize: { attribute: 'page-size' },
    followSelfCheck: { type: Boolean, attribute: 'follow-self-check' },
    jsonld: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    today: {},
    state: { state: true },
    shown: { state: true },
    openCourse: { state: true },
    filtersOpen: { state: true },
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
  programmes = '';
  /** Preselected kinds, comma-separated: `group`, `individual`, `walk-in`, `online`. */
  formats = '';
  /** Only free courses at first. */
  free = false;
  /** How many courses show before "Toon meer"; `10` (default). */
  pageSize = '';
  /** When a `<dv-self-check>` on the page finishes, select the topics of its weakest areas. */
  followSelfCheck = false;
  /** On by default: writes schema.org JSON-LD for the listed courses into the page; `none` does not. */
  jsonld = '';
  /** Keep search and filters in the page address, so a link can be shared. */
  syncUrl = false;
  /** For previews and tests: the date the widget takes as now (`2025-01-06`). */
  today = '';

  // `private`, not `#`: esbuild lowers `#` members to WeakMaps here (0.3 KB more on the page).

  /** @internal What the visitor searches for and filters on. */
  private state: FinderState = { ...EMPTY_STATE };
  /** @internal How many results show; "Toon meer" adds a page. */
  private shown = 10;
  /** @internal The id of the course whose details are open. */
  private openCourse = '';
  /** @internal Whether the filter disclosure is open. */
  private filtersOpen = false;

  /** The courses that fit, derived in willUpdate from the data, the state and the place. */
  private results: readonly CourseResult[] = [];
  /** Topics a link or attribute asked for that the feed has no course on (said in a note). */
  private missingTopics: readonly string[] = [];
  /** What results were searched from. */
  private searchedFrom: readonly unknown[] = [];
  /** How the live region follows the next search: at once, or when the visitor pauses typing. */
  private announce: 'now' | 'later' = 'now';

  private readonly announcer = new Announcer(this);
  /** @internal "Lees voor": the first courses of the list. */
  private readonly readAloud = new ReadAloudPart(this, this.t);
  private readonly focusAfterUpdate = new FocusAfterUpdate(this);
  private readonly place = placeLookup(
    this,
    () => this.state.postcode,
    (error) => this.fail(problemFrom(error), error),
    // A `postcode` attribute that names no place: the webmaster hears it once (visitors see the note).
    (text) => text === this.postcode.trim() && this.warnOnce('postcode', this.postcode, ''),
  );
  private readonly link = new FinderLink(this, (state, later) => this.followLink(state, later));
  private readonly selfCheck = new SelfCheckFollower(this, (topics) => this.change({ topics }));
  private readonly jsonLd = new JsonLdController(this, () => this.jsonLdText());
  private readonly filterGroups = new LazyPart(this, () => import('./filter-groups.js'), (module) => module.filterGroupStyles);
  private readonly details = new LazyPart(this, () => import('./course-details.js'), (module) => module.courseDetailStyles);
  private readonly noResults = new LazyPart(this, () => import('./no-results.js'), (module) => module.noResultStyles);

  /** The courses are the data (and `today` moves the sample); search, filters and paging work on them. */
  protected override loadArgs(): readonly unknown[] {
    return [this.src, this.today];
  }

  /** The instant the widget takes as now: `today` when given, else the clock. */
  private get now(): number {
    return this.checked('today', this.today, parseToday(this.today)) ?? Date.now();
  }

  private get pageLength(): number {
    return this.checked('page-size', this.pageSize, parseInteger(this.pageSize, 1, 100, 10));
  }

  protected async load({ signal, fresh, report }: LoadContext): Promise<CourseData> {
    // Far below the fold the list waits (as a skeleton of its final height) until the
    // visitor scrolls towards it or prints: the first screen is not held up by courses
    // no one sees yet.
    await nearViewport(this);
    const now = this.now;
    const courses = await loadCourses(this.src, { signal, tag: this.localName, fresh, today: amsterdamToday(now), onReport: report, host: this });
    // The first list shows as it stays: with the filters of a link the page opened with,
    // and measured from the place asked for (no jump to another order, no second count).
    await this.link.started;
    await this.updateComplete;
    await this.place.taskComplete.catch(() => undefined);
    return courseData(courses, now);
  }

  protected countOf(data: CourseData): number {
    return data.upcoming;
  }

  /** Loads the courses again, skipping caches, as the retry button does; looks the place up again when that is what failed. */
  override reload(): void {
    super.reload();
    if (this.place.status === TaskStatus.ERROR) void this.place.run();
  }

  /** While loading: a skeleton of the search form and the first rows of the list. */
  protected override renderLoading(): TemplateResult {
    return skeleton(super.renderLoading(), ['block', 'block', 'short', 'row', 'row', 'row']);
  }

  protected override emptyMessage(): string {
    return this.t.msg('Er zijn op dit moment geen cursussen gepland. Kijk later nog eens, of vraag het de bibliotheek.', { id: 'courses.finder.no-courses-are-planned' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || STARTING_POINT.some((name) => changed.has(name))) {
      const { state, problems } = stateFromAttributes(this);
      for (const { attribute, value, fallback } of problems) this.warnOnce(attribute, value, fallback);
      this.state = state;
    }
    if (changed.has('pageSize')) this.shown = this.pageLength;
    this.search();
  }

  /** Searches again when the courses, the state or the place changed, and says the new count. */
  private search(): void {
    const data = this.data.value;
    const place = this.place.value;
    const from = [data, this.state, place];
    if (from.every((input, index) => input === this.searchedFrom[index])) return;
    this.searchedFrom = from;
    if (!data) return;
    // A topic the feed has no course for (an advice link, an attribute) would leave nothing:
    // it is dropped, and the visitor sees the courses near them instead.
    const topics = this.state.topics.filter((topic) => data.choices.topics.includes(topic));
    if (topics.length !== this.state.topics.length) {
      // ...and told why (the note comes with the filter part).
      this.missingTopics = this.state.topics.filter((topic) => !topics.includes(topic));
      this.state = { ...this.state, topics };
      void this.filterGroups.fetch();
    }
    this.searchedFrom = [data, this.state, place];
    this.results = searchCourses(data.courses, courseQuery(this.state, place), this.now);
    this.shown = this.pageLength;
    if (this.results.length === 0) void this.noResults.fetch();
    // The chips of filters that are on come with the filter part.
    if (activeFilterCount(this.state)) void this.filterGroups.fetch();
    const count = this.results.length;
    const sort = sortOf(this.state, place);
    // While typing, one announcement when the visitor pauses, not one per letter.
    if (this.announce === 'later') this.announcer.sayAfterPause(() => countText(this.t, count, sort));
    else this.announcer.say(() => countText(this.t, count, sort));
    this.announce = 'now';
  }

  /** A visitor's change (or the self-check's); with `sync-url` it goes into the address. */
  private change(patch: Partial<FinderState>, announce: 'now' | 'later' = 'now'): void {
    this.missingTopics = [];
    this.state = { ...this.state, ...patch };
    this.announce = announce;
    this.link.remember(this.state);
  }

  /**
   * A link to this finder: at the start on top of the attributes, later a new start. The
   * visitor's place, distance and order stay unless the link names its own (the
   * self-check's advice links name only topics).
   */
  private followLink(linked: Partial<FinderState>, later: boolean): void {
    this.missingTopics = [];
    const { postcode, maxDistance, sort } = this.state;
    this.state = later ? { ...EMPTY_STATE, postcode, maxDistance, sort, ...linked } : { ...this.state, ...linked };
    if (later && (this.phase === 'ready' || this.phase === 'loading')) {
      this.scrollIntoView({ block: 'start' });
      // A finder still waiting below the fold loads its courses now; focus follows them.
      if (this.phase === 'ready') this.focusCount();
      else this.addEventListener('dv-ready', () => this.focusCount(), { once: true });
    }
  }

  private focusCount(): void {
    this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>('.count'));
  }

  private jsonLdText(): string | undefined {
    const on = this.checked('jsonld', this.jsonld, parseChoice(this.jsonld, JSONLD, 'on')) !== NONE;
    return on && this.phase === 'ready' ? resultsJsonLdText(this.results.slice(0, this.shown), this.locale) : undefined;
  }

  protected override widgetTitle(): string {
    return this.t.msg('Cursussen digitale vaardigheden', { id: 'courses.finder.digital-skills-courses' });
  }

  /** "Lees voor" while there are courses: the first few; another list stops a reading. */
  private renderReadAloud(): unknown {
    const results = this.results;
    if (!results.length) {
      this.readAloud.stop();
      return nothing;
    }
    const screen = `${results.length}:${results.slice(0, 5).map((result) => result.prepared.course.id).join(',')}`;
    return this.readAloud.render(
      () => import('../read-aloud/script.js').then(({ coursesScript }) => coursesScript(this.t, results)),
      screen,
    );
  }

  protected renderReady(data: CourseData): unknown {
    const { locale, state } = this;
    const place = this.place.value;
    const year = amsterdamToday(this.now).slice(0, 4);
    return html`
      <div class="finder">
        ${this.heading(this.widgetTitle(), 'heading')}
        ${this.renderReadAloud()}
        ${data.demo
          ? html`<p class="status demo-note" part="demo-note">
              <strong>${this.t.msg('Voorbeeldgegevens.', { id: 'courses.finder.sample-data' })}</strong> ${this.t.msg('Deze cursussen zijn verzonnen, om te laten zien hoe het werkt.', { id: 'courses.finder.these-courses-are-made' })}
            </p>`
          : nothing}
        ${searchForm(this.t, state, place?.problem, {
          onQuery: (query) => this.change({ query }, 'later'),
          onWhere: (postcode) => this.change({ postcode, sort: '' }),
          onDistance: (maxDistance) => this.change({ maxDistance }),
          onSubmit: (query, postcode) => void this.submit(query, postcode),
        })}
        ${placeLine(this.t, place, state.maxDistance, (postcode) => void this.submit(state.query, postcode))}
        ${filterPanel(
          {
            t: this.t,
            state,
            choices: data.choices,
            onToggle: (key, value, on) => this.toggleFilter(key, value, on),
            onFree: (free) => this.change({ free }),
          },
          this.filtersOpen,
          (open) => {
            this.filtersOpen = open;
            if (open) void this.filterGroups.fetch();
          },
          this.filterGroups.module,
        )}
        ${this.missingTopics.length && this.filterGroups.module ? this.filterGroups.module.missingTopicsNote(this.t, this.missingTopics) : nothing}
        ${resultBar(this.t, 
          this.announcer.text,
          state,
          place?.origin ? place.notes.sortChoice(this.t, sortOf(state, place), (sort) => this.change({ sort })) : nothing,
          this.clearAll,
        )}
        ${this.results.length === 0 && this.noResults.module
          ? this.noResults.module.noResults(this.t, state, DISTANCES, { change: (patch) => this.change(patch), clearFilters: this.clearFilters })
          : nothing}
        ${courseList(this.t, 
          this.results.slice(0, this.shown),
          Math.max(0, this.results.length - this.shown),
          (result) =>
            courseCard(result, {
              t: this.t,
              level: Math.min(6, this.level + 1),
              year,
              open: this.openCourse === result.prepared.course.id,
              details: this.details.module,
              formatDistance: place?.notes.formatDistance,
              onToggle: () => this.toggleCourse(result.prepared.course),
              onCalendar: () => this.downloadCalendar(result),
            }),
          this.showMore,
        )}
      </div>
    `;
  }

  /** "Zoeken": a place we do not know is said (an alert) and its field is where to fix it. */
  private async submit(query: string, postcode: string): Promise<void> {
    this.change(postcode === this.state.postcode ? { query } : { query, postcode, sort: '' });
    await this.updateComplete;
    await this.place.taskComplete.catch(() => undefined);
    this.focusAfterUpdate.request(() => (this.place.value?.problem ? this.renderRoot.querySelector<HTMLElement>('#where') : this.countInView()));
  }

  /**
   * The count, scrolled to the top of the screen when the first course would otherwise not
   * be seen whole (a phone): after a search the visitor sees the first result without scrolling.
   */
  private countInView(): HTMLElement | null {
    const count = this.renderRoot.querySelector<HTMLElement>('.count');
    const first = this.renderRoot.querySelector('[part="course-title"]');
    if (count && first && first.getBoundingClientRect().bottom > innerHeight) count.scrollIntoView({ block: 'start' });
    return count;
  }

  private toggleFilter(key: ListKey, value: string, on: boolean): void {
    const current = this.state[key] as readonly string[];
    const next = on ? [...new Set([...current, value])] : current.filter((item) => item !== value);
    this.change({ [key]: next } as Partial<FinderState>);
  }

  private readonly clearFilters = () => {
    this.change({ topics: [], programmes: [], formats: [], days: [], times: [], free: false });
    this.focusCount();
  };

  private readonly clearAll = () => {
    this.change({ ...EMPTY_STATE, postcode: this.state.postcode, sort: this.state.sort });
    this.focusCount();
  };

  private readonly showMore = () => {
    const first = this.results[this.shown];
    this.shown += this.pageLength;
    if (first) this.focusAfterUpdate.request(() => this.renderRoot.querySelector<HTMLElement>(`[data-course="${CSS.escape(first.prepared.course.id)}"] article`));
  };

  private async toggleCourse(course: Course): Promise<void> {
    const opening = this.openCourse !== course.id;
    if (opening) await this.details.fetch();
    this.openCourse = opening ? course.id : '';
    if (opening) this.emit('dv-course-select', { course });
  }

  /** An .ics file with the course's sessions still to come; the calendar writer comes with the first press. */
  private async downloadCalendar(result: CourseResult): Promise<void> {
    const course = result.prepared.course;
    const sessions = result.upcoming.map((session) => ({ start: session.startLocal, end: session.endLocal }));
    const locale = this.locale;
    const [{ courseCalendar, calendarFileName }, { downloadText }] = await Promise.all([import('../calendar/ics.js'), import('./download.js')]);
    const text = courseCalendar(course, { locale, now: Date.now(), sessions });
    downloadText(this.renderRoot as ShadowRoot, text, calendarFileName(course), 'text/calendar;charset=utf-8');
  }
}
