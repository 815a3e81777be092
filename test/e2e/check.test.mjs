// The check report from the built bundle (packages/widgets/dist) under the strict CSP, in
// real Chromium: real-world feeds (test/fixtures/feeds/) served as a web server sends them,
// the report above the widget, lazily loaded only where `check` is set, and dv-ready's
// detail.report for scripts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP, dist, launch, openPage, scrollThrough, settledText, staticServer } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const feeds = join(here, '../fixtures/feeds');

/** The widget's text once its check report (a chunk of its own, fetched on demand) is in. */
async function reportedText(page, selector) {
  await settledText(page, selector);
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part="check"]'), { timeout: 10000 }, selector);
  return settledText(page, selector);
}

describe('check from dist/', () => {
  let server;
  let browser;
  let base = '';
  before(async () => {
    server = await staticServer(
      (path) =>
        path.startsWith('/a/') ? join(dist, path.slice(3)) : path.startsWith('/pages/') ? join(here, path) : path.startsWith('/fixtures/') ? join(feeds, path.slice(10)) : undefined,
      { 'Content-Security-Policy': CSP },
    );
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows what was read above each widget with check, in its language; none without check; dv-ready carries the report', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    const chunks = [];
    page.on('request', (request) => chunks.push(new URL(request.url()).pathname));
    await page.evaluateOnNewDocument(() => {
      window.__reports = {};
      document.addEventListener('dv-ready', (event) => {
        if (event.composedPath()[0] === event.target) window.__reports[event.target.id] = event.detail.report;
      });
    });
    await page.goto(`${base}/pages/check.html`, { waitUntil: 'load' });
    await scrollThrough(page);

    const excel = await reportedText(page, '#excel');
    assert.match(excel, /Controle van je gegevens/);
    assert.match(excel, /Alle 4 cursussen worden getoond\./);
    assert.match(excel, /We lezen het als Windows-1252\./);
    assert.match(excel, /Tablet café/);
    assert.doesNotMatch(excel, /\uFFFD/);

    const messy = await reportedText(page, '#messy');
    assert.match(messy, /Checking your data/);
    assert.match(messy, /3 of the 5 courses are shown\./);
    assert.match(messy, /Row 4 was left out: the column title is empty\./);
    assert.match(messy, /Row 6, column price: '2 tientjes' is not a number\. This field was left out\./);

    const plain = await settledText(page, '#plain');
    assert.doesNotMatch(plain, /Controle van je gegevens/);
    await page.waitForFunction(() => window.__reports.plain && window.__reports.excel && window.__reports.messy, { timeout: 10000 });
    const reports = await page.evaluate(() => window.__reports);
    assert.equal(reports.excel.encoding, 'windows-1252');
    assert.equal(reports.excel.encodingGuessed, true);
    assert.deepEqual(
      reports.messy.recordsLeftOut.map(({ row, field, reason }) => [row, field, reason]),
      [[4, 'title', 'missing'], [5, 'sessions', 'not-a-date']],
    );
    assert.equal(reports.plain.format, 'location');
    assert.equal(reports.plain.kept, 2);
    // Every real-world file: each record that can be shown is kept, in the right encoding.
    await page.waitForFunction(() => window.__reports.bom && window.__reports.sheets && window.__reports.unicode, { timeout: 10000 });
    const read = await page.evaluate(() => window.__reports);
    const brief = ({ encoding, total, kept, recordsLeftOut }) => ({ encoding, total, kept, leftOut: recordsLeftOut.map(({ row, reason }) => [row, reason]) });
    assert.deepEqual(brief(read.bom), { encoding: 'utf-8', total: 3, kept: 3, leftOut: [] });
    assert.deepEqual(brief(read.sheets), { encoding: 'utf-8', total: 4, kept: 3, leftOut: [[5, 'missing']] });
    assert.deepEqual(brief(read.unicode), { encoding: 'utf-16le', total: 3, kept: 3, leftOut: [] });
    assert.match(await settledText(page, '#unicode'), /Bibliotheek Noordwijk \(Café Ëlan\)/);
    assert.ok(chunks.some((path) => /\/chunks\/report-view-[\w-]+\.js$/.test(path)), 'the report view is its own chunk');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('loads no report code on a page without check', async () => {
    const { page, problems } = await openPage(browser, `${base}/pages/card.html`);
    await settledText(page, '#nl');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    assert.ok(!scripts.some((path) => path.includes('report-view')), scripts.join(', '));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
