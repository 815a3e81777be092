import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '@digivaardig/stat-card';
import '@digivaardig/self-check';
import '@digivaardig/ido-finder';
import '@digivaardig/course-finder';
import type { DataIssue, DataReport } from '@digivaardig/core';
import { deepText } from '../support/examples.js';
import '../support/locale-guard.js';

/*
 * Real-world feeds (test/fixtures/feeds/, written byte for byte by make.mjs) as `src` with
 * `check`: every record that can be shown is shown, and the report, in `dv-ready`'s detail
 * and in the box above the widget, names exactly what was left out (rows and reasons).
 */

const FEEDS = '/test/fixtures/feeds/';

interface FeedCase {
  file: string;
  tag: 'dv-course-finder' | 'dv-ido-finder' | 'dv-stat-grid';
  /** Extra attributes: a fixed "today" for courses, no map for locations. */
  attributes?: Record<string, string>;
  encoding: DataReport['encoding'];
  encodingGuessed?: boolean;
  total: number;
  /** Names (course titles, location names, statistic labels) the widget must show. */
  shown: string[];
  recordsLeftOut?: Pick<DataIssue, 'row' | 'field' | 'reason'>[];
  fieldsLeftOut?: Pick<DataIssue, 'row' | 'field' | 'reason'>[];
  /** Lines the report box must say (Dutch). */
  says: string[];
}

const courses = { today: '2026-12-05' };
const locations = { map: 'none' };

const CASES: FeedCase[] = [
  {
    file: 'courses-excel-1252.csv',
    tag: 'dv-course-finder',
    attributes: courses,
    encoding: 'windows-1252',
    encodingGuessed: true,
    total: 4,
    shown: ['Klik & Tik inloop', 'Tablet café', 'Digisterker: werken met de overheid', 'Veilig bankieren – één avond'],
    says: ['Alle 4 cursussen worden getoond.', "Het bestand is niet opgeslagen als UTF-8. We lezen het als Windows-1252. Sla het op als 'CSV UTF-8'"],
  },
  {
    file: 'courses-utf8-bom.csv',
    tag: 'dv-course-finder',
    attributes: courses,
    encoding: 'utf-8',
    total: 3,
    shown: ['Aan de slag met AI en ChatGPT', 'Foto’s ordenen op je telefoon', 'Digi-spreekuur'],
    says: ['Alle 3 cursussen worden getoond.'],
  },
  {
    file: 'statistics-google-sheets.csv',
    tag: 'dv-stat-grid',
    encoding: 'utf-8',
    total: 4,
    shown: ['Vragen beantwoord bij ons Informatiepunt', 'Rapportcijfer van cursisten', 'Mensen die "Klik & Tik" volgden'],
    recordsLeftOut: [{ row: 5, field: 'value', reason: 'missing' }],
    says: ['3 van de 4 statistieken worden getoond.', 'Rij 5 is weggelaten: de kolom value is leeg.', 'Tip: Vul de kolom value in.'],
  },
  {
    file: 'locations-unicode.txt',
    tag: 'dv-ido-finder',
    attributes: locations,
    encoding: 'utf-16le',
    total: 3,
    shown: ['Bibliotheek Leiden Centrum', 'Informatiepunt Zoeterwoude – gemeentehuis', 'Bibliotheek Noordwijk (Café Ëlan)'],
    says: ['Alle 3 locaties worden getoond.'],
  },
  {
    file: 'courses-messy.csv',
    tag: 'dv-course-finder',
    attributes: courses,
    encoding: 'utf-8',
    total: 5,
    shown: ['Computer en internet voor beginners', 'DigiD en de overheid', 'Tablet café'],
    recordsLeftOut: [
      { row: 4, field: 'title', reason: 'missing' },
      { row: 5, field: 'sessions', reason: 'not-a-date' },
    ],
    fieldsLeftOut: [
      { row: 3, field: 'contact.email', reason: 'unsafe-email' },
      { row: 3, field: 'signupUrl', reason: 'unsafe-link' },
      { row: 6, field: 'price', reason: 'not-a-number' },
    ],
    says: [
      '3 van de 5 cursussen worden getoond.',
      'Rij 4 is weggelaten: de kolom title is leeg.',
      "Rij 5 is weggelaten (kolom sessions): 'volgende week dinsdag' is geen datum die we kunnen lezen.",
      "Rij 3, kolom signupUrl: 'javascript:alert(1)' is geen veilige link. Dit veld is weggelaten.",
      "Rij 6, kolom price: '2 tientjes' is geen getal. Dit veld is weggelaten.",
    ],
  },
  {
    file: 'locations-messy.csv',
    tag: 'dv-ido-finder',
    attributes: locations,
    encoding: 'utf-8',
    total: 4,
    shown: ['Bibliotheek Leiden Centrum', 'Bibliotheek Katwijk'],
    recordsLeftOut: [
      { row: 3, field: 'name', reason: 'missing' },
      { row: 4, field: 'postcode', reason: 'no-place' },
    ],
    fieldsLeftOut: [
      { row: 5, field: 'email', reason: 'unsafe-email' },
      { row: 5, field: 'hours.mo', reason: 'not-a-time' },
      { row: 5, field: 'url', reason: 'unsafe-link' },
    ],
    says: ['2 van de 4 locaties worden getoond.', 'Rij 3 is weggelaten: de kolom name is leeg.', 'Rij 4 is weggelaten: we weten niet waar deze locatie is.'],
  },
];

