/*
 * The "Gegevens controleren" page's tool: choose a widget and a file (drop, file button,
 * an address, or one of the samples), and see that widget with `check` and that data. The
 * widget sits in the light DOM of the page, like on a real page. A file never leaves the
 * browser: it is given to the widget as a `blob:` address, revoked when it is replaced.
 */
import { html, render } from 'lit';

interface WidgetChoice {
  tag: 'dv-stat-grid' | 'dv-stat-card' | 'dv-self-check' | 'dv-ido-finder' | 'dv-course-finder';
  label: string;
  /** The format, as docs/data-formats.md names it. */
  format: string;
  /** Attributes that make the check useful (a finder shows a list without a search). */
  attributes?: Record<string, string>;
  samples: { label: string; src: string }[];
}

export const WIDGETS: WidgetChoice[] = [
  {
    tag: 'dv-stat-grid',
    label: 'Stat grid (all statistics in the file)',
    format: 'statistic',
    samples: [
      { label: 'Statistics with bad rows (JSON)', src: 'assets/statistics-bad-rows.json' },
      { label: 'Statistics (CSV)', src: 'assets/statistics-sample.csv' },
    ],
  },
  {
    tag: 'dv-stat-card',
    label: 'Stat card (the first statistic in the file)',
    format: 'statistic',
    samples: [{ label: 'Statistics (CSV)', src: 'assets/statistics-sample.csv' }],
  },
  {
    tag: 'dv-self-check',
    label: 'Self-check (a question set)',
    format: 'question-set',
    samples: [
      { label: 'A library’s own question set', src: 'assets/self-check-library-set.json' },
      { label: 'A question set with a mistake', src: 'assets/self-check-invalid-set.json' },
    ],
  },
  {
    tag: 'dv-ido-finder',
    label: 'IDO finder (locations)',
    format: 'location',
    attributes: { map: 'none' },
    samples: [
      { label: 'Locations (CSV, postcodes only)', src: 'assets/locations-sample.csv' },
      { label: 'Locations (JSON)', src: 'assets/locations-sample.json' },
    ],
  },
  {
    tag: 'dv-course-finder',
    label: 'Course finder (courses)',
    format: 'course',
    samples: [
      { label: 'Courses (CSV)', src: 'assets/courses-sample.csv' },
      { label: 'Courses with bad rows (JSON)', src: 'assets/courses-bad-rows.json' },
    ],
  },
];

interface State {
  widget: WidgetChoice;
  src: string;
  /** What the visitor reads about the data on show: a file name, an address, a sample. */
  name: string;
  lang: 'nl' | 'en';
  dragging: boolean;
}

