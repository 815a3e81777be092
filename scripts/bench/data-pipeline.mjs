// Benchmark of the shared data pipeline for `pnpm bench` (scripts/bench.mjs prints its
// lines): read and normalise 10,000 course rows from a Dutch Excel CSV (Windows-1252 bytes,
// ";", decimal commas, Dutch dates and prices, topic words) through the real pipeline:
// decode → parse → unflatten and read cells → the course finder's preparer → the forgiving
// schema check → ids → finish. Goal: median ≤ 150 ms. The TypeScript sources are bundled
// with esbuild first, so this measures the shipped code.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const RUNS = Number(process.env.BENCH_PIPELINE_RUNS ?? 15);

const ENTRY = `
export { decodeBytes } from './packages/core/src/data/decode.ts';
export { parseFeed } from './packages/core/src/data/loader.ts';
export { readRecords } from './packages/core/src/data/pipeline.ts';
export { coursePreparer } from './packages/course-finder/src/data/prepare-course.ts';
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
    loader: { '.json': 'json' },
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return import(url);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const TOPICS = ['computer;internet', 'digid;overheid', 'veilig internetten', 'smartphone', 'whatsapp;e-mail', 'AI', 'fotos'];
const PROGRAMMES = ['Klik en Tik', 'digisterker', 'Digi-spreekuur', 'Tablet café', 'bibliotheek'];
const PRICES = ['gratis', '€ 2,50', '2,50 euro', '€5,-', '0', '12,5'];
const PLACES = [
  ['Bibliotheek Leiden', '2311 EZ', 'Leiden', '52,16', '4,49'],
  ['Bibliotheek Utrecht', '3511 AA', 'Utrecht', '52,09', '5,12'],
  ['Bibliotheek Groningen', '9711 AA', 'Groningen', '53,22', '6,57'],
];

/** 10,000 course rows as Dutch Excel writes them ("CSV (gescheiden door lijstscheidingsteken)"). */
export function dutchExcelCsv(count) {
  const header = 'id;titel;programme;format;topics;level;price;seats;location.name;location.postcode;location.city;location.lat;location.lon;sessions';
  const rows = [];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const place = PLACES[i % PLACES.length];
    rows.push(
      [
        `cursus-${i}`,
        `Tablet café ${i}`,
        PROGRAMMES[i % PROGRAMMES.length],
        i % 3 ? 'groep' : '',
        TOPICS[i % TOPICS.length],
        i % 2 ? 'beginners' : 'alle niveaus',
        PRICES[i % PRICES.length],
        String(8 + (i % 10)),
        ...place,
        `${day}-${month}-2026 10:00-12:00;${day}-${month}-2026 13.00 - 15.00`,
      ]
        .map((cell) => (cell.includes(';') ? `"${cell}"` : cell))
        .join(';'),
    );
  }
  // "titel" is not a column of the format: kept as an extra field; the course title goes in "title".
  const text = [header.replace('titel', 'title'), ...rows].join('\r\n') + '\r\n';
  // Windows-1252 bytes: é is one byte, € is 0x80.
  return Uint8Array.from([...text].map((char) => (char === '€' ? 0x80 : char.charCodeAt(0))));
}

export async function benchDataPipeline() {
  const { decodeBytes, parseFeed, readRecords, coursePreparer } = await logic();
  const { default: schema } = await import(join(root, 'packages/core/schemas/course.schema.json'), { with: { type: 'json' } });
  const bytes = dutchExcelCsv(10_000);
  // Wall-clock time, and this process's CPU time (a fairer figure on a machine others share).
  const times = [];
  const cpu = [];
  const stages = { parse: [], check: [], prepare: [] };
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let report;
  for (let run = 0; run < RUNS; run++) {
    const c = cpuMs();
    const t = performance.now();
    const { text } = decodeBytes(bytes, 'text/csv');
    const { records, rowNumber } = await parseFeed(text, 'csv', schema);
    const parsed = performance.now();
    ({ report } = await readRecords(records, rowNumber, { schema, format: 'course', src: 'bench.csv', kind: 'csv', prepare: coursePreparer }));
    times.push(performance.now() - t);
    cpu.push(cpuMs() - c);
    stages.parse.push(parsed - t);
  }
  // Where the time goes: the course preparer alone (course finder), then the pipeline's check and ids alone (on prepared rows).
  const context = { row: 0, dropField() {}, remark() {}, leaveOut() {} };
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    const { text } = decodeBytes(bytes, 'text/csv');
    const { records, rowNumber } = await parseFeed(text, 'csv', schema);
    let t = performance.now();
    const prepared = records.map((record) => coursePreparer.prepare(record, context));
    stages.prepare.push(performance.now() - t);
    t = performance.now();
    await readRecords(prepared, rowNumber, { schema, format: 'course', src: 'bench.csv', kind: 'csv' });
    stages.check.push(performance.now() - t);
  }
  const ms = (value) => `${value.toFixed(1)} ms`;
  return [
    `data pipeline in Node ${process.version}: 10,000 course rows from a Dutch Excel CSV (${(bytes.length / 1024 / 1024).toFixed(1)} MB, Windows-1252),`,
    `  decode + parse + read + prepare + check, median ${ms(median(times))} wall, ${ms(median(cpu))} CPU   (min ${ms(Math.min(...times))}, first ${ms(times[0])}; ${RUNS} runs; goal ≤ 150 ms)`,
    `  parts (wall): decode + parse + cells ${ms(median(stages.parse))}; course preparer ${ms(median(stages.prepare))}; check + ids ${ms(median(stages.check))}`,
    `  → ${report.kept} of ${report.total} kept, ${report.fieldsLeftOut.length} fields left out, ${report.remarks.length} remarks`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchDataPipeline()) console.log(line);
}