const brief = (issues: readonly DataIssue[]) =>
  issues.map(({ row, field, reason }) => ({ row, field, reason })).sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Mounts the widget with `src` and `check`; resolves with `dv-ready`'s detail (or fails on `dv-error`). */
async function mount({ file, tag, attributes = {} }: FeedCase) {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  const attrs = Object.entries({ src: FEEDS + file, ...attributes })
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  let ready: CustomEvent | undefined;
  let failed: CustomEvent | undefined;
  // The widget's own events, not those of widgets inside it (a grid's cards).
  const own = (event: Event) => event.composedPath()[0] === wrapper.firstElementChild;
  wrapper.addEventListener('dv-ready', (event) => own(event) && (ready = event as CustomEvent));
  wrapper.addEventListener('dv-error', (event) => own(event) && (failed = event as CustomEvent));
  const el = await fixture<HTMLElement>(html`<${unsafeStatic(tag)} ${unsafeStatic(attrs)} check></${unsafeStatic(tag)}>`, { parentNode: wrapper });
  await waitUntil(() => ready || failed, `${file}: no dv-ready`, { timeout: 8000 });
  expect(failed?.detail, `${file}: dv-error`).to.equal(undefined);
  const section = () => el.shadowRoot!.querySelector('[part="check"]');
  await waitUntil(section, `${file}: no check report`, { timeout: 5000 });
  return { el, report: (ready!.detail as { report: DataReport }).report, section: section()! };
}

describe('real-world feeds with check', () => {
  for (const feed of CASES) {
    it(`${feed.file}: shows every record that can be shown, and the report names exactly what was left out`, async () => {
      const { el, report, section } = await mount(feed);
      expect(report, 'dv-ready detail.report').to.be.an('object');
      expect(report.encoding).to.equal(feed.encoding);
      expect(report.encodingGuessed).to.equal(feed.encodingGuessed ?? false);
      expect(report.total).to.equal(feed.total);
      expect(brief(report.recordsLeftOut)).to.deep.equal(feed.recordsLeftOut ?? []);
      expect(brief(report.fieldsLeftOut)).to.deep.equal(feed.fieldsLeftOut ?? []);
      expect(report.kept).to.equal(feed.total - (feed.recordsLeftOut?.length ?? 0));

      const widgetText = flat(deepText(el));
      for (const name of feed.shown) expect(widgetText, `${feed.file} shows "${name}"`).to.include(name);
      expect(widgetText).not.to.include('\uFFFD');
      expect(widgetText).not.to.include('javascript:alert(1)"');
      for (const link of el.shadowRoot!.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.to.match(/^javascript:/i);

      // The report box: above the content, calm, in the widget's words.
      const reportText = flat(section.textContent ?? '');
      expect(reportText).to.include('Controle van je gegevens');
      for (const line of feed.says) expect(reportText, `${feed.file} report`).to.include(line);
      expect(section.closest('[role="alert"]')).to.equal(null);
      expect(section.getAttribute('role')).to.equal(null);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.firstElementChild, 'the report comes first').to.equal(section);
    });
  }
});

describe('a question set with check', () => {
  const mountSet = async (src: string) => {
    const el = await fixture<HTMLElement>(`<dv-self-check src="${src}" check></dv-self-check>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="check"]'), 'no check report', { timeout: 8000 });
    return flat(el.shadowRoot!.querySelector('[part="check"]')!.textContent ?? '');
  };

  it('a library’s own set: shown, and said so', async () => {
    expect(await mountSet('/assets/self-check-library-set.json')).to.include('De vragenlijst in het bestand wordt getoond.');
  });

  it('a set with a mistake: not shown, and the report says where, above the error', async () => {
    const said = await mountSet('/assets/self-check-invalid-set.json');
    expect(said).to.include('De vragenlijst in het bestand wordt niet getoond.');
    expect(said).to.match(/Item 1 is weggelaten/);
  });
});
