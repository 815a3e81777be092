import type { DataTextsHost } from './fetch-json.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { fetchJson } from './fetch-json.js';

/*
 * Our embedded data (question sets, statistics, sample courses, the map's source line)
 * carries its texts in Dutch and English. The other languages wait in a side file beside
 * each data file (`statistics.tr.json` beside `statistics.json`), fetched only for a
 * visitor in that language, so a Dutch page never loads them. A side file maps each Dutch
 * text (the `nl` of a text record) to the text in its language:
 *
 *   { "language": "tr", "translates": "questions-digiq.json", "texts": { "Weet ik niet": "Bilmiyorum" } }
 *
 * Applying it adds the language to every text record whose Dutch it knows (`{ nl, en }`
 * becomes `{ nl, en, tr }`), in place: whatever was made from the data and shares its
 * text records (a course moved to this week, one statistic of the list) speaks the
 * language too, and `localizedText` falls back to English, then Dutch, per text, for a
 * text the side file lacks. A side file that cannot be fetched or read adds nothing.
 */

/** Where the side file for a language is (the data package builds these URLs). */
export type DataTextsUrl = (locale: Locale) => string | URL;

/** Languages whose texts are in the data files themselves. */
const IN_DATA = new Set<Locale>(['nl', 'en']);

/** True when texts in `locale` come from a side file. */
export function needsDataTexts(locale: Locale): boolean {
  return !IN_DATA.has(locale);
}

/**
 * The translations of a side file for `locale`: its `texts`, pairs of non-empty strings
 * only. A file for another language, or not in this form, gives none.
 */
export function readDataTexts(json: unknown, locale: Locale): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  if (!isObject(json) || json.language !== locale || !isObject(json.texts)) return texts;
  for (const [dutch, text] of Object.entries(json.texts)) {
    if (dutch && typeof text === 'string' && text.trim()) texts.set(dutch, text);
  }
  return texts;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LANGUAGE_KEYS = new Set<string>(LOCALES);

/** A text record: Dutch, and only languages of ours, each a string. */
function isTextRecord(value: Record<string, unknown>): value is Record<string, string> {
  if (typeof value.nl !== 'string') return false;
  for (const key in value) if (!LANGUAGE_KEYS.has(key) || typeof value[key] !== 'string') return false;
  return true;
}

/**
 * Adds `locale` to every text record in `data` whose Dutch `texts` translates, in place;
 * a record that has the language already keeps its own. Returns how many were added.
 */
export function applyDataTexts(data: unknown, texts: ReadonlyMap<string, string>, locale: Locale): number {
  if (!texts.size || !needsDataTexts(locale)) return 0;
  let added = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i]);
      return;
    }
    if (!isObject(value)) return;
    if (isTextRecord(value)) {
      const text = value[locale] === undefined ? texts.get(value.nl) : undefined;
      if (text !== undefined) {
        value[locale] = text;
        added++;
      }
      return;
    }
    for (const key in value) visit(value[key]);
  };
  visit(data);
  return added;
}

/** Each side file once per page; one that failed is forgotten, so a later language switch tries again. */
const files = new Map<string, Promise<ReadonlyMap<string, string>>>();

/**
 * The translations in the side file at `url` for `locale`; never rejects. A file that
 * cannot be fetched or read gives none (the texts stay in English or Dutch) and one
 * console line for the webmaster.
 */
export function loadDataTexts(url: string, locale: Locale): Promise<ReadonlyMap<string, string>> {
  let texts = files.get(url);
  if (!texts) {
    texts = fetchJson(url, { timeoutMs: 10000 }).then(
      (json) => readDataTexts(json, locale),
      (error: unknown) => {
        files.delete(url);
        console.warn(`Digivaardig: the ${locale} texts of the data (${url}) could not be loaded; English or Dutch is shown. ${(error as Error)?.message ?? ''}`);
        return new Map<string, string>();
      },
    );
    files.set(url, texts);
  }
  return texts;
}

/** Per data object, the languages added or on their way (true when texts were added). */
const translated = new WeakMap<object, Map<Locale, Promise<boolean>>>();

/**
 * Gives the embedded `data` its texts in `locale` (in place, from the side file at
 * `url(locale)`); resolves when they are in, true when texts were added; at once for
 * Dutch and English. Never rejects: without its side file the data shows in English or
 * Dutch. Each data object gets each language once.
 */
export function translateData(data: object, url: DataTextsUrl, locale: Locale): Promise<boolean> {
  if (!needsDataTexts(locale)) return Promise.resolve(false);
  let languages = translated.get(data);
  if (!languages) translated.set(data, (languages = new Map()));
  let done = languages.get(locale);
  if (!done) {
    done = loadDataTexts(String(url(locale)), locale).then((texts) => {
      // Nothing came (offline): forget it, so that a later switch to this language tries again.
      if (!texts.size) languages.delete(locale);
      return applyDataTexts(data, texts, locale) > 0;
    });
    languages.set(locale, done);
  }
  return done;
}

/** What each element's embedded data was last given texts for. */
const followed = new WeakMap<DataTextsHost, { data: object; locale: Locale }>();

/**
 * Gives `data` (the latest embedded data of `host`) its texts in `host`'s language, once
 * per data and language; the host, and widgets inside it that show the same data (a
 * grid's cards), render again when texts were added. Resolves to `data` once they are in.
 * Called when the data loads and on each update of a host that speaks a language of a
 * side file (withDataTexts in fetch-json.ts), so it returns at once when nothing changed.
 */
export async function followDataTexts<T extends object>(host: DataTextsHost, data: T, url: DataTextsUrl): Promise<T> {
  const locale = host.locale;
  const last = followed.get(host);
  if (last?.data === data && last.locale === locale) return data;
  const now = { data, locale };
  followed.set(host, now);
  if (await translateData(data, url, locale) && followed.get(host) === now) {
    host.requestUpdate();
    const root = (host as { renderRoot?: ParentNode }).renderRoot;
    root?.querySelectorAll('*').forEach((child) => (child as Partial<DataTextsHost>).requestUpdate?.());
  }
  return data;
}
