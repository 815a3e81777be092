import { appendText, type PrintPage } from '@digivaardig/core';
import { fullAddress, levelLine, type AreaReport, type ReportWords } from './report.js';

/** Everything the printed result says, already in the visitor's language. */
export interface PrintedResult {
  readonly lang: string;
  /** The check's title. */
  readonly title: string;
  readonly words: ReportWords;
  /** The first sentence of the result (where to learn most, or praise). */
  readonly summary: string;
  readonly reports: readonly AreaReport[];
  /** The address of this page: links to a course finder here are printed in full. */
  readonly pageUrl: string;
}

// Paper: black on white, large and calm; an area is not split over two pages.
const PRINT_CSS = `
@page { margin: 2cm; }
body { font: 13pt/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #000; background: #fff; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 0.25em; }
.date { margin: 0 0 1em; }
.summary { font-weight: 600; margin: 0 0 1.25em; }
section { border-top: 1px solid #777; padding-top: 0.5em; margin-bottom: 1em; break-inside: avoid; }
h2 { font-size: 15pt; margin: 0 0 0.25em; }
p { margin: 0 0 0.4em; }
ul { margin: 0 0 0.4em; padding-inline-start: 1.25em; }
li { overflow-wrap: anywhere; }
.note { margin-top: 1.5em; font-size: 11pt; }
`;

/**
 * The result as a page of its own for `printPage`: the check's title, the date, the
 * summary, and per area the level in words, the advice and the help with every address
 * written out (paper has no links). Built from text only. Call with the visitor's
 * language active: every sentence is made now, the page is built later.
 */
export function resultPrintPage(printed: PrintedResult): PrintPage {
  const { words } = printed;
  const sections = printed.reports.map((report) => ({
    title: report.title,
    level: levelLine(report, words),
    texts: [report.score.score !== null ? report.levelDescription : '', report.advice].filter(Boolean),
    links: report.links.map((link) => `${link.title}: ${fullAddress(link.href, printed.pageUrl)}`),
  }));
  return {
    title: `${words.heading} – ${printed.title}`,
    lang: printed.lang,
    css: PRINT_CSS,
    build(doc, body) {
      appendText(doc, body, 'h1', `${words.heading}: ${printed.title}`);
      appendText(doc, body, 'p', words.date).className = 'date';
      appendText(doc, body, 'p', printed.summary).className = 'summary';
      for (const area of sections) {
        const section = appendText(doc, body, 'section');
        appendText(doc, section, 'h2', area.title);
        appendText(doc, appendText(doc, section, 'p'), 'strong', area.level);
        for (const text of area.texts) appendText(doc, section, 'p', text);
        if (area.links.length) {
          appendText(doc, section, 'p', words.help);
          const list = appendText(doc, section, 'ul');
          for (const link of area.links) appendText(doc, list, 'li', link);
        }
      }
      appendText(doc, body, 'p', words.footer).className = 'note';
    },
  };
}
