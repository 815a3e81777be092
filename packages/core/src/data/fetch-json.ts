import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { DataTextsUrl } from './data-texts.js';
import { DataLoadError } from './errors.js';

export interface FetchTextOptions {
  /** Aborts the request, e.g. when the element leaves the page. */
  signal?: AbortSignal;
  /** Give up after this long (ms); 15 s by default. */
  timeoutMs?: number;
  /** Ask the server again instead of trusting the browser cache (a retry after an error). */
  fresh?: boolean;
  /** The Accept header. */
  accept?: string;
}

/**
 * GETs `url` with a time limit and hands the answer to `read`. Failures become the codes
 * a widget shows: `network`, `timeout`, `http` (with the status). An abort from `signal`
 * is passed on as it is, not as a failure.
 */
export async function request<T>(
  url: string,
  read: (response: Response) => Promise<T>,
  { signal, timeoutMs = 15000, fresh = false, accept = 'application/json' }: FetchTextOptions = {},
): Promise<T> {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: accept },
      credentials: 'same-origin',
      // A 404 may be cached by the browser; a retry must really ask again.
      cache: fresh ? 'no-cache' : 'default',
    });
    if (!response.ok) throw new DataLoadError('http', `HTTP ${response.status} for ${url}`, response.status);
    return await read(response);
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    if (timedOut) throw new DataLoadError('timeout', `No answer from ${url} within ${timeoutMs} ms.`);
    if (signal?.aborted) throw error;
    throw new DataLoadError('network', `Could not fetch ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/**
 * GETs and parses a JSON document (the widgets' own data files: JSON is UTF-8, so it
 * needs none of fetchText's guessing of encodings, and a page that loads only these does
 * not load that code); text that is not JSON is a `parse` failure.
 */
export async function fetchJson(url: string, options?: FetchTextOptions): Promise<unknown> {
  const text = await request(url, (response) => response.text(), options);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataLoadError('parse', `JSON in ${url}: ${(error as Error).message}`);
  }
}

/*
 * Embedded data in a widget's language. Our data files (fetched above, or imported) have
 * their texts in Dutch and English; Arabic, Turkish, Polish and Ukrainian are in a side
 * file beside each one, fetched only for a visitor in that language by data-texts.ts,
 * which arrives only then too. This small part sits here, with the fetching of our data
 * files, so that it travels in the same chunk on the pages that load embedded data and in
 * no chunk of a page that does not.
 */

/** An element that shows embedded data: it has a language and renders again on request. */
export type DataTextsHost = ReactiveControllerHost & { readonly locale: Locale };

const inData = (locale: Locale) => locale === 'nl' || locale === 'en';

/** Per element, the latest embedded data it handed over, with its side files. */
const latest = new WeakMap<DataTextsHost, [object, DataTextsUrl]>();

const follow = (host: DataTextsHost, data: object, url: DataTextsUrl): Promise<unknown> =>
  import('./data-texts.js').then(
    (module) => module.followDataTexts(host, data, url),
    () => undefined,
  );

/**
 * Resolves to `data` (embedded data from our data package, `url` its side files) once it
 * has its texts in `host`'s language, so the first paint is in that language; later
 * changes of language (the visitor's choice, `lang`) bring their texts too, and the host
 * renders again when they are in. For Dutch and English it loads nothing. Never rejects:
 * without its side file the data shows in English or Dutch. Data from `src` is not handed
 * here: it carries its own languages.
 */
export async function withDataTexts<T extends object>(host: DataTextsHost, data: T, url: DataTextsUrl): Promise<T> {
  if (!latest.has(host)) host.addController({ hostUpdate: () => void (inData(host.locale) || follow(host, ...latest.get(host)!)) });
  latest.set(host, [data, url]);
  if (!inData(host.locale)) await follow(host, data, url);
  return data;
}
