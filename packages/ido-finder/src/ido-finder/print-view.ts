import { appendText, printPage, type Locale, type PrintOptions } from '@digivaardig/core';
import { addressLines, type PlacedLocation } from '../locations/location.js';
import { openText } from '../present/hours-text.js';
import { printableWeek } from './result-item.js';
import type { Localize } from '@digivaardig/core';

/** What goes on the printed page for one location. */
export interface PrintSheet {
  readonly title: string;
  /** Address, phone, e-mail, web address: one per line. */
  readonly lines: readonly string[];
  readonly hoursCaption: string;
  readonly hours: readonly (readonly [string, string])[];
  readonly notes: readonly string[];
  readonly lang: string;
}

const STYLE = `body{font:16pt/1.5 system-ui,sans-serif;margin:2cm;color:#000}h1{font-size:22pt;margin:0 0 .5em}
table{border-collapse:collapse;margin:1em 0}th,td{text-align:start;padding:.2em 0;padding-inline-end:1em;border-bottom:1px solid #999}
caption{text-align:start;font-weight:700;padding-bottom:.3em}p{margin:.2em 0}`;

/**
 * Prints one location on a page of its own (a visitor can take it along without a
 * phone), with core's `printPage`: a hidden same-origin frame built from text nodes, so no
 * pop-up blocker stops it and a strict CSP keeps its styling. Returns false when it could
 * not print; the caller then prints the page itself.
 */
export function printSheet(sheet: PrintSheet, options?: PrintOptions): boolean {
  return printPage(
    {
      title: sheet.title,
      lang: sheet.lang,
      css: STYLE,
      build(doc, body) {
        appendText(doc, body, 'h1', sheet.title);
        for (const line of sheet.lines) appendText(doc, body, 'p', line);
        if (sheet.hours.length) {
          const table = appendText(doc, body, 'table');
          appendText(doc, table, 'caption', sheet.hoursCaption);
          const rows = appendText(doc, table, 'tbody');
          for (const [day, hours] of sheet.hours) {
            const row = appendText(doc, rows, 'tr');
            appendText(doc, row, 'th', day).setAttribute('scope', 'row');
            appendText(doc, row, 'td', hours);
          }
        }
        for (const note of sheet.notes) appendText(doc, body, 'p', note);
      },
    },
    options,
  );
}

/** Prints one location, in the finder's language (the page itself if that fails). */
export function printLocation(t: Localize, place: PlacedLocation, options?: PrintOptions): void {
  const locale = t.locale;
  const l = place.location;
  const open = openText(t, place.schedule);
  const sheet: PrintSheet = {
    title: l.name,
    lines: [...addressLines(l), l.phone ? `${t.msg('Telefoon:', { id: 'ido.print.phone' })} ${l.phone}` : '', l.email ?? '', l.url ?? ''].filter(Boolean),
    hoursCaption: t.msg('Openingstijden, komende 7 dagen', { id: 'ido.print.opening-hours-next-7' }),
    hours: place.schedule.hasHours ? printableWeek(t, place, Date.now()) : [],
    notes: [open.state === 'unknown' ? open.status : '', l.accessibility ?? '', l.demo ? t.msg('Voorbeeldgegevens: dit is geen echte locatie.', { id: 'ido.print.sample-data-not-real' }) : ''].filter(Boolean),
    lang: locale,
  };
  if (!printSheet(sheet, options)) window.print();
}
