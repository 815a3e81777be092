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