/** Builds the tool; returns its root element (Storybook puts it on the page). */
export function checkPage(): HTMLElement {
  const root = document.createElement('div');
  root.className = 'dv-check-page';
  const first = WIDGETS[0]!;
  const state: State = { widget: first, src: first.samples[0]!.src, name: first.samples[0]!.label, lang: 'nl', dragging: false };
  let blobUrl: string | undefined;
  const preview = document.createElement('div');
  preview.className = 'preview';

  /** Shows `src` in the chosen widget, with `check`; a new element each time, as a new page would. */
  const show = () => {
    const { widget } = state;
    const el = document.createElement(widget.tag);
    el.setAttribute('check', '');
    el.setAttribute('lang', state.lang);
    for (const [name, value] of Object.entries(widget.attributes ?? {})) el.setAttribute(name, value);
    el.setAttribute('src', state.src);
    preview.replaceChildren(el);
    draw();
  };

  /** Shows another source; a file's `blob:` address is revoked once nothing shows it. */
  const use = (src: string, name: string) => {
    if (blobUrl && src !== blobUrl) {
      URL.revokeObjectURL(blobUrl);
      blobUrl = undefined;
    }
    state.src = src;
    state.name = name;
    show();
  };

  const useBlob = (file: File) => {
    const previous = blobUrl;
    blobUrl = URL.createObjectURL(file);
    if (previous) URL.revokeObjectURL(previous);
    use(blobUrl, file.name);
  };

  const onFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) useBlob(file);
    input.value = '';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    state.dragging = false;
    const file = event.dataTransfer?.files?.[0];
    if (file) useBlob(file);
    else draw();
  };

  const onDrag = (event: DragEvent, over: boolean) => {
    event.preventDefault();
    if (state.dragging !== over) {
      state.dragging = over;
      draw();
    }
  };

  const onAddress = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('address') as HTMLInputElement;
    const address = input.value.trim();
    if (address) use(address, address);
  };

  const onWidget = (event: Event) => {
    const next = WIDGETS.find((widget) => widget.tag === (event.target as HTMLSelectElement).value) ?? first;
    // A sample of another format means nothing to this widget: take this one's first sample.
    const sample = state.widget.samples.some((s) => s.src === state.src) || state.src === '' ? next.samples[0]! : undefined;
    state.widget = next;
    if (sample) use(sample.src, sample.label);
    else show();
  };

  const onSample = (event: Event) => {
    const sample = state.widget.samples.find((s) => s.src === (event.target as HTMLSelectElement).value);
    if (sample) use(sample.src, sample.label);
  };

  const onLang = (event: Event) => {
    state.lang = (event.target as HTMLSelectElement).value === 'en' ? 'en' : 'nl';
    show();
  };

  const draw = () =>
    render(
      html`<style>
          .dv-check-page { font: 16px/1.5 system-ui, sans-serif; color: #1b1b1f; max-width: 60rem; }
          .dv-check-page .controls { display: grid; gap: 1rem; margin-bottom: 1.5rem; }
          .dv-check-page label { font-weight: 600; display: block; }
          .dv-check-page select, .dv-check-page input[type='url'] { font: inherit; padding: 0.4rem; min-height: 2.75rem; max-width: 100%; }
          .dv-check-page input[type='url'] { width: 32rem; }
          .dv-check-page button { font: inherit; min-height: 2.75rem; padding: 0.4rem 1rem; }
          .dv-check-page .drop { border: 2px dashed #6b7280; border-radius: 0.5rem; padding: 1.25rem; background: #f8f9fb; }
          .dv-check-page .drop.over { border-color: #1f4e99; background: #eaf1fb; }
          .dv-check-page .drop p { margin: 0 0 0.5rem; }
          .dv-check-page .privacy { font-weight: 600; }
          .dv-check-page .status { margin: 0 0 1rem; color: #4b4f58; }
          .dv-check-page .preview { border-top: 1px solid #d0d4da; padding-top: 1rem; }
          .dv-check-page :focus-visible { outline: 3px solid #9a3412; outline-offset: 2px; }
        </style>
        <div class="controls">
          <p class="privacy">
            Nothing is uploaded anywhere: your file stays in your browser. Het bestand blijft op je eigen computer.
          </p>
          <div>
            <label for="dv-check-widget">Widget</label>
            <select id="dv-check-widget" @change=${onWidget}>
              ${WIDGETS.map((widget) => html`<option value=${widget.tag} ?selected=${widget === state.widget}>${widget.label}</option>`)}
            </select>
          </div>
          <div
            class="drop ${state.dragging ? 'over' : ''}"
            @dragover=${(event: DragEvent) => onDrag(event, true)}
            @dragleave=${(event: DragEvent) => onDrag(event, false)}
            @drop=${onDrop}
          >
            <p>Drop a CSV or JSON file here (in the ${state.widget.format} format), or choose one:</p>
            <label for="dv-check-file">Choose a file</label>
            <input id="dv-check-file" type="file" accept=".csv,.json,.txt,.tsv,text/csv,application/json,text/plain" @change=${onFile} />
          </div>
          <form @submit=${onAddress}>
            <label for="dv-check-address">Or the address of a file (a Google Sheet published as CSV, a OneDrive link)</label>
            <input id="dv-check-address" name="address" type="url" placeholder="https://…" />
            <button type="submit">Check this address</button>
          </form>
          <div>
            <label for="dv-check-sample">Or try a sample</label>
            <select id="dv-check-sample" @change=${onSample}>
              <option value="">Choose a sample…</option>
              ${state.widget.samples.map((sample) => html`<option value=${sample.src}>${sample.label}</option>`)}
            </select>
          </div>
          <div>
            <label for="dv-check-lang">Language of the report and the widget</label>
            <select id="dv-check-lang" @change=${onLang}>
              <option value="nl" ?selected=${state.lang === 'nl'}>Nederlands</option>
              <option value="en" ?selected=${state.lang === 'en'}>English</option>
            </select>
          </div>
        </div>
        <p class="status" role="status">Showing: ${state.name}, in the ${state.widget.label.replace(/ \(.*/, '').toLowerCase()}.</p>`,
      controls,
    );

  const controls = document.createElement('div');
  root.append(controls, preview);
  show();
  return root;
}
