// Benchmark of <dv-course-finder>'s pure logic in Node, for `pnpm bench` (scripts/bench.mjs
// calls benchCourseFinder() and prints its lines):
//  - search plus filters over 10,000 generated courses: median time per keystroke while a
//    visitor types "digisterker e-overheid" letter by letter, with a topic and free filter on
//    and a postcode origin (goal ≤ 16 ms, one frame);
//  - reading a 10,000-row Dutch Excel CSV: the shared loader's parse + unflatten, then its
//    forgiving reading with the course preparer (words, dates, shorthand) and the schema check.
// The TypeScript sources are bundled with esbuild first, so this measures the shipped code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

const ENTRY = `
export { searchCourses } from './packages/course-finder/src/search/filter.ts';
export { prepareCourses } from './packages/course-finder/src/search/prepare.ts';
export { coursePreparer } from './packages/course-finder/src/data/prepare-course.ts';
export { amsterdamInstant } from './packages/course-finder/src/data/local-time.ts';
export { parseFeed, readRecords } from './packages/core/src/data/loader.ts';
export { distanceKm } from './packages/core/src/geo/distance.ts';
`;

async function logic() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    conditions: ['source'],
    external: ['lit', 'lit/*', '@lit/*'],
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return import(url);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Courses like the sample's, repeated over places all over the country. */
function generatedCourses(count) {
  const sample = JSON.parse(readFileSync(join(root, 'packages/data/data/courses-sample.json'), 'utf8')).items;
  return Array.from({ length: count }, (_, i) => {
    const base = sample[i % sample.length];
    const jitter = (i % 97) / 1000;
    return {
      ...base,
      id: `${base.id}-${i}`,
      location: base.location ? { ...base.location, lat: base.location.lat + jitter, lon: base.location.lon - jitter } : undefined,
    };
  });
}

function csvOf(courses) {
  const header = 'id;title;programme;format;topics;price;seats;seatsLeft;location.name;location.postcode;location.city;location.lat;location.lon;sessions';
  const dutch = (local) => `${local.slice(8, 10)}-${local.slice(5, 7)}-${local.slice(0, 4)} ${local.slice(11, 16)}`;
  const rows = courses.map((c) =>
    [
      c.id,
      typeof c.title === 'string' ? c.title : c.title.nl,
      c.programme,
      c.format,
      (c.topics ?? []).join(';'),
      String(c.price ?? '').replace('.', ','),
      c.seats ?? '',
      c.seatsLeft ?? '',
      c.location?.name ?? '',
      c.location?.postcode ?? '',
      c.location?.city ?? '',
      String(c.location?.lat ?? '').replace('.', ','),
      String(c.location?.lon ?? '').replace('.', ','),
      c.sessions.map((s) => `${dutch(s.start)}-${s.end.slice(11, 16)}`).join(';'),
    ]
      .map((cell) => (/[;"\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : cell))
      .join(';'),
  );
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

export async function benchCourseFinder() {
  const { searchCourses, prepareCourses, coursePreparer, amsterdamInstant, parseFeed, readRecords, distanceKm } = await logic();
  const raw = generatedCourses(10_000);
  const now = amsterdamInstant('2025-01-06T09:00');

  let t = performance.now();
  // The generated courses are already in the format's shape (as the sample's JSON is).
  const prepared = prepareCourses(raw);
  // The search texts are made when a search first reads them: count them here, as before,
  // so the keystrokes below time searching only.
  for (const course of prepared) void course.text;
  const prepareMs = performance.now() - t;

  const typed = 'digisterker e-overheid';
  const base = { topics: ['e-government', 'safety'], free: true, origin: { lat: 52.16, lon: 4.49 }, maxDistanceKm: 100, sort: 'distance', measure: distanceKm };
  const times = [];
  let found = 0;
  for (let round = 0; round < 5; round++) {
    for (let i = 1; i <= typed.length; i++) {
      t = performance.now();
      found = searchCourses(prepared, { ...base, text: typed.slice(0, i) }, now).length;
      times.push(performance.now() - t);
    }
  }
  const unfiltered = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    searchCourses(prepared, { text: 'tab' }, now);
    unfiltered.push(performance.now() - t);
  }

  const schema = JSON.parse(readFileSync(join(root, 'packages/core/schemas/course.schema.json'), 'utf8'));
  const csv = csvOf(raw);
  t = performance.now();
  const { records, rowNumber } = await parseFeed(csv, 'csv', schema);
  const parsedMs = performance.now() - t;
  t = performance.now();
  const { items: courses, report } = await readRecords(records, rowNumber, { schema, format: 'course', src: 'bench.csv', kind: 'csv', prepare: coursePreparer });
  const readMs = performance.now() - t;

  const ms = (value) => `${value.toFixed(2)} ms`;
  return [
    `<dv-course-finder> logic in Node ${process.version}, 10,000 courses:`,
    `  prepare for search (once per load)           ${ms(prepareMs)}`,
    `  search + filters per keystroke, median       ${ms(median(times))}   (max ${ms(Math.max(...times))}; ${times.length} keystrokes; goal ≤ 16 ms; last query: ${found} results)`,
    `  one search word, no filters, median          ${ms(median(unfiltered))}`,
    `  CSV, ${(csv.length / 1024 / 1024).toFixed(1)} MB: parse + unflatten ${ms(parsedMs)}, course preparer + schema check + place by postcode ${ms(readMs)} → ${courses.length} courses (${report.recordsLeftOut.length} left out, ${report.fieldsLeftOut.length} fields left out)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchCourseFinder()) console.log(line);
}
