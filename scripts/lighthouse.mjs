// `pnpm lighthouse`: Lighthouse (mobile, simulated throttling, its defaults) on a page with
// every widget between a host page's own text (test/e2e/pages/layout.html), served from
// the built dist/ (`pnpm build:cdn` first) by a small local server that compresses as any
// web server or CDN does, in Debian's Chromium (CHROME_PATH or /usr/bin/chromium). Runs
// LIGHTHOUSE_RUNS times (3 by default), takes the run with the median performance score,
// and writes its figures into docs/performance.md between the "lighthouse" markers.
// A benchmark, not a test: throttled timings on a shared machine are noisy.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from '../test/support/chromium.mjs';
import { root } from './lib/dist-graph.mjs';

const dist = process.env.WIDGETS_DIST ?? join(root, 'packages/widgets/dist');
const pages = join(root, 'test/e2e/pages');
const doc = join(root, 'docs/performance.md');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const BEGIN = '<!-- lighthouse results: begin (written by pnpm lighthouse) -->';
const END = '<!-- lighthouse results: end -->';
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };

if (!existsSync(join(dist, 'digivaardig.js'))) throw new Error('Build first: pnpm build:cdn');

/** dist/ under /a/ and the test pages under /pages/, gzipped, cached for a year as a CDN would. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = path.startsWith('/a/') ? join(dist, path.slice(3)) : path.startsWith('/pages/') ? join(pages, path.slice(7)) : undefined;
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    if (!file || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end('not found');
    const body = readFileSync(file);
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': path.startsWith('/a/') ? 'public, max-age=31536000' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/pages/layout.html`;
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_ARGS });
const port = Number(new URL(browser.wsEndpoint()).port);

const runs = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    const audit = (id) => lhr.audits[id]?.numericValue;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const result = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: audit('cumulative-layout-shift'),
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      failing: Object.values(lhr.categories)
        .filter((category) => category.id !== 'performance')
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1).map((ref) => `${category.id}: ${ref.id}`)),
      errors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((item) => item.description),
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 5).map((item) => `${Math.round(item.duration)} ms ${item.url?.replace(/^.*\//, '') ?? ''}`),
      version: lhr.lighthouseVersion,
      chrome: lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0],
    };
    console.log(`run ${run}: performance ${result.performance}, CLS ${result.cls.toFixed(3)}, TBT ${Math.round(result.tbt)} ms, LCP ${(result.lcp / 1000).toFixed(1)} s, a11y ${result.accessibility}, best practices ${result.bestPractices}, SEO ${result.seo}${result.failing.length ? `; failing: ${result.failing.join(', ')}` : ''}`);
    if (result.errors.length) console.log(`  console errors: ${result.errors.join(' | ')}`);
    console.log(`  longest tasks: ${result.longTasks.join(', ')}`);
    runs.push(result);
  }
} finally {
  await browser.close();
  server.close();
}

const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
const goal = (ok) => (ok ? 'met' : '**not met**');
const date = new Date().toISOString().slice(0, 10);
const block = `${BEGIN}

Lighthouse ${median.version} (mobile: simulated slow 4G and 4× CPU slowdown, its defaults),
${median.chrome} headless, ${date}, the run with the median performance score of ${runs.length}
(performance scores of the runs: ${runs.map((run) => run.performance).join(', ')}).

| figure | result | goal | |
|---|---:|---:|---|
| performance | ${median.performance} | ≥ 90 | ${goal(median.performance >= 90)} |
| cumulative layout shift | ${median.cls.toFixed(3)} | ≤ 0.01 | ${goal(median.cls <= 0.01)} |
| total blocking time | ${Math.round(median.tbt)} ms | ≤ 200 ms | ${goal(median.tbt <= 200)} |
| largest contentful paint | ${(median.lcp / 1000).toFixed(1)} s | – | |
| first contentful paint | ${(median.fcp / 1000).toFixed(1)} s | – | |
| accessibility | ${median.accessibility} | 100 | ${goal(median.accessibility === 100)} |
| best practices | ${median.bestPractices} | 100 | ${goal(median.bestPractices === 100)} |
| SEO | ${median.seo} | 100 | ${goal(median.seo === 100)} |
${median.failing.length ? `\nAudits that did not pass: ${median.failing.map((id) => `\`${id}\``).join(', ')}.\n` : ''}
${END}`;

const text = readFileSync(doc, 'utf8');
const start = text.indexOf(BEGIN);
const end = text.indexOf(END);
if (start < 0 || end < 0) throw new Error(`docs/performance.md has no lighthouse markers (${BEGIN} … ${END})`);
writeFileSync(doc, text.slice(0, start) + block + text.slice(end + END.length));
console.log(`docs/performance.md: written (median performance ${median.performance}).`);
