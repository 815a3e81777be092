import { msg } from '@lit/localize';
import type { Locale } from '@digivaardig/core';
import { addressLines, type PlacedLocation } from '../locations/location.js';
import { openText } from '../present/hours-text.js';
import { printableWeek } from './result-item.js';

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
table{border-collapse:collapse;margin:1em 0}th,td{text-align:left;padding:.2em 1em .2em 0;border-bottom:1px solid #999}
caption{text-align:left;font-weight:700;padding-bottom:.3em}p{margin:.2em 0}`;

/**
 * Prints one location on a page of its own (a visitor can take it along without a
 * phone): a new window built from text nodes, printed, then closed. When a pop-up
 * blocker stops the window, returns false and the caller prints the page instead.
 */
export function printSheet(sheet: PrintSheet, opener: Window = window): boolean {
  const win = opener.open('', '_blank', 'width=700,height=800');
  if (!win) return false;
  const doc = win.document;
  doc.documentElement.lang = sheet.lang;
  doc.title = sheet.title;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, parent: Element = doc.body) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    parent.append(node);
    return node;
  };
  // A constructed style sheet, not a <style>: a strict style-src CSP on the page (which
  // the new window inherits) allows it.
  const CSSStyleSheetOfWindow = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
  if (CSSStyleSheetOfWindow && 'adoptedStyleSheets' in doc) {
    const style = new CSSStyleSheetOfWindow();
    style.replaceSync(STYLE);
    doc.adoptedStyleSheets = [style];
  }
  el('h1', sheet.title);
  for (const line of sheet.lines) el('p', line);
  if (sheet.hours.length) {
    const table = el('table');
    el('caption', sheet.hoursCaption, table);
    const body = el('tbody', undefined, table);
    for (const [day, hours] of sheet.hours) {
      const row = el('tr', undefined, body);
      el('th', day, row).setAttribute('scope', 'row');
      el('td', hours, row);
    }
  }
  for (const note of sheet.notes) el('p', note);
  win.focus();
  win.print();
  return true;
}

/** Prints one location, in the finder's language (the page itself when pop-ups are blocked). */
export function printLocation(place: PlacedLocation, locale: Locale): void {
  const l = place.location;
  const open = openText(place.schedule, locale);
  const sheet: PrintSheet = {
    title: l.name,
    lines: [...addressLines(l), l.phone ? `${msg('Telefoon:')} ${l.phone}` : '', l.email ?? '', l.url ?? ''].filter(Boolean),
    hoursCaption: msg('Openingstijden, komende 7 dagen'),
    hours: place.schedule.hasHours ? printableWeek(place, locale, Date.now()) : [],
    notes: [open.state === 'unknown' ? open.status : '', l.accessibility ?? '', l.demo ? msg('Voorbeeldgegevens: dit is geen echte locatie.') : ''].filter(Boolean),
    lang: locale,
  };
  if (!printSheet(sheet)) window.print();
}
